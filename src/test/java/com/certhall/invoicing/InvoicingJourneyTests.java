package com.certhall.invoicing;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.securityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderView;
import com.certhall.payments.PaymentConfirmed;
import com.certhall.payments.PaymentMethod;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.SandboxInbox;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Electronic invoices as holder, finance and tax platform see them (docs/invoicing.md): issued once after payment,
 * e-mailed with the PDF, downloadable by the owner only, found by the public lookup, delayed but not lost by an
 * outage, reversed by a red invoice after a refund.
 */
@KnownPortIntegrationTest
class InvoicingJourneyTests {

    @Autowired
    com.certhall.catalog.domain.ChannelRulesCache channelRules;

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AccountsClient accounts;

    @Autowired
    InvoiceFixtures fixtures;
    SandboxInbox inbox;
    UUID account;
    String company;
    String uscc;
    String email;

    @BeforeEach
    void anOrderThatAskedForAnInvoice() {
        inbox = new SandboxInbox(fixtures.http());
        account = UUID.randomUUID();
        company = "发票测试" + account.toString().substring(0, 6) + "煤业有限公司";
        uscc = Identities.uscc();
        email = "fin-" + account.toString().substring(0, 8) + "@example.com";
    }

    @AfterEach
    void platformWorksAgain() {
        fixtures.http().postForEntity("/sandbox/api/tax/switches?outage=false&failurePercent=0", null, String.class);
    }

    @Test
    void aPaidOrderGetsOneIssuedInvoiceMailedWithItsPdfAndOnlyItsOwnerDownloadsIt() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView opened = fixtures.pay(order);
        assertThat(opened.kind()).isEqualTo(InvoiceKind.BLUE);
        assertThat(opened.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(opened.totalFen()).isEqualTo(50_000);
        assertThat(opened.taxFen()).isEqualTo(2_830);

        fixtures.worker().runDue();
        assertThat(fixtures.invoices().get(opened.id()).status()).as("开票中 first").isEqualTo(InvoiceStatus.ISSUING);
        InvoiceView issued = fixtures.issue(opened.id());
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.number()).matches("\\d{20}");

