package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Openssl;
import com.certhall.support.OrderApi;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The checks every certificate journey ends with, made with tools CertHall did not write: the applicant's
 * certificate from {@code /api/v1/certificates} verified by {@code openssl verify} against the chain from
 * {@code /pki/ca}, asked at {@code /pki/ocsp} with {@code openssl ocsp} (good), revoked by staff, asked again
 * (revoked). The orders themselves are driven by {@link OrderApi}.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class CertificateChecks {

    private final OrderApi api;
    private final Path dir;
    private final int port;
    private final Openssl openssl;

    /** Checks for the applicant of {@code api}, asking the server {@code api} calls; files go to {@code dir}. */
    CertificateChecks(OrderApi api, Path dir) {
        this.api = api;
        this.dir = dir;
        this.port = URI.create(api.http().getRootUri()).getPort();
        this.openssl = new Openssl(dir);
    }

    List<Map> certificates() {
        return api.http().exchange("/api/v1/certificates", HttpMethod.GET,
                OrderApi.bearer(api.token(), "application/json"), List.class)
                .getBody();
    }

    /** Downloads the certificate (DER) and writes it as PEM; returns the PEM file. */
    Path download(String serial) throws Exception {
        ResponseEntity<byte[]> der = api.http().exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                OrderApi.bearer(api.token(), "application/pkix-cert"), byte[].class);
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
        Map revoked = api.ok(api.accounts().call(HttpMethod.POST,
                "/api/v1/admin/certificates/" + serial + "/revocation",
                staffToken, Map.of("reason", "cessationOfOperation")), 200);
        assertThat(revoked).containsEntry("status", "REVOKED");
        assertThat(ocsp(certPem, caName, "revoked")).contains(": revoked").contains("cessationOfOperation");
        assertThat(certificates()).filteredOn(c -> serial.equals(c.get("serialHex"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "REVOKED"));
    }

    /**
     * The end of a channel journey: the certificate's subject (as {@code openssl x509 -subject} prints it in UTF-8)
     * contains {@code subjectPart}, {@link #verifyChain} against {@code caName}, then {@link #ocspGoodThenRevoked}.
     */
    void subjectChainAndRevocation(String serial, Path certPem, String subjectPart, String caName, String staffToken)
            throws Exception {
        assertThat(subject(certPem)).contains(subjectPart);
        verifyChain(certPem, caName);
        ocspGoodThenRevoked(serial, certPem, caName, staffToken);
    }

    /** The subject line {@code openssl x509 -subject} prints, in UTF-8 with RDNs separated by commas. */
    String subject(Path certPem) throws Exception {
        return run("openssl", "x509", "-in", certPem.toString(), "-noout", "-subject", "-nameopt",
                "utf8,sep_comma_plus");
    }

    String ocsp(Path certPem, String caName, String label) throws Exception {
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
                : openssl.pemFile(name + ".pem",
                        api.http().getForObject("/pki/ca/" + name + ".crt", byte[].class));
    }

    /** Runs an openssl command given in full ({@code "openssl", "verify", ...}) in the journey's directory. */
    String run(String... command) throws Exception {
        assertThat(command[0]).isEqualTo("openssl");
        return openssl.run(java.util.Arrays.copyOfRange(command, 1, command.length));
    }
}
