package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.applications.Identities;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.support.Eventually;
import com.certhall.support.TestEnvironment;
import com.certhall.verification.IdentityChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The bid-cloud channel (pay, then review) through the REST API from registration to an issued cloud certificate:
 * wizard, sandbox cashier payment, the reviewer's approval, the PIN by SMS, downloads that openssl accepts (chain from
 * {@code /pki/ca}, OCSP good), staff revocation, OCSP revoked.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class CertificateJourneyTests extends LifecycleContext {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @TempDir
    Path dir;

    @Test
    void bidCloudFromRegistrationToAVerifiedRevokedCertificate() throws Exception {
        TestEnvironment.requireCommand("openssl");
        AccountsClient accounts = new AccountsClient(http, captchas, recorder);
        String login = "j" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String token = accounts.token(login, AccountsClient.PASSWORD);
        String mobile = AccountsTestSupport.newMobile();

        // the wizard
        Map created = ok(accounts.call(HttpMethod.POST, "/api/v1/orders", token, Map.of("channel", "bid-cloud",
                "type", "NEW", "subjectType", "ORGANIZATION", "agreementAccepted", true)), 201);
        String id = (String) created.get("id");
        Map<String, Object> subject = organization(mobile);
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/subject", token, subject), 200);
        // the channel checks identities before the product: the legal representative, who handles it himself
        new IdentityChecks(accounts).passAll(token, id, subject);
        Map items = ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/items", token, List.of(Map.of(
                "productCode", "org-cloud", "years", 1, "quantity", 1, "keyAlgorithm", "EC_P256"))), 200);
        long total = ((Number) items.get("totalFen")).longValue();
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/invoice", token, Map.of("bankName",
                "中国工商银行北京分行", "bankAccount", "0200 0045 0902 1234 567", "phone", "010-6288 8888", "address",
                "北京市海淀区中关村大街 1 号")), 200);
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/delivery", token, Map.of("method", "NONE")), 200);
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK")) {
            ok(upload(token, "/api/v1/orders/" + id + "/documents", kind, jpeg), 201);
        }
        ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", token, null), 202);
        Map submitted = ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission", token,
                Map.of("smsCode", recorder.codeFor(mobile), "agreementAccepted", true)), 200);
        assertThat(submitted.get("status")).isEqualTo("PENDING_PAYMENT");

        // payment at the sandbox cashier, then review
        Map payment = ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments", token,
                Map.of("method", "WECHAT_QR", "amountFen", total)), 201);
        ok(http.postForEntity("/sandbox/api/cashier/" + payment.get("paymentId") + "/pay", null, Map.class), 200);
        Eventually.await("order paid", Duration.ofSeconds(30),
                () -> accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status"),
                "PENDING_REVIEW"::equals);
        // the reviewer approves (the review round opens after commit, so the decision is retried until it is there)
        String staff = accounts.token("admin", "Sandbox-2026!");
        Eventually.await("reviewer's approval", Duration.ofSeconds(30), () -> {
            Object status = accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status");
            if (!"PENDING_REVIEW".equals(status)) {
                return status;
            }
            accounts.call(HttpMethod.POST, "/api/v1/admin/reviews/" + id + "/decision", staff,
                    Map.of("decision", "APPROVE"));
            return accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status");
        }, status -> !"PENDING_REVIEW".equals(status));

        // issued and delivered
        Eventually.await("order completed", Duration.ofSeconds(60),
                () -> accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status"),
                "COMPLETED"::equals);
        List<Map> mine = http.exchange("/api/v1/certificates", HttpMethod.GET, auth(token, "application/json"),
                List.class).getBody();
        assertThat(mine).hasSize(1);
        Map cert = mine.get(0);
        String serial = (String) cert.get("serialHex");
        assertThat(cert).containsEntry("status", "VALID").containsEntry("caName", "ecc-issuing")
                .containsEntry("medium", "CLOUD").containsEntry("serverKey", true);

        ResponseEntity<byte[]> der = http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                auth(token, "application/pkix-cert"), byte[].class);
        assertThat(der.getHeaders().getContentType().toString()).isEqualTo("application/pkix-cert");
        ResponseEntity<String> pem = http.exchange("/api/v1/certificates/" + serial + "?chain=true", HttpMethod.GET,
                auth(token, "application/x-pem-file"), String.class);
        assertThat(pem.getBody().split("BEGIN CERTIFICATE", -1)).hasSize(4);
        Path certFile = Files.write(dir.resolve("cert.der"), der.getBody());
        Path certPem = dir.resolve("cert.pem");
        run("openssl", "x509", "-inform", "DER", "-in", certFile.toString(), "-out", certPem.toString());
        Path issuing = caPem("ecc-issuing");
        Path root = caPem("ecc-root");
        String verified = run("openssl", "verify", "-x509_strict", "-CAfile", root.toString(), "-untrusted",
                issuing.toString(), certPem.toString());
        assertThat(verified).contains("cert.pem: OK");
        String subjectLine = run("openssl", "x509", "-in", certPem.toString(), "-noout", "-subject", "-nameopt",
                "utf8,sep_comma_plus");
        assertThat(subjectLine).contains("CN=测试科技有限公司");

        // the PIN came by SMS to the handler and opens the PKCS#12
        String sms = Eventually.await("PIN SMS", Duration.ofSeconds(30), () -> pinMessage(mobile),
                s -> s != null);
        Matcher pin = Pattern.compile("口令为 (\\d{6,8})").matcher(sms);
        assertThat(pin.find()).isTrue();
        ResponseEntity<byte[]> p12 = http.exchange("/api/v1/certificates/" + serial + "/pkcs12", HttpMethod.GET,
                auth(token, "*/*"), byte[].class);
        assertThat(p12.getStatusCode().value()).isEqualTo(200);
        Path p12File = Files.write(dir.resolve("cert.p12"), p12.getBody());
        String opened = run("openssl", "pkcs12", "-in", p12File.toString(), "-passin", "pass:" + pin.group(1),
                "-nokeys", "-clcerts");
        assertThat(opened).contains("BEGIN CERTIFICATE");
        assertThat(run("openssl", "pkcs12", "-in", p12File.toString(), "-passin", "pass:00000000", "-nokeys"))
                .doesNotContain("BEGIN CERTIFICATE");

        // someone else sees nothing of it
        String other = "o" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(other);
        String otherToken = accounts.token(other, AccountsClient.PASSWORD);
        assertThat(http.exchange("/api/v1/certificates/" + serial + "/pkcs12", HttpMethod.GET,
                auth(otherToken, "*/*"), byte[].class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                auth(otherToken, "application/json"), Map.class).getStatusCode().value()).isEqualTo(404);

        // OCSP good, staff revocation, OCSP revoked
        Path trust = Files.writeString(dir.resolve("trust.pem"), Files.readString(issuing) + Files.readString(root));
        String url = "http://127.0.0.1:" + port + "/pki/ocsp";
        assertThat(run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", certPem.toString(), "-url", url,
                "-CAfile", trust.toString())).contains("Response verify OK").contains(certPem + ": good");

        assertThat(accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation", token,
                Map.of("reason", "KEY_COMPROMISE")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> bad = accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial
                + "/revocation", staff, Map.of("reason", "because"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(((List<Map>) bad.getBody().get("errors")).get(0)).containsEntry("field", "reason");
        Map revoked = ok(accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation",
                staff, Map.of("reason", "keyCompromise")), 200);
        assertThat(revoked).containsEntry("status", "REVOKED");
        assertThat(run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", certPem.toString(), "-url", url,
                "-CAfile", trust.toString())).contains("Response verify OK").contains(": revoked")
                .contains("keyCompromise");
        assertThat(accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation", staff,
                Map.of("reason", "SUPERSEDED")).getStatusCode().value()).isEqualTo(409);
        List<Map> after = http.exchange("/api/v1/certificates", HttpMethod.GET, auth(token, "application/json"),
                List.class).getBody();
        assertThat(after.get(0)).containsEntry("status", "REVOKED");
        Map audit = accounts.call(HttpMethod.GET, "/api/v1/admin/audit?action=lifecycle.revoke", staff, null)
                .getBody();
        assertThat(String.valueOf(audit)).contains(serial);
    }

    @Test
    void zyInteropReviewThenPayByBankTransferToAShippedUkey() throws Exception {
        TestEnvironment.requireCommand("openssl");
        AccountsClient accounts = new AccountsClient(http, captchas, recorder);
        String login = "u" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String token = accounts.token(login, AccountsClient.PASSWORD);
        String mobile = AccountsTestSupport.newMobile();

        Map created = ok(accounts.call(HttpMethod.POST, "/api/v1/orders", token, Map.of("channel", "zy-interop",
                "type", "NEW", "subjectType", "ORGANIZATION", "agreementAccepted", true)), 201);
        String id = (String) created.get("id");
        Map<String, Object> subject = organization(mobile);
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/subject", token, subject), 200);
        Map items = ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/items", token, List.of(Map.of(
                "productCode", "org", "years", 1, "quantity", 1))), 200);
        long total = ((Number) items.get("totalFen")).longValue();
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/invoice", token, Map.of("bankName",
                "中国工商银行北京分行", "bankAccount", "0200 0045 0902 1234 567", "phone", "010-6288 8888", "address",
                "北京市海淀区中关村大街 1 号")), 200);
        ok(accounts.call(HttpMethod.PUT, "/api/v1/orders/" + id + "/delivery", token, Map.of("method", "MAIL",
                "address", "郑州市金水区花园路 1 号")), 200);
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            ok(upload(token, "/api/v1/orders/" + id + "/documents", kind, jpeg), 201);
        }
        // this channel checks the handler after the materials, by telecom 3-factor
        new IdentityChecks(accounts).passAll(token, id, subject);
        ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", token, null), 202);
        Map submitted = ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission", token,
                Map.of("smsCode", recorder.codeFor(mobile), "agreementAccepted", true)), 200);
        assertThat(submitted.get("status")).isEqualTo("PENDING_REVIEW");

        // review first: the reviewer approves, then the order waits for payment
        String staff = accounts.token("admin", "Sandbox-2026!");
        Eventually.await("approval", Duration.ofSeconds(30), () -> {
            accounts.call(HttpMethod.POST, "/api/v1/admin/reviews/" + id + "/decision", staff,
                    Map.of("decision", "APPROVE"));
            return accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status");
        }, "PENDING_PAYMENT"::equals);

        // then pay by bank transfer: instructions, voucher, finance confirms
        Map payment = ok(accounts.call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments", token,
                Map.of("method", "BANK_TRANSFER", "amountFen", total)), 201);
        String pid = (String) payment.get("paymentId");
        assertThat(String.valueOf(payment.get("bank"))).contains("reference");
        ok(upload(token, "/api/v1/payments/" + pid + "/vouchers", "PAYMENT_VOUCHER", jpeg), 201);
        ok(accounts.call(HttpMethod.POST, "/api/v1/admin/payments/" + pid + "/confirmation", staff,
                Map.of("decision", "CONFIRM")), 200);
        Eventually.await("approved and paid", Duration.ofSeconds(30),
                () -> accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status"),
                "APPROVED"::equals);

        // the operator produces the UKEY and ships it
        ok(accounts.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/production", staff, null), 200);
        List<Map> mine = http.exchange("/api/v1/certificates", HttpMethod.GET, auth(token, "application/json"),
                List.class).getBody();
        assertThat(mine).singleElement().satisfies(c -> assertThat(c).containsEntry("medium", "UKEY"));
        String serial = (String) mine.get(0).get("serialHex");
        String ca = (String) mine.get(0).get("caName");
        ResponseEntity<byte[]> der = http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                auth(token, "application/pkix-cert"), byte[].class);
        Path certFile = Files.write(dir.resolve("ukey.der"), der.getBody());
        Path certPem = dir.resolve("ukey.pem");
        run("openssl", "x509", "-inform", "DER", "-in", certFile.toString(), "-out", certPem.toString());
        List<String> verify = new ArrayList<>(List.of("openssl", "verify"));
        if (ca.startsWith("sm2")) {
            // openssl 3.0 applies the SM2 ID only to the certificate it verifies: check the link to the issuing CA
            verify.addAll(List.of("-vfyopt", "distid:1234567812345678", "-partial_chain", "-CAfile",
                    caPem(ca).toString(), certPem.toString()));
        } else {
            verify.addAll(List.of("-CAfile", caPem(ca.replace("issuing", "root")).toString(), "-untrusted",
                    caPem(ca).toString(), certPem.toString()));
        }
        assertThat(run(verify.toArray(String[]::new))).contains("ukey.pem: OK");

        String waybill = "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        ok(accounts.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/shipment", staff,
                Map.of("carrier", "SF", "trackingNumber", waybill)), 200);
        assertThat(accounts.call(HttpMethod.GET, "/api/v1/orders/" + id, token, null).getBody().get("status"))
                .isEqualTo("SHIPPED");
    }

    private String pinMessage(String mobile) {
        List<Map> messages = http.getForObject("/sandbox/api/messages?to=" + mobile, List.class);
        return messages.stream().map(m -> (String) m.get("text")).filter(t -> t != null && t.contains("口令"))
                .findFirst().orElse(null);
    }

    private Path caPem(String name) throws Exception {
        byte[] der = http.getForObject("/pki/ca/" + name + ".crt", byte[].class);
        Path file = dir.resolve(name + ".pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    private String run(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return out;
    }

    private static HttpEntity<Void> auth(String token, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set(HttpHeaders.ACCEPT, accept);
        return new HttpEntity<>(headers);
    }

    private ResponseEntity<Map> upload(String token, String path, String kind, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", kind);
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return kind.toLowerCase() + ".jpg";
            }
        });
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    private static Map ok(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody();
    }

    private static Map<String, Object> organization(String mobile) {
        Map<String, Object> org = new HashMap<>();
        org.put("name", "测试科技有限公司");
        org.put("uscc", Identities.uscc());
        org.put("address", "北京市海淀区中关村大街 1 号");
        org.put("legalRep", party("李法人", mobile, null));
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", party("王经办", mobile, "wang@example.com"));
        body.put("handlerIsLegalRep", true);
        return body;
    }

    private static Map<String, Object> party(String name, String mobile, String email) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", Identities.residentId());
        p.put("mobile", mobile);
        p.put("email", email);
        p.put("address", "北京市海淀区中关村大街 1 号");
        p.put("department", "信息部");
        return p;
    }
}
