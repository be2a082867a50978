package com.certhall.payments.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.ProblemException;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The money rules of docs/security.md ("Money") against the simulated provider's own books: a payment-method switch
 * never charges twice, a cancelled order's QR is closed at the provider in the cancelling request. Beside the
 * sandbox provider so a test can let the payer pay before the provider's notification goes out (the callback comes
 * late, as it does at a real provider under load).
 */
@KnownPortIntegrationTest
class MoneyRulesTests {

    static final String CHANNEL = "coal-trade";

    @Autowired
    PaymentManagement payments;
    @Autowired
    OrderManagement orders;
    @Autowired
    SandboxCashier cashier;
    @Autowired
    com.certhall.catalog.provider.sandbox.SandboxRegistryFixture registry;
    @Autowired
    TestRestTemplate http;

    /** Issue 11 item 1: the first QR was paid while the payer switched method; before, both were charged. */
    @Test
    void switchingMethodAfterTheFirstQrWasPaidAppliesItAndRefusesTheSecond() {
        OrderView order = awaitingPayment();
        PaymentView wechat = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, null, "a");
        SandboxCashier.Trade trade = cashier.pay(wechat.id().toString());

        assertThatThrownBy(() -> payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, null, "a"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.alreadyPaid"));

        assertThat(payments.ofOrder(order.id())).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.providerTransactionId()).isEqualTo(trade.tradeNo());
        });
        assertThat(orders.get(order.id()).paid()).isTrue();
    }

    /**
     * Issue 11 item 1, the invariant: racing a method switch against paying the first QR (and then paying whatever
     * QR the switch produced), for every order captured − refunded ≤ its total, and every capture the provider keeps
     * belongs to the one paid payment of the order.
     */
    @Test
    void racingASwitchAgainstPaymentFiftyTimesNeverKeepsMoreThanTheTotal() throws Exception {
        List<OrderView> raced = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                OrderView order = awaitingPayment();
                PaymentView first = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, null, "a");
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Optional<PaymentView>> switched = CompletableFuture.supplyAsync(() -> {
                    await(go);
                    try {
                        return Optional.of(payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR,
                                null, "a"));
                    } catch (ProblemException e) {
                        return Optional.empty();
                    }
                }, pool);
                CompletableFuture<ResponseEntity<Map>> paid = CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return http.postForEntity("/sandbox/api/cashier/" + first.id() + "/pay", null, Map.class);
                }, pool);
                go.countDown();
                switched.get().ifPresent(second ->
                        http.postForEntity("/sandbox/api/cashier/" + second.id() + "/pay", null, Map.class));
                paid.get();
                raced.add(order);
            }
        } finally {
            pool.shutdownNow();
        }

        for (OrderView order : raced) {
            Eventually.await("order " + order.number() + " settled", Duration.ofSeconds(30),
                    () -> settled(order.id()), Boolean::booleanValue);
            long total = orders.totalFen(order.id());
            long captured = 0;
            long refunded = 0;
            for (PaymentView p : payments.ofOrder(order.id())) {
                SandboxCashier.Trade t = cashier.find(p.id().toString()).orElseThrow();
                boolean capturedHere = t.status() == SandboxCashier.TradeStatus.TRADE_SUCCESS
                        || t.status() == SandboxCashier.TradeStatus.TRADE_REFUND;
                long back = cashier.refunds(t.tradeNo()).stream().mapToLong(SandboxCashier.Refund::amountFen).sum();
                captured += capturedHere ? t.amountFen() : 0;
                refunded += back;
                if (capturedHere && back == 0) {
                    assertThat(p.status()).as("a capture kept by the provider is the order's payment")
                            .isEqualTo(PaymentStatus.PAID);
                }
            }
            assertThat(captured - refunded).as("order %s: captured %d, refunded %d", order.number(), captured,
                    refunded).isLessThanOrEqualTo(total);
            assertThat(payments.ofOrder(order.id())).filteredOn(PaymentView::isPaid).hasSizeLessThanOrEqualTo(1);
            if (captured - refunded > 0) {
                assertThat(orders.get(order.id()).paid()).isTrue();
            }
        }
    }

    /** Two starts of one order at the same moment (two tabs, a double click) never leave two payable QRs. */
    @Test
    void concurrentStartsLeaveOnePayablePaymentAtMost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                OrderView order = awaitingPayment();
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Optional<PaymentView>>> starts = new ArrayList<>();
                for (PaymentMethod method : List.of(PaymentMethod.WECHAT_QR, PaymentMethod.ALIPAY_QR)) {
                    starts.add(CompletableFuture.supplyAsync(() -> {
                        await(go);
                        try {
                            return Optional.of(payments.start(order.id(), order.accountId(), method, null, "a"));
                        } catch (ProblemException e) {
                            return Optional.empty();
                        }
                    }, pool));
                }
                go.countDown();
                for (CompletableFuture<Optional<PaymentView>> start : starts) {
                    start.get();
                }
                List<PaymentView> all = payments.ofOrder(order.id());
                assertThat(all).filteredOn(p -> p.status().isOpen()).hasSizeLessThanOrEqualTo(1);
                assertThat(all).filteredOn(p -> !p.status().isOpen()).allSatisfy(p ->
                        assertThat(cashier.find(p.id().toString()).orElseThrow().status())
                                .isNotEqualTo(SandboxCashier.TradeStatus.WAIT_BUYER_PAY));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Issue 11 item 2: before, the cashier still took money after the cancellation answered. */
    @Test
    void cancellingAnOrderClosesItsOpenQrAtTheProviderBeforeTheAnswer() {
        OrderView order = awaitingPayment();
        PaymentView wechat = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, null, "a");

        orders.cancel(new CancelOrder(order.id(), order.accountId(), "不需要了", "applicant:" + order.accountId()));

        assertThat(cashier.find(wechat.id().toString()).orElseThrow().status())
                .isEqualTo(SandboxCashier.TradeStatus.TRADE_CLOSED);
        assertThat(payments.get(wechat.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        ResponseEntity<Map> late = http.postForEntity("/sandbox/api/cashier/" + wechat.id() + "/pay", null, Map.class);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(late.getBody()).containsEntry("code", "ORDERCLOSED");
    }

    /** Issue 11 item 2: a QR paid just before the cancellation is refunded in the cancelling request. */
    @Test
    void cancellingAnOrderWhoseQrWasJustPaidRefundsItBeforeTheAnswer() {
        OrderView order = awaitingPayment();
        PaymentView wechat = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, null, "a");
        SandboxCashier.Trade trade = cashier.pay(wechat.id().toString());

        orders.cancel(new CancelOrder(order.id(), order.accountId(), "不需要了", "applicant:" + order.accountId()));

        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        PaymentView refunded = payments.get(wechat.id());
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.refundId()).isEqualTo("RF" + trade.tradeNo());
        assertThat(cashier.find(wechat.id().toString()).orElseThrow().status())
                .isEqualTo(SandboxCashier.TradeStatus.TRADE_REFUND);
        assertThat(cashier.refunds(trade.tradeNo())).hasSize(1);
    }

    /** The simulated provider refuses to close a paid trade with its own code, as WeChat Pay does. */
    @Test
    void theSandboxRefusesToCloseAPaidTradeWithTheProvidersCode() {
        OrderView order = awaitingPayment();
        PaymentView wechat = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, null, "a");
        cashier.pay(wechat.id().toString());

        assertThatThrownBy(() -> cashier.close(wechat.id().toString(), false))
                .isInstanceOfSatisfying(com.certhall.payments.provider.GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo("ORDERPAID"));
        assertThat(cashier.find(wechat.id().toString()).orElseThrow().status())
                .isEqualTo(SandboxCashier.TradeStatus.TRADE_SUCCESS);
    }

    /** No notification still to be delivered and no refund still to be sent for the order's payments. */
    private boolean settled(OrderId id) {
        return payments.ofOrder(id).stream().allMatch(p -> p.status() != PaymentStatus.REFUND_PENDING
                && cashier.find(p.id().toString()).map(t -> !"PENDING".equals(t.notifyStatus())).orElse(true));
    }

    private OrderView awaitingPayment() {
        String uscc = com.certhall.orders.Identities.uscc();
        registry.register("COAL_TRADE", uscc, "双付测试煤业有限公司");
        return Orders.anOrder().forAccount(UUID.randomUUID()).forChannel(CHANNEL)
                .forOrganization("双付测试煤业有限公司", uscc).through(orders).awaitingPaymentOnPaper("unit-cert");
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
