package com.certhall.orders.rest;

import static com.certhall.support.OrderApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.orders.OrdersTestSupport;
import com.certhall.orders.TestCertificateRequestCheck;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import com.certhall.verification.IdentityChecks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The orders API walked step by step to submission in every demo channel, for organisations and persons, and every
 * refusal on the way: missing fields, bad USCC and ID, too large and disguised files, duplicates, illegal moves.
 */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class OrdersApiTests {

    static final String COAL_REGISTERED = "91140100MA0K7Q2C3Q";
    static final String COAL_REGISTERED_2 = "91140105MA0H8L6R1L";

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    OrdersTestSupport.AuthorizationRecorder authorizations;
    @Autowired
    com.certhall.orders.OrderManagement management;
    @Autowired
    TestClock clock;
    OrderApi api;
    String coalUscc = COAL_REGISTERED;

    @BeforeEach
    void applicant() {
        api = OrderApi.register(accounts);
    }

    /** channel, subject type, product, delivery, materials, status after submission. */
    static Stream<Arguments> demoChannels() {
        return Stream.of(
                Arguments.of("zy-interop", "ORGANIZATION", "org", "MAIL",
                        List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE"),
                        "PENDING_REVIEW"),
                Arguments.of("zy-interop", "PERSON", "personal", "PICKUP",
                        List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE"),
                        "PENDING_REVIEW"),
                Arguments.of("coal-trade", "ORGANIZATION", "unit-cert", "MAIL",
                        List.of("APPLICATION_FORM", "BUSINESS_LICENSE"), "PENDING_REVIEW"),
                Arguments.of("scf-chain", "ORGANIZATION", "enterprise", "MAIL",
                        List.of("BUSINESS_LICENSE", "AUTHORIZATION_LETTER"), "SUBMITTED"),
                Arguments.of("bid-cloud", "ORGANIZATION", "org-cloud", "NONE",
                        List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK"), "PENDING_PAYMENT"),
                Arguments.of("bid-cloud", "PERSON", "personal-cloud", "NONE",
                        List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK"), "PENDING_PAYMENT"),
                Arguments.of("plateau-trade", "ORGANIZATION", "org-ukey", "PICKUP",
                        List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE"), "PENDING_PAYMENT"),
                Arguments.of("health-esign", "PERSON", "doctor-cloud", "NONE", List.of("ID_FRONT", "ID_BACK"),
                        "PENDING_PAYMENT"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("demoChannels")
    void walksEveryStepToSubmission(String channel, String subjectType, String product, String delivery,
            List<String> materials, String statusAfter) throws Exception {
        walkToSubmission(channel, subjectType, product, delivery, materials, statusAfter);
    }

    @Test
    void paperMaterialsAreMailedAndTheirArrivalRecordedByStaff() throws Exception {
        coalUscc = Identities.uscc();
        ResponseEntity<Map> registered = http.postForEntity("/sandbox/api/registrations", Map.of("registry",
                "COAL_TRADE", "uscc", coalUscc, "organizationName", "测试科技有限公司"), Map.class);
        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        String id = walkToSubmission("coal-trade", "ORGANIZATION", "unit-cert", "MAIL",
                List.of("APPLICATION_FORM", "BUSINESS_LICENSE"), "PENDING_REVIEW");
        Map status = api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id + "/paper-mailing", null));
        assertThat(status.get("needed")).isEqualTo(true);
        assertThat((String) status.get("mailingAddress")).isNotBlank();

        ResponseEntity<Map> bad = api.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/paper-mailing",
                Map.of("carrier", "", "trackingNumber", "12"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(bad)).containsExactlyInAnyOrder("carrier", "trackingNumber");

        Map mailed = api.ok(api.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/paper-mailing",
                Map.of("carrier", "顺丰速运", "trackingNumber", " sf 1234 5678 9012 ")));
        assertThat(mailed.get("trackingNumber")).isEqualTo("SF123456789012");

        AccountsClient staff = accounts;
        String operator = staff.token("operator", "Sandbox-2026!");
        ResponseEntity<Map> received = staff.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/paper-receipt",
                operator, null);
        assertThat(received.getStatusCode().value()).isEqualTo(200);
        assertThat(received.getBody().get("receivedBy")).isEqualTo("staff:operator");
        assertThat(staff.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/paper-receipt", operator, null)
                .getStatusCode().value()).isEqualTo(409);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/paper-mailing",
                Map.of("carrier", "EMS", "trackingNumber", "EA123456789CN")).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void ordersAreFoundWithoutLoginByTheSubjectAndAnSmsCodeToItsHandler() throws Exception {
        String id = walkToSubmission("bid-cloud", "PERSON", "personal-cloud", "NONE",
                List.of("ID_FRONT", "ID_BACK"), "PENDING_PAYMENT");
        Map order = api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null));
        String idNumber = management.details(new com.certhall.orders.OrderId(java.util.UUID.fromString(id)))
                .draft().subject().code();
        String handlerMobile = management.details(new com.certhall.orders.OrderId(
                java.util.UUID.fromString(id))).draft().subject().handler().mobile();
        AccountsClient anonymous = accounts;

        clock.advance(java.time.Duration.ofSeconds(61)); // the handler just had his SIGN code; another after 60 s
        String code = anonymous.code(handlerMobile, "QUERY");
        ResponseEntity<List> found = http.postForEntity("/api/v1/order-queries",
                Map.of("subjectCode", " " + idNumber.toLowerCase() + " ", "mobile", handlerMobile, "smsCode", code),
                List.class);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map>) found.getBody()).extracting(o -> o.get("number")).contains(order.get("number"));
        assertThat(found.getBody().toString()).doesNotContain(idNumber).doesNotContain(handlerMobile);

        String stranger = AccountsTestSupport.newMobile();
        String strangerCode = anonymous.code(stranger, "QUERY");
        ResponseEntity<Object> none = http.postForEntity("/api/v1/order-queries",
                Map.of("subjectCode", idNumber, "mobile", stranger, "smsCode", strangerCode), Object.class);
        assertThat(none.getStatusCode().value()).as("query by a stranger: " + none.getBody()).isEqualTo(200);
        assertThat((List<?>) none.getBody()).isEmpty();

        ResponseEntity<Map> bad = http.postForEntity("/api/v1/order-queries",
                Map.of("subjectCode", "123", "mobile", "1", "smsCode", ""), Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(bad)).containsExactlyInAnyOrder("subjectCode", "mobile", "smsCode");
        ResponseEntity<Map> wrongCode = http.postForEntity("/api/v1/order-queries",
                Map.of("subjectCode", idNumber, "mobile", handlerMobile, "smsCode", "000000"), Map.class);
        assertThat(wrongCode.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anOrderOnThePaperPathMovesOnWhenStaffRecordTheArrival() {
        String id = api.create("zy-interop", "PERSON");
        // the paper path is open before the product; the draft keeps what paper does not replace
        Map early = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/offline", null));
        assertThat(early.get("status")).isEqualTo("DRAFT");
        assertThat(early.get("onPaper")).isEqualTo(true);
        ResponseEntity<Map> incomplete = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/paper-submission", null);
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(incomplete.getBody())).contains("items", "invoice", "delivery")
                .doesNotContain("documents.", "smsCode");
        api.ok(api.put(id, "items", List.of(Map.of("productCode", "personal", "years", 1))));
        api.ok(api.put(id, "subject", Map.of("person", Map.of("name", "纸质申请人", "idType", "RESIDENT_ID",
                "idNumber", com.certhall.orders.Identities.residentId(), "mobile", "13900139000",
                "email", "paper@example.com"))));
        api.ok(api.put(id, "invoice", Map.of("wanted", false)));
        api.ok(api.put(id, "delivery", Map.of("method", "PICKUP")));
        Map submitted = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/paper-submission", null));
        assertThat(submitted.get("status")).isEqualTo("AWAITING_PAPER");
        assertThat(submitted.get("onPaper")).isEqualTo(true);
        AccountsClient staff = accounts;
        String reviewer = staff.token("reviewer", "Sandbox-2026!");
        assertThat(staff.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/paper-receipt", reviewer, null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null)).get("status"))
                .isEqualTo("PENDING_REVIEW");
        String finance = staff.token("finance", "Sandbox-2026!");
        assertThat(staff.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/paper-receipt", finance, null)
                .getStatusCode().value()).isEqualTo(403);
    }

    private String walkToSubmission(String channel, String subjectType, String product, String delivery,
            List<String> materials, String statusAfter) throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        String id = api.create(channel, subjectType);
        boolean organization = "ORGANIZATION".equals(subjectType);
        String uscc = "coal-trade".equals(channel) ? coalUscc : Identities.uscc();
        boolean viaLetter = "scf-chain".equals(channel);
        Map subject = organization ? OrderApi.organization(uscc, mobile, !viaLetter) : OrderApi.person(mobile);
        Map saved = api.ok(api.put(id, "subject", subject));
        assertThat(saved.get("status")).isEqualTo("DRAFT");
        assertThat(saved.toString()).doesNotContain(mobile);

        int quantity = "scf-chain".equals(channel) ? 2 : 1;
        Map items = api.ok(api.put(id, "items", List.of(Map.of("productCode", product, "years", 1,
                "quantity", quantity))));
        assertThat(((Number) items.get("totalFen")).longValue()).isPositive();

        Map invoice = new HashMap<>(Map.of("bankName", "中国工商银行北京分行", "bankAccount", "0200 0045 0902 1234 567",
                "phone", "010-6288 8888", "address", "北京市海淀区中关村大街 1 号"));
        Map invoiced = api.ok(api.put(id, "invoice", invoice));
        Map inv = (Map) invoiced.get("invoice");
        assertThat(inv.get("bankAccount")).isEqualTo("0200***********4567");
        assertThat(inv.get("title")).isEqualTo(organization ? "测试科技有限公司" : "赵个人");

        Map deliveryBody = new HashMap<>(Map.of("method", delivery));
        if ("MAIL".equals(delivery)) {
            deliveryBody.put("address", "北京市海淀区中关村大街 1 号");
        }
        Map delivered = api.ok(api.put(id, "delivery", deliveryBody));
        if (!"NONE".equals(delivery)) {
            assertThat(((Map) delivered.get("delivery")).get("recipient"))
                    .isEqualTo(!organization ? "赵个人" : viaLetter ? "王经办" : "李法人");
        }

        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : materials) {
            if (!organization && "BUSINESS_LICENSE".equals(kind)) {
                continue;
            }
            ResponseEntity<Map> uploaded = api.upload(id, kind, kind.toLowerCase() + ".jpg", jpeg);
            assertThat(uploaded.getStatusCode().value()).as(kind + ": " + uploaded.getBody()).isEqualTo(201);
            assertThat(uploaded.getBody().get("contentType")).isEqualTo("image/jpeg");
            assertThat((String) uploaded.getBody().get("sha256")).hasSize(64);
        }

        ResponseEntity<byte[]> form = api.bytes("/api/v1/orders/" + id + "/application-form.pdf");
        assertThat(form.getStatusCode().value()).isEqualTo(200);
        assertThat(form.getHeaders().getContentDisposition().getFilename()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(form.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(organization ? "测试科技有限公司" : "赵个人");
        }

        new IdentityChecks(api.accounts()).passAll(api.token(), id, subject);
        ResponseEntity<Map> code = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null);
        assertThat(code.getStatusCode().value()).as(String.valueOf(code.getBody())).isEqualTo(202);
        ResponseEntity<Map> submitted = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", recorder.codeFor(mobile), "agreementAccepted", true));
        Map done = api.ok(submitted);
        assertThat(done.get("status")).isEqualTo(statusAfter);
        assertThat((List<Map>) done.get("history")).extracting(h -> h.get("action")).contains("submit");
        assertThat(done.get("signedAt")).isNotNull();

        ResponseEntity<List> mine = api.list("/api/v1/orders?status=" + statusAfter);
        assertThat((List<Map>) mine.getBody()).extracting(o -> o.get("id")).contains(id);
        ResponseEntity<Map> late = api.upload(id, materials.get(0), "late.jpg", jpeg);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        return id;
    }

    @Test
    void agreementMustBeAcceptedAndChannelMustExist() {
        ResponseEntity<Map> refused = api.call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", "zy-interop", "type", "NEW", "subjectType", "ORGANIZATION", "agreementAccepted", false));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("agreementAccepted");

        ResponseEntity<Map> unknown = api.call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", "no-such", "type", "NEW", "subjectType", "PERSON", "agreementAccepted", true));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> noPersons = api.call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", "coal-trade", "type", "NEW", "subjectType", "PERSON", "agreementAccepted", true));
        assertThat(noPersons.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(noPersons)).containsExactly("subjectType");
    }

    @Test
    void subjectNamesEveryBadFieldAndKeepsNothing() {
        String id = api.create("zy-interop", "ORGANIZATION");
        Map body = OrderApi.organization(corrupt(Identities.uscc()), "1391234", false);
        ((Map) body.get("organization")).put("name", " ");
        ((Map) ((Map) body.get("organization")).get("legalRep")).put("idNumber", corrupt(Identities.residentId()));
        ResponseEntity<Map> refused = api.put(id, "subject", body);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(refused)).contains("organization.name", "organization.uscc",
                "organization.legalRep.idNumber", "handler.mobile");
        assertThat(refused.getBody().toString()).contains("统一社会信用代码");
        assertThat(api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null)).get("subject")).isNull();
    }

    @Test
    void pastedSpacesAndFullWidthCharactersAreCleanedNotRefused() {
        String id = api.create("bid-cloud", "ORGANIZATION");
        String uscc = Identities.uscc();
        String pasted = " " + uscc.substring(0, 6) + " " + toFullWidth(uscc.substring(6)) + "\u200B ";
        Map saved = api.ok(api.put(id, "subject", OrderApi.organization(pasted, AccountsTestSupport.newMobile(),
                true)));
        Map org = (Map) ((Map) saved.get("subject")).get("organization");
        assertThat(org.get("uscc")).isEqualTo(uscc.substring(0, 4) + "**********" + uscc.substring(14));
    }

    @Test
    void coalTradeAsksThePartnerRegistryAndNamesIt() {
        String id = api.create("coal-trade", "ORGANIZATION");
        ResponseEntity<Map> refused = api.put(id, "subject",
                OrderApi.organization(Identities.uscc(), AccountsTestSupport.newMobile(), true));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("organization.uscc");
        assertThat(refused.getBody().toString()).contains("煤炭交易在线平台");
        api.ok(api.put(id, "subject", OrderApi.organization(COAL_REGISTERED_2, AccountsTestSupport.newMobile(),
                true)));
    }

    @Test
    void aSecondActiveOrderForTheSameSubjectIsRefusedNamingTheFirst() {
        String uscc = Identities.uscc();
        String first = api.create("plateau-trade", "ORGANIZATION");
        api.ok(api.put(first, "subject", OrderApi.organization(uscc, AccountsTestSupport.newMobile(), true)));
        String firstNumber = (String) api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + first, null)).get("number");

        OrderApi other = OrderApi.register(api.accounts());
        String second = other.create("plateau-trade", "ORGANIZATION");
        ResponseEntity<Map> duplicate = other.put(second, "subject",
                OrderApi.organization(uscc, AccountsTestSupport.newMobile(), true));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat((String) duplicate.getBody().get("detail")).contains(firstNumber);

        String elsewhere = other.create("bid-cloud", "ORGANIZATION");
        other.ok(other.put(elsewhere, "subject", OrderApi.organization(uscc, AccountsTestSupport.newMobile(), true)));

        api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + first + "/cancellation", Map.of("reason", "填错了")));
        other.ok(other.put(second, "subject", OrderApi.organization(uscc, AccountsTestSupport.newMobile(), true)));
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        String id = api.create("bid-cloud", "PERSON");
        OrderApi other = OrderApi.register(api.accounts());
        assertThat(other.call(HttpMethod.GET, "/api/v1/orders/" + id, null).getStatusCode().value()).isEqualTo(404);
        assertThat(other.put(id, "subject", OrderApi.person(AccountsTestSupport.newMobile())).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(other.upload(id, "ID_FRONT", "a.jpg", DocumentSamples.image(DocumentFormat.JPEG, 20, 20))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(other.bytes("/api/v1/orders/" + id + "/application-form.pdf").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void uploadsAreCheckedBySizeAndRealTypeAndCanBeReplacedAndDeleted() {
        String id = api.create("health-esign", "PERSON");
        byte[] png = DocumentSamples.image(DocumentFormat.PNG, 60, 40);
        byte[] big = Arrays.copyOf(DocumentSamples.image(DocumentFormat.JPEG, 60, 40), 2 * 1024 * 1024 + 10);
        ResponseEntity<Map> tooLarge = api.upload(id, "ID_FRONT", "big.jpg", big);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat((String) tooLarge.getBody().get("detail")).contains("2 MB");

        ResponseEntity<Map> disguised = api.upload(id, "ID_FRONT", "front.jpg", png);
        assertThat(disguised.getStatusCode().value()).isEqualTo(415);
        ResponseEntity<Map> pdf = api.upload(id, "ID_FRONT", "front.pdf", DocumentSamples.pdf());
        assertThat(pdf.getStatusCode().value()).isEqualTo(415);
        assertThat((String) pdf.getBody().get("detail")).contains("JPEG").contains("PNG");
        ResponseEntity<Map> exe = api.upload(id, "ID_FRONT", "virus.png", DocumentSamples.exe());
        assertThat(exe.getStatusCode().value()).isEqualTo(415);
        ResponseEntity<Map> unknownKind = api.upload(id, "SEAL_SPECIMEN", "seal.png", png);
        assertThat(unknownKind.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(unknownKind)).containsExactly("kind");

        ResponseEntity<Map> stored = api.upload(id, "ID_FRONT", "front.png", png);
        assertThat(stored.getStatusCode().value()).isEqualTo(201);
        String documentId = (String) stored.getBody().get("documentId");
        ResponseEntity<byte[]> thumb = api.bytes("/api/v1/orders/" + id + "/documents/" + documentId + "/thumbnail");
        assertThat(thumb.getStatusCode().value()).isEqualTo(200);
        assertThat(thumb.getHeaders().getContentType().toString()).isEqualTo("image/png");
        ResponseEntity<byte[]> content = api.bytes("/api/v1/orders/" + id + "/documents/" + documentId + "/content");
        assertThat(content.getBody()).isEqualTo(png);

        ResponseEntity<Map> replaced = api.multipart(HttpMethod.PUT, "/api/v1/orders/" + id + "/documents/"
                + documentId, null, "front2.jpg", DocumentSamples.image(DocumentFormat.JPEG, 30, 30));
        assertThat(replaced.getStatusCode().value()).as(String.valueOf(replaced.getBody())).isEqualTo(200);
        String newId = (String) replaced.getBody().get("documentId");
        assertThat(api.list("/api/v1/orders/" + id + "/documents").getBody()).hasSize(1);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/orders/" + id + "/documents/" + newId, null)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(api.list("/api/v1/orders/" + id + "/documents").getBody()).isEmpty();
    }

    @Test
    void submissionNamesEverythingMissingAndIllegalMovesAreRefused() {
        String mobile = AccountsTestSupport.newMobile();
        String id = api.create("zy-interop", "ORGANIZATION");
        api.ok(api.put(id, "subject", OrderApi.organization(Identities.uscc(), mobile, false)));
        ResponseEntity<Map> early = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", "123456", "agreementAccepted", true));
        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(early)).contains("items", "invoice", "delivery", "documents.BUSINESS_LICENSE",
                "documents.APPLICATION_FORM", "authorization", "verification.HANDLER");
        assertThat(String.valueOf(early.getBody())).contains("尚未完成身份认证：经办人身份");

        ResponseEntity<Map> deliveryFirst = api.put(id, "delivery", Map.of("method", "MAIL"));
        assertThat(deliveryFirst.getStatusCode().value()).isEqualTo(409);
        api.ok(api.put(id, "items", List.of(Map.of("productCode", "org", "years", 2, "quantity", 1))));
        ResponseEntity<Map> cloudDelivery = api.put(id, "delivery", Map.of("method", "NONE"));
        assertThat(cloudDelivery.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(cloudDelivery)).containsExactly("method");
        ResponseEntity<Map> badYears = api.put(id, "items", List.of(Map.of("productCode", "org", "years", 9,
                "quantity", 1)));
        assertThat(fields(badYears)).containsExactly("items[0].years");
        ResponseEntity<Map> personal = api.put(id, "items", List.of(Map.of("productCode", "personal", "years", 1)));
        assertThat(fields(personal)).containsExactly("items[0].productCode");

        api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/cancellation", null));
        ResponseEntity<Map> again = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/cancellation", null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map> edit = api.put(id, "items", List.of(Map.of("productCode", "org", "years", 1)));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
        assertThat((String) edit.getBody().get("detail")).contains("CANCELLED");
    }

    @Test
    void holderCsrIsCheckedWhereTheChannelAllowsIt() {
        String id = api.create("health-esign", "PERSON");
        Map saved = api.ok(api.put(id, "items", List.of(Map.of("productCode", "doctor-cloud", "years", 1,
                "quantity", 1, "keyAlgorithm", "EC_P256", "csr", TestCertificateRequestCheck.csr("EC")))));
        assertThat(((List<Map>) saved.get("lines")).get(0).get("holderCsr")).isEqualTo(true);

        ResponseEntity<Map> mismatch = api.put(id, "items", List.of(Map.of("productCode", "doctor-cloud",
                "years", 1, "keyAlgorithm", "EC_P256", "csr", TestCertificateRequestCheck.csr("RSA"))));
        assertThat(fields(mismatch)).containsExactly("items[0].csr");
        ResponseEntity<Map> garbage = api.put(id, "items", List.of(Map.of("productCode", "doctor-cloud",
                "years", 1, "csr", "-----BEGIN CERTIFICATE REQUEST-----\nnonsense\n-----END CERTIFICATE REQUEST-----")));
        assertThat(fields(garbage)).containsExactly("items[0].csr");

        String other = api.create("bid-cloud", "PERSON");
        ResponseEntity<Map> notAllowed = api.put(other, "items", List.of(Map.of("productCode", "personal-cloud",
                "years", 1, "csr", TestCertificateRequestCheck.csr("EC"))));
        assertThat(fields(notAllowed)).containsExactly("items[0].csr");
    }

    @Test
    void aRejectedOrderIsEditedAndResubmittedWithItsHistory() {
        String mobile = AccountsTestSupport.newMobile();
        String id = api.create("zy-interop", "ORGANIZATION");
        Map<String, Object> subject = OrderApi.organization(Identities.uscc(), mobile, true);
        api.ok(api.put(id, "subject", subject));
        new IdentityChecks(api.accounts()).passAll(api.token(), id, subject);
        api.ok(api.put(id, "items", List.of(Map.of("productCode", "org", "years", 1))));
        api.ok(api.put(id, "invoice", Map.of("wanted", false)));
        api.ok(api.put(id, "delivery", Map.of("method", "PICKUP")));
        byte[] png = DocumentSamples.image(DocumentFormat.JPEG, 50, 50);
        String license = (String) api.upload(id, "BUSINESS_LICENSE", "license.jpg", png).getBody().get("documentId");
        for (String kind : List.of("APPLICATION_FORM", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            assertThat(api.upload(id, kind, "scan.jpg", png).getStatusCode().value()).isEqualTo(201);
        }
        api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null);
        assertThat(api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", recorder.codeFor(mobile), "agreementAccepted", true))).get("status"))
                .isEqualTo("PENDING_REVIEW");
        ResponseEntity<Map> locked = api.multipart(HttpMethod.PUT, "/api/v1/orders/" + id + "/documents/" + license,
                null, "license2.jpg", png);
        assertThat(locked.getStatusCode().value()).isEqualTo(409);

        management.reject(new com.certhall.orders.OrderId(java.util.UUID.fromString(id)),
                "营业执照不清晰，请重新上传", "staff:reviewer");
        Map rejected = api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null));
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason")).isEqualTo("营业执照不清晰，请重新上传");
        assertThat((List<String>) rejected.get("nextActions")).contains("EDIT", "RESUBMIT");
        ResponseEntity<Map> replaced = api.multipart(HttpMethod.PUT, "/api/v1/orders/" + id + "/documents/"
                + license, null, "license2.jpg", DocumentSamples.image(DocumentFormat.JPEG, 80, 80));
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        api.ok(api.put(id, "delivery", Map.of("method", "MAIL", "address", "郑州市金水区花园路 1 号")));

        clock.advance(java.time.Duration.ofSeconds(61)); // a number gets another code after 60 s
        assertThat(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null).getStatusCode()
                .value()).isEqualTo(202);
        Map resubmitted = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", recorder.codeFor(mobile), "agreementAccepted", true)));
        assertThat(resubmitted.get("status")).isEqualTo("PENDING_REVIEW");
        assertThat((List<Map>) resubmitted.get("history")).extracting(h -> h.get("action"))
                .containsExactly("create", "submit", "route", "reject", "resubmit");
        ResponseEntity<Map> twice = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", "000000", "agreementAccepted", true));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void repeatedPutsChangeNothing() {
        String id = api.create("bid-cloud", "PERSON");
        Map body = OrderApi.person(AccountsTestSupport.newMobile());
        Map first = api.ok(api.put(id, "subject", body));
        Map second = api.ok(api.put(id, "subject", body));
        assertThat(second.get("updatedAt")).isEqualTo(first.get("updatedAt"));
        List<Map<String, Object>> items = List.of(Map.of("productCode", "personal-cloud", "years", 1));
        Map a = api.ok(api.put(id, "items", items));
        Map b = api.ok(api.put(id, "items", items));
        assertThat(b.get("updatedAt")).isEqualTo(a.get("updatedAt"));
    }

    @Test
    void authorizationLetterTemplateAndOnlineSigningByTheLegalRepresentative() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        String id = api.create("bid-cloud", "ORGANIZATION");
        Map subject = OrderApi.organization(Identities.uscc(), mobile, false);
        String legalRepMobile = (String) ((Map) ((Map) subject.get("organization")).get("legalRep")).get("mobile");
        api.ok(api.put(id, "subject", subject));
        api.ok(api.put(id, "items", List.of(Map.of("productCode", "org-cloud", "years", 1))));
        ResponseEntity<byte[]> letter = api.bytes("/api/v1/orders/" + id + "/authorization-letter.pdf");
        assertThat(letter.getStatusCode().value()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(letter.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("李法人").contains("王经办");
        }
        assertThat(letter.getHeaders().getFirst("Content-Disposition")).contains("filename*=UTF-8''");

        ResponseEntity<Map> link = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/authorization/sms-link", null);
        assertThat(link.getStatusCode().value()).isEqualTo(202);
        String number = (String) api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null)).get("number");
        String token = authorizations.lastToken(number);

        ResponseEntity<String> page = http.getForEntity("/authorize/" + token, String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(number).contains("测试科技有限公司").doesNotContain(legalRepMobile);
        assertThat(http.getForEntity("/authorize/not-a-token", String.class).getStatusCode().value()).isEqualTo(404);

        PhoneSession phone = PhoneSession.open(http, "/authorize/" + token);
        ResponseEntity<String> sent = phone.post("/authorize/" + token + "/code", Map.of());
        assertThat(sent.getStatusCode().value()).isLessThan(400);
        assertThat(recorder.lastIssued(legalRepMobile)).as("code sent to the legal representative").isNotNull();
        ResponseEntity<String> confirmed = phone.post("/authorize/" + token,
                Map.of("smsCode", recorder.codeFor(legalRepMobile)));
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getBody()).contains("授权成功");
        Map order = api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + id, null));
        assertThat(((Map) order.get("authorization")).get("signedBy").toString()).startsWith("李法人");
        assertThat(http.getForEntity("/authorize/" + token, String.class).getStatusCode().value()).isEqualTo(404);
    }

    /** The same code with another check character. */
    private static String corrupt(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '1' ? '2' : '1');
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c > 32 && c < 127 ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }
}
