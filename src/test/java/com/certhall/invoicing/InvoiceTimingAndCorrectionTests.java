package com.certhall.invoicing;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
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
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.payments.PaymentMethod;
import com.certhall.shared.Money;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The invoicing timings other than after payment (plateau-trade invoices after shipment, scf-chain on request, set in
 * integration-test.properties), title corrections decided by finance, and the public lookup for partner systems
 * (docs/invoicing.md).
 */
@KnownPortIntegrationTest
class InvoiceTimingAndCorrectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountsClient accounts;

    @Autowired
    InvoiceFixtures fixtures;
    UUID account;
    String company;
    String uscc;
    String email;

    @BeforeEach
    void anAccount() {
        account = UUID.randomUUID();
        // digits only: pdftotext turns "ff" or "fi" of a hex id into a ligature
        company = "开票时机" + Math.floorMod(account.getLeastSignificantBits(), 1_000_000L) + "有限公司";
        uscc = Identities.uscc();
        email = "t-" + account.toString().substring(0, 8) + "@example.com";
    }

    @Test
    void onRequestTheInvoiceIsIssuedOnlyWhenTheHolderAsksForItAfterPayment() throws Exception {
        OrderView order = order("scf-chain", "enterprise");
        mvc.perform(post("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(account)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("支付")));
        payAndWaitForTheListener(order, PaymentMethod.WECHAT_QR);
        assertThat(fixtures.invoices().ofOrder(order.id())).as("not without asking").isEmpty();
        assertThat(fixtures.invoices().overview(order.id(), account).requestable()).isTrue();

        String first = mvc.perform(post("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(account)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(first, "$.id");
        mvc.perform(post("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(account)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(id));
        InvoiceView issued = fixtures.issue(InvoiceId.parse(id));
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.totalFen()).isEqualTo(fixtures.orders().details(order.id()).totalFen());
        assertThat(fixtures.invoices().ofOrder(order.id())).hasSize(1);
    }

    @Test
    void afterShipmentTheInvoiceWaitsUntilTheUkeyIsShipped() throws Exception {
        OrderView order = order("plateau-trade", "org-ukey");
        payAndWaitForTheListener(order, PaymentMethod.ALIPAY_QR);
        assertThat(fixtures.invoices().ofOrder(order.id())).as("paid, not shipped").isEmpty();
        mvc.perform(post("/api/v1/orders/{id}/invoices", order.id().toString()).with(applicant(account)))
                .andExpect(status().isConflict());

        Eventually.await("order shipped", InvoiceFixtures.WAIT, () -> towardsShipped(order.id()),
                s -> s == OrderStatus.SHIPPED);
        InvoiceView opened = Eventually.await("blue invoice opened after shipment", InvoiceFixtures.WAIT,
                () -> fixtures.invoices().ofOrder(order.id()), l -> !l.isEmpty()).get(0);
        assertThat(opened.kind()).isEqualTo(InvoiceKind.BLUE);
        assertThat(fixtures.issue(opened.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void financeApprovesATitleCorrectionByARedInvoiceAndANewBlueOneForTheCorrectedBuyer() throws Exception {
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email);
        InvoiceView blue = fixtures.issue(fixtures.pay(order).id());
        String path = "/api/v1/invoices/" + blue.id() + "/corrections";
        String corrected = company + "分公司";
        String correctedUscc = Identities.uscc();

        mvc.perform(post(path).with(applicant(account)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"buyerName\":\"" + company + "\",\"taxNumber\":\"123\",\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "taxNumber", "reason")));
        mvc.perform(post(path).with(applicant(account)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(company, uscc, "没有变化")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("buyerName"));
        mvc.perform(post(path).with(applicant(UUID.randomUUID())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(corrected, correctedUscc, "抬头写错")))
                .andExpect(status().isNotFound());
        String rejectedId = correction(path, corrected, correctedUscc);
        mvc.perform(post(path).with(applicant(account)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(corrected, correctedUscc, "再次申请")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/invoice-corrections/{c}/decision", rejectedId).with(finance())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/admin/invoice-corrections/{c}/decision", rejectedId).with(finance())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECT\",\"reason\":\"请提供证明材料\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        String approvedId = correction(path, corrected, correctedUscc);
        mvc.perform(get("/api/v1/admin/invoice-corrections").with(finance()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + approvedId + "')].oldBuyerName").value(company));
        mvc.perform(post("/api/v1/admin/invoice-corrections/{c}/decision", approvedId).with(finance())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/admin/invoice-corrections/{c}/decision", approvedId).with(finance())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isConflict());

        List<InvoiceView> all = fixtures.invoices().ofOrder(order.id());
        assertThat(all).extracting(InvoiceView::kind)
                .containsExactlyInAnyOrder(InvoiceKind.BLUE, InvoiceKind.RED, InvoiceKind.BLUE);
        InvoiceView red = all.stream().filter(v -> v.kind() == InvoiceKind.RED).findFirst().orElseThrow();
        InvoiceView replacement = all.stream().filter(v -> v.kind() == InvoiceKind.BLUE && !v.id().equals(blue.id()))
                .findFirst().orElseThrow();
        assertThat(replacement.buyerName()).isEqualTo(corrected);
        assertThat(replacement.buyerTaxNumber()).isEqualTo(correctedUscc);

        fixtures.worker().runDue();
        assertThat(fixtures.invoices().get(replacement.id()).status()).as("waits for the red invoice")
                .isEqualTo(InvoiceStatus.PENDING);
        assertThat(fixtures.issue(red.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(fixtures.invoices().get(blue.id()).status()).isEqualTo(InvoiceStatus.REVERSED);
        InvoiceView reissued = fixtures.issue(replacement.id());
        assertThat(reissued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(PdfText.of(fixtures.invoices().pdf(reissued.id()).content())).contains(reissued.number(), corrected,
                correctedUscc);
        assertThat(audit.recent("invoicing.correction.approved", null, 50))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("staff:finance"));
    }

    @Test
    void theRestLookupFindsOnlyWithTheOrdersMobileAndItsLinksOpenOnlyWhatItFound() {
        // a handler mobile of its own: the fixtures' one is shared with tests that move the clock and send codes
        String handler = AccountsTestSupport.newMobile();
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, email, handler);
        InvoiceView issued = fixtures.issue(fixtures.pay(order).id());
        AccountsClient anonymous = accounts;

        String code = anonymous.code(handler, "QUERY");
        ResponseEntity<Map> found = fixtures.http().postForEntity("/api/v1/invoice-queries", Map.of("buyerName",
                company,
                "taxNumber", uscc, "mobile", handler, "smsCode", code), Map.class);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> list = (List<Map<String, Object>>) found.getBody().get("invoices");
        assertThat(list).singleElement().satisfies(v -> assertThat(v.get("number")).isEqualTo(issued.number()));
        String pdf = (String) list.get(0).get("pdf");
        ResponseEntity<byte[]> file = fixtures.http().getForEntity(pdf, byte[].class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(PdfText.of(file.getBody())).contains(issued.number(), company);
        String forged = pdf.replace(issued.id().toString(), UUID.randomUUID().toString());
        assertThat(fixtures.http().getForEntity(forged, String.class).getStatusCode().value()).isEqualTo(404);

        fixtures.clock().advance(Duration.ofMinutes(31));
        assertThat(fixtures.http().getForEntity(pdf, String.class).getStatusCode().value()).as("expired")
                .isEqualTo(404);

        String stranger = AccountsTestSupport.newMobile();
        ResponseEntity<Map> none = fixtures.http().postForEntity("/api/v1/invoice-queries", Map.of("buyerName", company,
                "taxNumber", uscc, "mobile", stranger, "smsCode", anonymous.code(stranger, "QUERY")), Map.class);
        assertThat(none.getStatusCode().value()).isEqualTo(200);
        assertThat((List<?>) none.getBody().get("invoices")).as("someone else's mobile").isEmpty();

        anonymous.code(handler, "QUERY");
        ResponseEntity<Map> wrong = fixtures.http().postForEntity("/api/v1/invoice-queries", Map.of("buyerName",
                company,
                "taxNumber", uscc, "mobile", handler, "smsCode", "000000"), Map.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody().toString()).contains("smsCode");
        ResponseEntity<Map> empty = fixtures.http().postForEntity("/api/v1/invoice-queries", Map.of(), Map.class);
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody().toString()).contains("buyerName", "taxNumber", "mobile", "smsCode");
    }

    private OrderView order(String channel, String product) {
        return Orders.anOrder().forAccount(account).forChannel(channel).forOrganization(company, uscc)
                .through(fixtures.orders()).awaitingPaymentWithInvoiceOnPaper(product, email);
    }

    /** Paid at the sandbox cashier, and the invoicing listener has seen the payment. */
    private void payAndWaitForTheListener(OrderView order, PaymentMethod method) {
        var payment = fixtures.payments().start(order.id(), account, method,
                Money.ofFen(fixtures.orders().details(order.id()).totalFen()), "applicant:" + account);
        assertThat(fixtures.http().postForEntity("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        Eventually.await("order paid", InvoiceFixtures.WAIT, () -> fixtures.orders().get(order.id()), OrderView::paid);
        Eventually.await("payment seen by invoicing", InvoiceFixtures.WAIT, () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication_archive WHERE listener_id LIKE '%InvoiceTriggers%' "
                        + "AND event_type LIKE '%PaymentConfirmed%' AND serialized_event LIKE ?", Long.class,
                "%" + order.id().id() + "%"), n -> n >= 1);
    }

    /** One step of the staff side towards shipping (whatever automation moved meanwhile is taken as it is). */
    private OrderStatus towardsShipped(OrderId id) {
        OrderStatus now = fixtures.orders().get(id).status();
        try {
            switch (now) {
                case PENDING_REVIEW -> fixtures.orders().approve(id, "staff:reviewer");
                case APPROVED -> fixtures.orders().startIssuing(id, "system:issuance");
                case ISSUING -> fixtures.orders().markIssued(id, "system:issuance");
                case ISSUED -> fixtures.orders().ship(id, "顺丰 SF1234567890", "staff:operator");
                default -> {
                }
            }
        } catch (RuntimeException movedMeanwhile) {
            // another module moved the order first; the next probe reads where it is now
        }
        return fixtures.orders().get(id).status();
    }

    private String correction(String path, String name, String taxNumber) throws Exception {
        String json = mvc.perform(post(path).with(applicant(account)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, taxNumber, "抬头写错")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private static String body(String name, String taxNumber, String reason) {
        return "{\"buyerName\":\"" + name + "\",\"taxNumber\":\"" + taxNumber + "\",\"reason\":\"" + reason + "\"}";
    }

    private static RequestPostProcessor finance() {
        return securityContext(CallerSecurityContexts.of(AuthenticatedUser.staff(UUID.randomUUID(), "finance",
                EnumSet.of(StaffRole.FINANCE))));
    }
}
