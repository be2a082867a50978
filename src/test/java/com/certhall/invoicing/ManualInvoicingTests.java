package com.certhall.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.securityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.invoicing.domain.InvoiceWorker;
import com.certhall.invoicing.domain.ManualWorkers;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderView;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.KnownPortIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Invoicing without a tax platform ({@code certhall.invoicing.platform=none}, docs/invoicing.md "Without a tax
 * platform"): a due invoice waits for finance, who record the number and PDF of the invoice they issued outside
 * CertHall; a reversal waits for them the same way. The worker is built as that setting builds it.
 */
@KnownPortIntegrationTest
class ManualInvoicingTests {

    static final byte[] PDF = "%PDF-1.7\n% issued in the tax authority's client\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    InvoiceFixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext context;

    @Test
    void financeRecordsTheInvoiceItIssuedOutsideCertHallAndItsReversal() throws Exception {
        InvoiceWorker manual = ManualWorkers.withoutPlatform(context);
        UUID account = UUID.randomUUID();
        String company = "手工开票" + Math.floorMod(account.getLeastSignificantBits(), 1_000_000L) + "有限公司";
        OrderView order = fixtures.orderWithInvoice(account, company, Identities.uscc(),
                "m-" + account.toString().substring(0, 8) + "@example.com");
        InvoiceView blue = fixtures.pay(order);

        manual.runDue();
        assertThat(fixtures.invoices().get(blue.id()).status()).isEqualTo(InvoiceStatus.MANUAL);
        manual.runDue();
        assertThat(fixtures.invoices().get(blue.id()).status()).as("stays with finance")
                .isEqualTo(InvoiceStatus.MANUAL);

        record(blue.id(), "2511", PDF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoiceNumber"));
        record(blue.id(), "25112000000000000001", "not a pdf".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pdf"));
        String blueNumber = "2511" + String.format("%016d", Math.floorMod(account.getMostSignificantBits(),
                10_000_000_000_000_000L));
        record(blue.id(), blueNumber, PDF).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED")).andExpect(jsonPath("$.number").value(blueNumber));
        record(blue.id(), blueNumber, PDF).andExpect(status().isConflict());
        assertThat(fixtures.invoices().pdf(blue.id()).content()).isEqualTo(PDF);
        assertThat(fixtures.invoices().pdf(blue.id()).name()).isEqualTo("dzfp_" + blueNumber + ".pdf");
        assertThat(audit.recent("invoicing.blue.issued", "staff:finance", 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("invoice:" + blue.id()));

        InvoiceView red = fixtures.invoices().reverse(blue.id(), "退款", "staff:finance");
        manual.runDue();
        assertThat(fixtures.invoices().get(red.id()).status()).isEqualTo(InvoiceStatus.MANUAL);
        record(red.id(), blueNumber, PDF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoiceNumber"));
        String redNumber = "2512" + blueNumber.substring(4);
        record(red.id(), redNumber, PDF).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        assertThat(fixtures.invoices().get(blue.id()).status()).isEqualTo(InvoiceStatus.REVERSED);
    }

    private ResultActions record(InvoiceId id, String number, byte[] pdf) throws Exception {
        return mvc.perform(multipart("/api/v1/admin/invoices/{id}/manual-issue", id.toString())
                .file(new MockMultipartFile("pdf", "invoice.pdf", "application/pdf", pdf))
                .param("invoiceNumber", number).with(finance()));
    }

    private static RequestPostProcessor finance() {
        return securityContext(CallerSecurityContexts.of(AuthenticatedUser.staff(UUID.randomUUID(), "finance",
                EnumSet.of(StaffRole.FINANCE))));
    }
}
