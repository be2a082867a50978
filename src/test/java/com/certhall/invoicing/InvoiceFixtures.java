package com.certhall.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.catalog.provider.sandbox.SandboxRegistryFixture;
import com.certhall.invoicing.domain.InvoiceWorker;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentView;
import com.certhall.shared.Money;
import com.certhall.support.Eventually;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;

/**
 * Orders that asked for an invoice, paid through the sandbox cashier as a payer would (the provider's signed
 * callback confirms the payment), and the worker driven pass by pass with the clock moved past 开票中. One bean in
 * every integration context (imported by {@code support.IntegrationTestSupport}), so the invoicing test classes
 * inject it instead of the same eight beans each.
 */
public final class InvoiceFixtures {

    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final SandboxRegistryFixture registry;
    private final InvoiceManagement invoices;
    private final InvoiceWorker worker;
    private final TestClock clock;
    private final ObjectProvider<TestRestTemplate> http;

    InvoiceFixtures(OrderManagement orders, PaymentManagement payments, SandboxRegistryFixture registry,
            InvoiceManagement invoices, InvoiceWorker worker, TestClock clock, ObjectProvider<TestRestTemplate> http) {
        this.orders = orders;
        this.payments = payments;
        this.registry = registry;
        this.invoices = invoices;
        this.worker = worker;
        this.clock = clock;
        this.http = http;
    }

    /** Imported by every integration context; the HTTP client exists only where a server runs. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        InvoiceFixtures invoiceFixtures(OrderManagement orders, PaymentManagement payments,
                SandboxRegistryFixture registry, InvoiceManagement invoices, InvoiceWorker worker, TestClock clock,
                ObjectProvider<TestRestTemplate> http) {
            return new InvoiceFixtures(orders, payments, registry, invoices, worker, clock, http);
        }
    }

    OrderManagement orders() {
        return orders;
    }

    PaymentManagement payments() {
        return payments;
    }

    InvoiceManagement invoices() {
        return invoices;
    }

    InvoiceWorker worker() {
        return worker;
    }

    TestClock clock() {
        return clock;
    }

    /** The server's HTTP client (web contexts only). */
    TestRestTemplate http() {
        return http.getObject();
    }

    static final String HANDLER_MOBILE = "13900139000";
    static final Money PRICE = Money.ofFen(50_000);
    static final Duration WAIT = Duration.ofSeconds(20);

    /** A coal-trade order (unit certificate with UKEY, ¥500) of {@code company} that asked for an invoice. */
    OrderView orderWithInvoice(UUID account, String company, String uscc, String email) {
        registry.register("COAL_TRADE", uscc, company);
        return Orders.anOrder().forAccount(account).forChannel("coal-trade").forOrganization(company, uscc)
                .through(orders).awaitingPaymentWithInvoiceOnPaper("unit-cert", email);
    }

    /** As {@link #orderWithInvoice(UUID, String, String, String)} with its own handler mobile (SMS limits). */
    OrderView orderWithInvoice(UUID account, String company, String uscc, String email, String mobile) {
        registry.register("COAL_TRADE", uscc, company);
        return Orders.anOrder().forAccount(account).forChannel("coal-trade").forOrganization(company, uscc)
                .through(orders).awaitingPaymentWithInvoiceOnPaper("unit-cert", email, mobile);
    }

    /** Pays at the sandbox cashier and waits until the order is paid and its blue invoice is opened. */
    InvoiceView pay(OrderView order) {
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE,
                "applicant:" + order.accountId());
        ResponseEntity<Map> paid = http().postForEntity("/sandbox/api/cashier/" + payment.id() + "/pay", null,
                Map.class);
        assertThat(paid.getStatusCode().is2xxSuccessful()).as("cashier: " + paid.getBody()).isTrue();
        Eventually.await("order paid", WAIT, () -> orders.get(order.id()), OrderView::paid);
        return Eventually.await("blue invoice opened", WAIT, () -> invoices.ofOrder(order.id()), l -> !l.isEmpty())
                .get(0);
    }

    /** Worker passes until the invoice is issued: sent (开票中), then past the platform's delay. */
    InvoiceView issue(InvoiceId id) {
        for (int pass = 0; pass < 6 && invoices.get(id).status() != InvoiceStatus.ISSUED; pass++) {
            worker.runDue();
            clock.advance(Duration.ofSeconds(11));
        }
        return invoices.get(id);
    }

    List<InvoiceView> of(OrderView order) {
        return invoices.ofOrder(order.id());
    }
}
