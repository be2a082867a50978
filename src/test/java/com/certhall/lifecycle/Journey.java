package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.support.Eventually;
import com.certhall.support.Openssl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One applicant's way through the public HTTP API, and the checks every journey ends with: the certificate from
 * {@code /api/v1/certificates} verified by {@code openssl verify} against the chain from {@code /pki/ca}, asked at
 * {@code /pki/ocsp} with {@code openssl ocsp} (good), revoked by staff, asked again (revoked).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Journey {

    static final String STAFF_PASSWORD = "Sandbox-2026!";

    final TestRestTemplate http;
    final AccountsClient accounts;
    final Path dir;
    final int port;
    final String token;
    final Openssl openssl;

    Journey(TestRestTemplate http, AccountsClient accounts, Path dir, int port) {
        this.http = http;
        this.accounts = accounts;
        this.dir = dir;
        this.port = port;
        this.openssl = new Openssl(dir);
        String login = "j" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        this.token = accounts.token(login, AccountsClient.PASSWORD);
    }

    String staff(String login) {
        return accounts.token(login, STAFF_PASSWORD);
    }

    ResponseEntity<Map> call(HttpMethod method, String path, Object body) {
        return accounts.call(method, path, token, body);
    }

    Map ok(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody();
    }

    String create(String channel, String subjectType) {
        return (String) ok(call(HttpMethod.POST, "/api/v1/orders", Map.of("channel", channel, "type", "NEW",
                "subjectType", subjectType, "agreementAccepted", true)), 201).get("id");
    }

    Map put(String id, String step, Object body) {
        return ok(call(HttpMethod.PUT, "/api/v1/orders/" + id + "/" + step, body), 200);
    }

    Map order(String id) {
        return ok(call(HttpMethod.GET, "/api/v1/orders/" + id, null), 200);
    }

    Object status(String id) {
        return order(id).get("status");
    }

    String awaitStatus(String id, Predicate<Object> wanted, String what) {
        return (String) Eventually.await(what, Duration.ofSeconds(60), () -> status(id), wanted);
    }

    void upload(String id, String kind, byte[] bytes, String fileName) {
        ok(multipart("/api/v1/orders/" + id + "/documents", kind, bytes, fileName), 201);
    }

    ResponseEntity<Map> multipart(String path, String kind, byte[] bytes, String fileName) {
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
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    /** Signs with the SMS code sent to the handler and submits; returns the order as the API answers. */
    Map submit(String id, String handlerMobile) {
        ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null), 202);
        return ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", accounts.recorder().codeFor(handlerMobile), "agreementAccepted", true)), 200);
    }

    /** Starts a QR payment of the quoted total and pays it at the sandbox cashier, as the payer's phone would. */
    Map payByQr(String id, String method, long totalFen) {
        Map payment = ok(call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments",
                Map.of("method", method, "amountFen", totalFen)), 201);
        assertThat(http.postForEntity("/sandbox/api/cashier/" + payment.get("paymentId") + "/pay", null, Map.class)
                .getStatusCode().value()).isEqualTo(200);
        return payment;
    }

    /** Waits until the payment reached the order (it moves on to review, or further when reviewed already). */
    void awaitPaid(String id) {
        assertThat(awaitStatus(id, s -> !"PENDING_PAYMENT".equals(s), "order paid")).isNotEqualTo("CANCELLED");
        assertThat(order(id).get("paid")).isEqualTo(true);
    }

    /** The reviewer approves; the review round opens after commit, so the decision is retried until it is there. */
    String approve(String id, String reviewer) {
        return (String) Eventually.await("reviewer's approval", Duration.ofSeconds(30), () -> {
            if ("PENDING_REVIEW".equals(status(id))) {
                accounts.call(HttpMethod.POST, "/api/v1/admin/reviews/" + id + "/decision", reviewer,
                        Map.of("decision", "APPROVE"));
            }
            return status(id);
        }, s -> !"PENDING_REVIEW".equals(s));
    }

    List<Map> certificates() {
        return http.exchange("/api/v1/certificates", HttpMethod.GET, auth(token, "application/json"), List.class)
                .getBody();
    }

    /** Downloads the certificate (DER) and writes it as PEM; returns the PEM file. */
    Path download(String serial) throws Exception {
        ResponseEntity<byte[]> der = http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                auth(token, "application/pkix-cert"), byte[].class);
        assertThat(der.getStatusCode().value()).isEqualTo(200);
        assertThat(der.getHeaders().getContentType().toString()).isEqualTo("application/pkix-cert");
        Path file = Files.write(dir.resolve(serial + ".der"), der.getBody());
        Path pem = dir.resolve(serial + ".pem");
        run("openssl", "x509", "-inform", "DER", "-in", file.toString(), "-out", pem.toString());
        return pem;
    }

    /**
     * {@code openssl verify} against the chain from {@code /pki/ca}. openssl 3.0 applies the SM2 ID only to the
     * certificate it verifies, so an SM2 certificate is checked against its issuing CA and the issuing CA against
     * the root, each link on its own.
     */
    void verifyChain(Path certPem, String caName) throws Exception {
        Path issuing = caPem(caName);
        Path root = caPem(caName.replace("issuing", "root"));
        if (caName.startsWith("sm2")) {
            assertThat(run("openssl", "verify", "-vfyopt", "distid:1234567812345678", "-partial_chain", "-CAfile",
                    issuing.toString(), certPem.toString())).contains(certPem.getFileName() + ": OK");
            assertThat(run("openssl", "verify", "-vfyopt", "distid:1234567812345678", "-CAfile", root.toString(),
                    issuing.toString())).contains(": OK");
        } else {
            assertThat(run("openssl", "verify", "-x509_strict", "-CAfile", root.toString(), "-untrusted",
                    issuing.toString(), certPem.toString())).contains(certPem.getFileName() + ": OK");
        }
    }

    /**
     * {@code openssl ocsp} says good; staff revoke; it says revoked with the reason. The response signature is
     * checked by openssl for ECC and RSA, and with Bouncy Castle for SM2 (openssl 3.0 has no SM2 ID option for
     * OCSP responses).
     */
    void ocspGoodThenRevoked(String serial, Path certPem, String caName, String staffToken) throws Exception {
        assertThat(ocsp(certPem, caName, "good")).contains(certPem + ": good");
        Map revoked = ok(accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation",
                staffToken, Map.of("reason", "cessationOfOperation")), 200);
        assertThat(revoked).containsEntry("status", "REVOKED");
        assertThat(ocsp(certPem, caName, "revoked")).contains(": revoked").contains("cessationOfOperation");
        assertThat(certificates()).filteredOn(c -> serial.equals(c.get("serialHex"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "REVOKED"));
    }

    private String ocsp(Path certPem, String caName, String label) throws Exception {
        Path issuing = caPem(caName);
        Path root = caPem(caName.replace("issuing", "root"));
        Path trust = Files.writeString(dir.resolve("trust-" + caName + ".pem"), Files.readString(issuing)
                + Files.readString(root));
        String url = "http://127.0.0.1:" + port + "/pki/ocsp";
        if (!caName.startsWith("sm2")) {
            String out = run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", certPem.toString(), "-url",
                    url, "-CAfile", trust.toString());
            assertThat(out).contains("Response verify OK");
            return out;
        }
        Path response = dir.resolve("ocsp-" + label + ".der");
        String out = run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", certPem.toString(), "-url", url,
                "-noverify", "-respout", response.toString());
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(Files.readAllBytes(response)).getResponseObject();
        X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
                .generateCertificate(new java.io.ByteArrayInputStream(basic.getCerts().length > 0
                        ? basic.getCerts()[0].getEncoded() : Files.readAllBytes(issuing)));
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider("BC").build(signer)))
                .as("SM2 OCSP response signature").isTrue();
        return out;
    }

    Path caPem(String name) throws Exception {
        Path file = dir.resolve(name + ".pem");
        return Files.exists(file) ? file
                : openssl.pemFile(name + ".pem", http.getForObject("/pki/ca/" + name + ".crt", byte[].class));
    }

    /** Runs an openssl command given in full ({@code "openssl", "verify", ...}) in the journey's directory. */
    String run(String... command) throws Exception {
        assertThat(command[0]).isEqualTo("openssl");
        return openssl.run(java.util.Arrays.copyOfRange(command, 1, command.length));
    }

    static HttpEntity<Void> auth(String token, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set(HttpHeaders.ACCEPT, accept);
        return new HttpEntity<>(headers);
    }

    /** An organisation body for {@code PUT .../subject}, full identifiers included (the test needs them). */
    static Map<String, Object> organization(String name, String uscc, String handlerMobile, boolean repHandles) {
        Map<String, Object> org = new HashMap<>();
        org.put("name", name);
        org.put("uscc", uscc);
        org.put("address", "北京市海淀区中关村大街 1 号");
        org.put("legalRep", party("李法人", repHandles ? handlerMobile : AccountsTestSupport.newMobile(), null));
        Map<String, Object> body = new HashMap<>();
        body.put("organization", org);
        body.put("handler", party("王经办", handlerMobile, "wang@example.com"));
        body.put("handlerIsLegalRep", repHandles);
        return body;
    }

    static Map<String, Object> party(String name, String mobile, String email) {
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

    static Map<String, Object> invoice() {
        return Map.of("bankName", "中国工商银行北京分行", "bankAccount", "0200 0045 0902 1234 567", "phone",
                "010-6288 8888", "address", "北京市海淀区中关村大街 1 号");
    }
}