        mvc.perform(get("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("ISSUED"))
                .andExpect(jsonPath("$[0].number").value(issued.number()))
                .andExpect(jsonPath("$[0].buyerName").value(company))
                .andExpect(jsonPath("$[0].totalFen").value(50000))
                .andExpect(jsonPath("$[0].pdf").value("/api/v1/invoices/" + issued.id() + ".pdf"));
        // the paths API.md names ({id}.pdf, .xml, .ofd); the first release's /pdf forms answer too
        byte[] pdf = mvc.perform(get("/api/v1/invoices/" + issued.id() + ".pdf").with(applicant(account)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains(issued.number(), company, uscc, "¥500.00", "伍佰圆整");
        mvc.perform(get("/api/v1/invoices/" + issued.id() + ".xml").with(applicant(account)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("<InvoiceNumber>" + issued.number())));
        assertThat(PdfText.of(mvc.perform(get("/api/v1/invoices/{id}/pdf", issued.id().toString())
                        .with(applicant(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains(issued.number(), company);
        byte[] ofd = mvc.perform(get("/api/v1/invoices/" + issued.id() + ".ofd").with(applicant(account)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/ofd"))
                .andReturn().getResponse().getContentAsByteArray();
        var ofdParts = OfdPackage.entries(ofd);
        assertThat(String.join("|", OfdPackage.texts(OfdPackage.xml(ofdParts, "Doc_0/Pages/Page_0/Content.xml"),
                "TextCode"))).contains(issued.number(), company, uscc, "¥500.00", "伍佰圆整");
        assertThat(ofdParts.get("Doc_0/Res/seal.png")).as("the seller's 发票专用章 drawn by seals").isNotEmpty();
        java.awt.image.BufferedImage seal = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(ofdParts.get("Doc_0/Res/seal.png")));
        assertThat(Math.abs(seal.getWidth() * 30 - seal.getHeight() * 40)).as("40 × 30 mm").isLessThan(60);
        assertThat(seal.getRGB(seal.getWidth() / 2, 2) >>> 24).as("the ellipse's border is ink").isPositive();
        assertThat(seal.getRGB(2, 2) >>> 24).as("the corner is transparent").isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).as("the seal on the PDF").singleElement()
                    .satisfies(n -> assertThat(resources.getXObject(n)).isInstanceOfSatisfying(
                            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class,
                            i -> assertThat(i.getWidth()).isEqualTo(seal.getWidth())));
        }

        UUID stranger = UUID.randomUUID();
        mvc.perform(get("/api/v1/invoices/{id}/pdf", issued.id().toString()).with(applicant(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(stranger)))
                .andExpect(status().isNotFound());

        String mail = inbox.awaitNext(email, 0, issued.number());
        assertThat(mail).contains(order.number(), "dzfp_" + issued.number() + ".pdf",
                "dzfp_" + issued.number() + ".ofd");
        assertThat(audit.recent("invoicing.blue.issued", null, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("invoice:" + issued.id()));
    }

    @Test
    void eachItemCarriesTheTaxClassificationCodeStaffSetOnItsProduct() throws Exception {
        String code = "3040201000000000000";
        jdbc.update("UPDATE catalog_product SET tax_code = ? WHERE channel_code = 'coal-trade' AND code = 'unit-cert'",
                code);
        channelRules.changed(); // the SQL bypasses the channel repository, which tells the catalog's cache
        try {
            InvoiceView issued = fixtures.issue(fixtures.pay(fixtures.orderWithInvoice(account, company, uscc, email))
                    .id());
            String xml = new String(fixtures.invoices().xml(issued.id()).content(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("<TaxClassificationCode>" + code + "</TaxClassificationCode>");
            assertThat(PdfText.of(fixtures.invoices().pdf(issued.id()).content())).contains("税收分类编码：" + code);
        } finally {
            jdbc.update("UPDATE catalog_product SET tax_code = NULL WHERE channel_code = 'coal-trade'");
            channelRules.changed();
        }
    }

    @Test
    void aReplayedPaymentEventStillLeavesOneBlueInvoice() {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView first = fixtures.pay(order);
        var paid = fixtures.payments().paidPayment(order.id()).orElseThrow();
        for (int i = 0; i < 3; i++) {
            tx.executeWithoutResult(t -> events.publishEvent(new PaymentConfirmed(paid.id(), order.id(),
                    order.number(), PaymentMethod.WECHAT_QR, fixtures.PRICE, "replayed-" + UUID.randomUUID(),
                    "system:replay", fixtures.clock().instant())));
        }
        // the invoicing listener has handled the first delivery and the three replays (completed publications)
        Eventually.await("replays handled", InvoiceFixtures.WAIT, () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication_archive WHERE listener_id LIKE '%InvoiceTriggers%' "
                        + "AND serialized_event LIKE ?", Long.class, "%" + order.id().id() + "%"), n -> n >= 4);
        fixtures.issue(first.id());
        assertThat(fixtures.of(order)).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(first.id());
            assertThat(v.status()).isEqualTo(InvoiceStatus.ISSUED);
        });
    }

    @Test
    void anOutageDelaysTheInvoiceWithBackOffAndStaffSeeItButItIsNotLost() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        switches("outage=true");
        InvoiceView opened = fixtures.pay(order);
        fixtures.worker().runDue();
        InvoiceView failed = fixtures.invoices().get(opened.id());
        assertThat(failed.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("SERVICE_UNAVAILABLE");
        assertThat(failed.nextAttemptAt()).isAfter(fixtures.clock().instant().plusSeconds(20));

        fixtures.worker().runDue();
        assertThat(fixtures.invoices().get(opened.id()).attempts()).as("not due again before its back-off")
                .isEqualTo(1);
        fixtures.clock().advance(Duration.ofSeconds(31));
        fixtures.worker().runDue();
        InvoiceView second = fixtures.invoices().get(opened.id());
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).as("the wait doubles").isAfter(fixtures.clock().instant().plusSeconds(50));
        mvc.perform(get("/api/v1/admin/invoices").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + opened.id() + "')].status").value("PENDING"));

        switches("outage=false");
        fixtures.clock().advance(Duration.ofSeconds(61));
        assertThat(fixtures.issue(opened.id()).status()).isEqualTo(InvoiceStatus.ISSUED);

        switches("outage=true");
        mvc.perform(get("/api/v1/invoices/{id}/pdf", opened.id().toString()).with(applicant(account)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("税务平台")));
    }

    @Test
    void afterTheLastFailedAttemptFinanceRetriesAndReversesWithAReason() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        switches("outage=true");
        InvoiceView opened = fixtures.pay(order);
        for (int i = 0; i < 8; i++) {
            fixtures.worker().runDue();
            fixtures.clock().advance(Duration.ofHours(2));
        }
        assertThat(fixtures.invoices().get(opened.id()).status()).isEqualTo(InvoiceStatus.FAILED);
        switches("outage=false");

        mvc.perform(post("/api/v1/admin/invoices/{id}/retry", opened.id().toString()).with(staff()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
        InvoiceView issued = fixtures.issue(opened.id());
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        mvc.perform(post("/api/v1/admin/invoices/{id}/retry", opened.id().toString()).with(staff()))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/admin/invoices/{id}/reversal", opened.id().toString()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/admin/invoices/{id}/reversal", opened.id().toString()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"开票信息有误\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("RED"))
                .andExpect(jsonPath("$.totalFen").value(-50000));
        assertThat(audit.recent("invoicing.blue.pending", null, 50)).anySatisfy(e ->
                assertThat(e.actor()).isEqualTo("staff:finance"));
    }

    @Test
    void aRefundAfterInvoicingProducesTheRedLetterInvoiceAndMailsIt() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView blue = fixtures.issue(fixtures.pay(order).id());
        assertThat(blue.status()).isEqualTo(InvoiceStatus.ISSUED);

        fixtures.orders().cancel(order.id(), "客户申请退款", "staff:operator");
        Eventually.await("payment refunded", InvoiceFixtures.WAIT, () -> fixtures.payments().ofOrder(order.id()),
                l -> l.stream().anyMatch(p -> p.status() == com.certhall.payments.PaymentStatus.REFUNDED));
        InvoiceView red = Eventually.await("red invoice opened", InvoiceFixtures.WAIT, () -> fixtures.of(order),
                l -> l.size() == 2).stream().filter(v -> v.kind() == InvoiceKind.RED).findFirst().orElseThrow();
        assertThat(red.blueId()).isEqualTo(blue.id());
        assertThat(red.totalFen()).isEqualTo(-50_000);

        fixtures.worker().runDue();
        assertThat(fixtures.invoices().get(red.id()).status()).as("红字确认单 entered").isEqualTo(InvoiceStatus.CONFIRMING);
        InvoiceView redIssued = fixtures.issue(red.id());
        assertThat(redIssued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(redIssued.number()).matches("\\d{20}").isNotEqualTo(blue.number());
        assertThat(fixtures.invoices().get(blue.id()).status()).isEqualTo(InvoiceStatus.REVERSED);
        assertThat(fixtures.of(order)).hasSize(2);

        String text = PdfText.of(fixtures.invoices().pdf(redIssued.id()).content());
        assertThat(text).contains("红字", redIssued.number(), blue.number(), "负伍佰圆整", "-500.00");
        assertThat(inbox.awaitNext(email, 1, redIssued.number())).contains("红字发票冲销",
                "dzfp_" + redIssued.number() + ".pdf");
    }

    @Test
    void thePublicLookupFindsTheInvoiceOnlyWithTheOrdersMobileAndItsSmsCode() {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView issued = fixtures.issue(fixtures.pay(order).id());
        AccountsClient anonymous = accounts;

        // another QUERY code to this handler may have gone out just now
        fixtures.clock().advance(Duration.ofMinutes(2));
        String code = anonymous.code(InvoiceFixtures.HANDLER_MOBILE, "QUERY");
        assertThat(fixtures.invoices().lookup(" " + company + " ", uscc.toLowerCase(), InvoiceFixtures.HANDLER_MOBILE,
                code))
                .extracting(InvoiceView::number).containsExactly(issued.number());

        String stranger = AccountsTestSupport.newMobile();
        String strangerCode = anonymous.code(stranger, "QUERY");
        assertThat(fixtures.invoices().lookup(company, uscc, stranger, strangerCode)).as("someone else's mobile")
                .isEmpty();

        fixtures.clock().advance(Duration.ofMinutes(2));
        anonymous.code(InvoiceFixtures.HANDLER_MOBILE, "QUERY");
        assertThatThrownBy(() -> fixtures.invoices().lookup(company, uscc, InvoiceFixtures.HANDLER_MOBILE, "000000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("smsCode"));
        assertThatThrownBy(() -> fixtures.invoices().lookup("", "12", "1", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("buyerName", "taxNumber", "mobile",
                                "smsCode"));
    }

    @Test
    void theOwnerHasItSentAgainToAnotherAddressAFewTimesADay() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView issued = fixtures.issue(fixtures.pay(order).id());
        String other = "other-" + account.toString().substring(0, 8) + "@example.com";

        mvc.perform(post("/api/v1/invoices/{id}/redeliveries", issued.id().toString()).with(applicant(account))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/api/v1/invoices/{id}/redeliveries", issued.id().toString())
                        .with(applicant(UUID.randomUUID()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + other + "\"}"))
                .andExpect(status().isNotFound());
        for (int i = 0; i < 5; i++) {
            // API.md's path and the first release's alternate, both counted against the same daily limit
            mvc.perform(post(i % 2 == 0 ? "/api/v1/invoices/{id}/redelivery" : "/api/v1/invoices/{id}/redeliveries",
                            issued.id().toString()).with(applicant(account))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + other + "\"}"))
                    .andExpect(status().isAccepted());
        }
        mvc.perform(post("/api/v1/invoices/{id}/redeliveries", issued.id().toString()).with(applicant(account))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + other + "\"}"))
                .andExpect(status().isTooManyRequests());
        Eventually.await("five mails to the other address", InvoiceFixtures.WAIT,
                () -> inbox.texts(other, issued.number()), l -> l.size() == 5);
        assertThat(inbox.texts(other, issued.number()).get(0)).contains("dzfp_" + issued.number() + ".pdf");
    }

    private void switches(String query) {
        assertThat(fixtures.http().postForEntity("/sandbox/api/tax/switches?" + query, null, String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    private static RequestPostProcessor staff() {
        return securityContext(CallerSecurityContexts.of(AuthenticatedUser.staff(UUID.randomUUID(), "finance",
                EnumSet.of(StaffRole.FINANCE))));
    }
}
