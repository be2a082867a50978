package com.certhall.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.verification.IdentityChecks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One registered applicant driving the orders API ({@code /api/v1/orders}) over HTTP with a bearer token, as the
 * wizard and partner systems do. Raw calls return the response for tests that check refusals; the named steps
 * assert the status they expect. Staff act through {@link #staff(String)} tokens.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public record OrderApi(AccountsClient accounts, String token) {

    /** The password of the seeded staff users (reviewer, finance, operator, admin, …). */
    public static final String STAFF_PASSWORD = "Sandbox-2026!";
    static final Duration WAIT = Duration.ofSeconds(60);

    /** Registers a new person account and signs in with it. */
    public static OrderApi register(AccountsClient accounts) {
        String login = "u" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        return new OrderApi(accounts, accounts.token(login, AccountsClient.PASSWORD));
    }

    public TestRestTemplate http() {
        return accounts.http();
    }

    public String staff(String login) {
        return accounts.token(login, STAFF_PASSWORD);
    }

    public ResponseEntity<Map> call(HttpMethod method, String path, Object body) {
        return accounts.call(method, path, token, body);
    }

    public ResponseEntity<List> list(String path) {
        return http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), List.class);
    }

    public ResponseEntity<byte[]> bytes(String path) {
        return http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), byte[].class);
    }

    public ResponseEntity<byte[]> bytes(String path, String accept) {
        return http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers(accept)), byte[].class);
    }

    /** The body of a 200 answer (fails with the body when it is anything else). */
    public Map ok(ResponseEntity<Map> response) {
        return ok(response, 200);
    }

    public Map ok(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody();
    }

    /** Creates a draft ({@code NEW}, agreement accepted); returns its id. */
    public String create(String channel, String subjectType) {
        ResponseEntity<Map> created = call(HttpMethod.POST, "/api/v1/orders",
                Map.of("channel", channel, "type", "NEW", "subjectType", subjectType, "agreementAccepted", true));
        assertThat(created.getStatusCode().value()).as("create: " + created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    /** Creates a draft (see {@link #create}) and saves its subject; returns its id. */
    public String draft(String channel, String subjectType, Map<String, Object> subject) {
        String id = create(channel, subjectType);
        save(id, "subject", subject);
        return id;
    }

    /** {@code PUT /api/v1/orders/{id}/{step}} (subject, items, invoice, delivery, …). */
    public ResponseEntity<Map> put(String id, String step, Object body) {
        return call(HttpMethod.PUT, "/api/v1/orders/" + id + "/" + step, body);
    }

    /** A step that must be accepted; returns the order as the API answers. */
    public Map save(String id, String step, Object body) {
        return ok(put(id, step, body));
    }

    /**
     * Saves the items step with one line of the product for one year ({@code keyAlgorithm} null where the product
     * has no choice); returns the order's total in fen as the API answers it.
     */
    public long chooseOneYear(String id, String productCode, int quantity, String keyAlgorithm) {
        Map<String, Object> line = new java.util.LinkedHashMap<>(Map.of("productCode", productCode, "years", 1,
                "quantity", quantity));
        if (keyAlgorithm != null) {
            line.put("keyAlgorithm", keyAlgorithm);
        }
        return ((Number) save(id, "items", List.of(line)).get("totalFen")).longValue();
    }

    public Map order(String id) {
        return ok(call(HttpMethod.GET, "/api/v1/orders/" + id, null));
    }

    public Object status(String id) {
        return order(id).get("status");
    }

    public String awaitStatus(String id, Predicate<Object> wanted, String what) {
        return (String) Eventually.await(what, WAIT, () -> status(id), wanted);
    }

    public ResponseEntity<Map> upload(String id, String kind, String fileName, byte[] bytes) {
        return multipart(HttpMethod.POST, "/api/v1/orders/" + id + "/documents", kind, fileName, bytes);
    }

    /** An upload that must be stored. */
    public Map attach(String id, String kind, String fileName, byte[] bytes) {
        return ok(upload(id, kind, fileName, bytes), 201);
    }

    public ResponseEntity<Map> multipart(HttpMethod method, String path, String kind, String fileName, byte[] bytes) {
        HttpHeaders headers = headers(null);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (kind != null) {
            form.add("kind", kind);
        }
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http().exchange(path, method, new HttpEntity<>(form, headers), Map.class);
    }

    /** Passes every identity check the subject needs, through the verification API. */
    public void passIdentityChecks(String id, Map<String, Object> subject) {
        new IdentityChecks(accounts).passAll(token, id, subject);
    }

    /** Asks for the signature code (it goes to the handler's mobile), signs with it and submits. */
    public Map submit(String id, String handlerMobile) {
        ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null), 202);
        return ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", accounts.recorder().codeFor(handlerMobile), "agreementAccepted", true)));
    }

    /** Starts a QR payment of the quoted total and pays it at the sandbox cashier, as the payer's phone would. */
    public Map payByQr(String id, String method, long totalFen) {
        Map payment = ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments",
                Map.of("method", method, "amountFen", totalFen)), 201);
        assertThat(http().postForEntity("/sandbox/api/cashier/" + payment.get("paymentId") + "/pay", null, Map.class)
                .getStatusCode().value()).isEqualTo(200);
        return payment;
    }

    /** Waits until the payment reached the order (it moves on to review, or further when reviewed already). */
    public void awaitPaid(String id) {
        assertThat(awaitStatus(id, s -> !"PENDING_PAYMENT".equals(s), "order paid")).isNotEqualTo("CANCELLED");
        assertThat(order(id).get("paid")).isEqualTo(true);
    }

    /** The reviewer approves; the review round opens after commit, so the decision is retried until it is there. */
    public String approve(String id, String reviewerToken) {
        return (String) Eventually.await("reviewer's approval", Duration.ofSeconds(30), () -> {
            if ("PENDING_REVIEW".equals(status(id))) {
                accounts.call(HttpMethod.POST, "/api/v1/admin/reviews/" + id + "/decision", reviewerToken,
                        Map.of("decision", "APPROVE"));
            }
            return status(id);
        }, s -> !"PENDING_REVIEW".equals(s));
    }

    /** Headers for {@code TestRestTemplate.exchange}: the bearer token and what to accept. */
    public static HttpEntity<Void> bearer(String token, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set(HttpHeaders.ACCEPT, accept);
        return new HttpEntity<>(headers);
    }

    private HttpHeaders headers(String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return headers;
    }

    /** A party for a subject body; the address is in Beijing unless a caller changes it. */
    public static Map<String, Object> party(String name, String idNumber, String mobile, String email) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", idNumber);
        p.put("mobile", mobile);
        p.put("email", email);
        p.put("address", "北京市海淀区中关村大街 1 号");
        p.put("department", "信息部");
        return p;
    }

    /** An organisation body for {@code PUT .../subject}; the handler's mobile gets the signature code. */
    public static Map<String, Object> organization(String name, String uscc, String handlerMobile,
            boolean handlerIsLegalRep) {
        Map<String, Object> org = new HashMap<>();
        org.put("name", name);
        org.put("uscc", uscc);
        org.put("address", "北京市海淀区中关村大街 1 号");
        org.put("legalRep", party("李法人", Identities.residentId(),
                handlerIsLegalRep ? handlerMobile : AccountsTestSupport.newMobile(), null));
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", party("王经办", Identities.residentId(), handlerMobile, "wang@example.com"));
        body.put("handlerIsLegalRep", handlerIsLegalRep);
        return body;
    }

    public static Map<String, Object> organization(String uscc, String handlerMobile, boolean handlerIsLegalRep) {
        return organization("测试科技有限公司", uscc, handlerMobile, handlerIsLegalRep);
    }

    public static Map<String, Object> person(String mobile) {
        return Map.of("person", party("赵个人", Identities.residentId(), mobile, "zhao@example.com"));
    }

    public static Map<String, Object> invoice() {
        return Map.of("bankName", "中国工商银行北京分行", "bankAccount", "0200 0045 0902 1234 567", "phone",
                "010-6288 8888", "address", "北京市海淀区中关村大街 1 号");
    }

    /** The fields a problem answer names. */
    public static List<String> fields(ResponseEntity<Map> problem) {
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.getBody().get("errors");
        return errors == null ? List.of() : errors.stream().map(e -> e.get("field")).toList();
    }
}
