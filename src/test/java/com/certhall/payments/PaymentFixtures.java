package com.certhall.payments;

import com.certhall.catalog.provider.sandbox.SandboxRegistryFixture;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.payments.provider.sandbox.NotificationSignature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Orders brought to "waiting for payment" through the real facade, and notifications signed as the provider does. */
public class PaymentFixtures {

    /** The account the {@code @AsApplicant} tests act as. */
    static final String ACCOUNT = "7f3a0000-0000-4000-8000-000000000001";
    static final UUID ACCOUNT_ID = UUID.fromString(ACCOUNT);
    static final String SECRET = "sandbox-notify-hmac-key-7f3a91c2";

    /** What {@link #orderAwaitingPayment(UUID)} costs: coal-trade's unit certificate, 1 year (¥400) with its UKEY (¥100). */
    static final com.certhall.shared.Money PRICE = com.certhall.shared.Money.ofFen(50_000);

    private final OrderManagement orders;
    private final BankTransfers transfers;
    private final SandboxRegistryFixture registry;

    PaymentFixtures(OrderManagement orders, BankTransfers transfers, SandboxRegistryFixture registry) {
        this.orders = orders;
        this.registry = registry;
        this.transfers = transfers;
    }

    /** A demo channel (sandbox catalog) that takes all three payment methods. */
    static final String CHANNEL = "coal-trade";

    OrderView orderAwaitingPayment(UUID account) {
        return orderAwaitingPayment(account, CHANNEL);
    }

    /**
     * Draft, paper path, paper received → waiting for payment: at once in a pay-first channel, after the approval in
     * a review-then-pay one.
     */
    OrderView orderAwaitingPayment(UUID account, String channel) {
        String product = CHANNEL.equals(channel) ? "unit-cert" : "org-cloud";
        String uscc = com.certhall.orders.Identities.uscc();
        String company = "付款测试煤业有限公司";
        if (CHANNEL.equals(channel)) {
            registry.register("COAL_TRADE", uscc, company);
        }
        return Orders.anOrder().forAccount(account).forChannel(channel).forOrganization(company, uscc)
                .through(orders).awaitingPaymentOnPaper(product);
    }

    /** The order is paid by some other means (a test shortcut through the real facade). */
    void markPaidDirectly(OrderId id) {
        Orders.anOrder().through(orders).markPaid(id);
    }

    PaymentView submittedVoucher(PaymentManagement payments, OrderView order) {
        PaymentView p = payments.start(order.id(), order.accountId(), PaymentMethod.BANK_TRANSFER,
                PRICE, "applicant");
        return transfers.submitVoucher(p.id(), order.accountId(), "v.png",
                new java.io.ByteArrayInputStream(PaymentLifecycleTests.PNG), "applicant:" + order.accountId());
    }

    OrderView order(OrderId id) {
        return orders.get(id);
    }

    /** A provider notification for {@code payment}, signed with the sandbox's shared key. */
    static Map<String, String> notification(PaymentView payment, String transactionId, long totalFen, String status) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mch_id", "1900000109");
        p.put("notify_id", UUID.randomUUID().toString());
        p.put("out_trade_no", payment.id().toString());
        p.put("trade_no", transactionId);
        p.put("total_fee", Long.toString(totalFen));
        p.put("trade_status", status);
        p.put("sign_type", "HMAC-SHA256");
        p.put("sign", new NotificationSignature(SECRET).sign(p));
        return p;
    }

    /** Imported by every integration context (see {@code support.IntegrationTestSupport}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        PaymentFixtures paymentFixtures(OrderManagement orders, BankTransfers transfers,
                SandboxRegistryFixture registry) {
            return new PaymentFixtures(orders, transfers, registry);
        }
    }
}
