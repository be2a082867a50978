package com.certhall.review;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.support.TestClock;
import com.certhall.verification.IdentityChecks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant who registers and walks the orders API (as the wizard does) to submission, and resubmits after a
 * rejection. {@code mobile} is the handler's mobile, where the outcome SMS goes.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
record Applicant(AccountsClient accounts, String token, String mobile, TestClock clock) {

    static Applicant register(AccountsClient accounts, TestClock clock) {
        String login = "r" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        return new Applicant(accounts, accounts.token(login, AccountsClient.PASSWORD), AccountsTestSupport.newMobile(),
                clock);
    }

    ResponseEntity<Map> call(HttpMethod method, String path, Object body) {
        return accounts.call(method, path, token, body);
    }

    Map ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    /** zy-interop, an organisation whose legal representative handles it: goes to review after submission. */
    OrderId organizationInReview() {
        String id = create("zy-interop", "ORGANIZATION");
        Map<String, Object> subject = organization(Identities.uscc());
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/subject", subject));
        new IdentityChecks(accounts).passAll(token, id, subject);
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/items", List.of(Map.of("productCode", "org", "years", 1))));
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/invoice", Map.of("wanted", false)));
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/delivery", Map.of("method", "PICKUP")));
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            upload(id, kind, "BUSINESS_LICENSE".equals(kind) ? DocumentSamples.pdf()
                    : DocumentSamples.image(DocumentFormat.JPEG, 160, 100), "BUSINESS_LICENSE".equals(kind)
                    ? "license.pdf" : kind.toLowerCase() + ".jpg");
        }
        assertThat(submit(id, "submission").get("status")).isEqualTo("PENDING_REVIEW");
        return new OrderId(UUID.fromString(id));
    }

    /** health-esign, a person with ID scans only, verified by telecom: pays first, then review. */
    OrderId personAwaitingPayment() {
        String id = personWithScans();
        assertThat(submit(id, "submission").get("status")).isEqualTo("PENDING_PAYMENT");
        return new OrderId(UUID.fromString(id));
    }

    /**
     * health-esign, a person who gave up the online check and took the paper path: the order waits for the signed
     * paper form ({@code AWAITING_PAPER}) with no identity check at all.
     */
    OrderId personOnPaper() {
        String id = personWithScans(false);
        Map offline = ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/offline", null));
        assertThat(offline.get("status")).isEqualTo("AWAITING_PAPER");
        return new OrderId(UUID.fromString(id));
    }

    private String personWithScans() {
        return personWithScans(true);
    }

    private String personWithScans(boolean verify) {
        String id = create("health-esign", "PERSON");
        Map<String, Object> person = party("赵个人", Identities.residentId(), "zhao@example.com");
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/subject", Map.of("person", person)));
        if (verify) {
            new IdentityChecks(accounts).passAll(token, id, Map.of("person", person));
        }
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/items",
                List.of(Map.of("productCode", "doctor-cloud", "years", 1))));
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/invoice", Map.of("wanted", false)));
        ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/delivery", Map.of("method", "NONE")));
        for (String kind : List.of("ID_FRONT", "ID_BACK")) {
            upload(id, kind, DocumentSamples.image(DocumentFormat.JPEG, 160, 100), kind.toLowerCase() + ".jpg");
        }
        return id;
    }

    /** Replaces nothing, re-signs and resubmits a rejected order (a number gets another code after 60 s). */
    Map resubmit(OrderId id) {
        clock.advance(Duration.ofSeconds(61));
        return submit(id.toString(), "submission");
    }

    Map order(OrderId id) {
        return ok(call(HttpMethod.GET, "/api/v1/orders/" + id, null));
    }

    private String create(String channel, String subjectType) {
        ResponseEntity<Map> created = call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", channel, "type", "NEW", "subjectType", subjectType, "agreementAccepted", true));
        assertThat(created.getStatusCode().value()).as("create: " + created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    private Map submit(String id, String step) {
        ResponseEntity<Map> code = call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null);
        assertThat(code.getStatusCode().value()).as(String.valueOf(code.getBody())).isEqualTo(202);
        return ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/" + step,
                Map.of("smsCode", accounts.recorder().codeFor(mobile), "agreementAccepted", true)));
    }

    private void upload(String id, String kind, byte[] bytes, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", kind);
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        ResponseEntity<Map> stored = accounts.http().exchange("/api/v1/orders/" + id + "/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), Map.class);
        assertThat(stored.getStatusCode().value()).as(kind + ": " + stored.getBody()).isEqualTo(201);
    }

    private Map<String, Object> organization(String uscc) {
        Map<String, Object> legalRep = party("李法人", Identities.residentId(), "li@example.com");
        legalRep.put("mobile", mobile);
        Map<String, Object> org = new HashMap<>();
        org.put("name", "审核测试科技有限公司");
        org.put("uscc", uscc);
        org.put("address", "深圳市南山区科技园 1 号");
        org.put("legalRep", legalRep);
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", legalRep);
        body.put("handlerIsLegalRep", true);
        return body;
    }

    private Map<String, Object> party(String name, String idNumber, String email) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", idNumber);
        p.put("mobile", mobile);
        p.put("email", email);
        p.put("address", "深圳市南山区科技园 1 号");
        p.put("department", "信息部");
        return p;
    }
}
