package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ocsp.OcspResponder;
import com.certhall.support.ServerHttp;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OCSP and CRL as relying parties fetch them over HTTP: RFC 5019 §6.2 caching headers and 304s, RFC 9654 nonce
 * lengths, reasons and invalidity dates, hold release, CRL entry order (docs/pki.md).
 */
@WebIntegrationTest
class OcspCrlHttpTests {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Autowired
    CertificateAuthority authority;

    @Autowired
    ServerHttp server;

    @Test
    void ocspGetCarriesRfc5019CachingHeadersAndAnswers304() throws Exception {
        IssuedCertificate issued = issue(KeyAlgorithm.EC_P256);
        String path = "/pki/ocsp/" + URLEncoder.encode(Base64.getEncoder().encodeToString(request(issued, null)),
                StandardCharsets.UTF_8);
        HttpResponse<byte[]> first = get(path, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String cacheControl = first.headers().firstValue("Cache-Control").orElseThrow();
        assertThat(cacheControl).contains("public").doesNotContain("no-store").doesNotContain("no-cache");
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        assertThat(maxAge.find()).isTrue();
        assertThat(Long.parseLong(maxAge.group(1))).isBetween(1L, 3600L);
        BasicOCSPResp basic = basic(first.body());
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Expires")).isPresent();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(java.time.ZonedDateTime.parse(first.headers().firstValue("Last-Modified").orElseThrow(),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(basic.getProducedAt().toInstant());
        assertThat(java.time.ZonedDateTime.parse(first.headers().firstValue("Expires").orElseThrow(),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(basic.getResponses()[0].getNextUpdate().toInstant());

        HttpResponse<byte[]> again = get(path, etag, null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // A response echoing a nonce is for one client only
        String withNonce = "/pki/ocsp/" + URLEncoder.encode(Base64.getEncoder().encodeToString(
                request(issued, new byte[16])), StandardCharsets.UTF_8);
        assertThat(get(withNonce, null, null).headers().firstValue("Cache-Control").orElseThrow())
                .contains("no-store");
    }

    @Test
    void crlsAndCaCertificatesCarryValidatorsAndAnswerConditionalRequestsWith304() throws Exception {
        for (String path : List.of("/pki/crl/ecc-issuing.crl", "/pki/ca/ecc-root.crt", "/pki/ca/rsa-issuing.crt")) {
            HttpResponse<byte[]> first = get(path, null, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String cacheControl = first.headers().firstValue("Cache-Control").orElseThrow();
            assertThat(cacheControl).as(path).contains("max-age=").doesNotContain("no-cache");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(get(path, etag, null).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, null, lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, "\"other\"", null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void noncesOfOneTo128OctetsAreEchoedAndLongerOnesAreMalformed() throws Exception {
        IssuedCertificate issued = issue(KeyAlgorithm.EC_P256);
        for (int length : new int[] {1, 32, 128}) {
            byte[] nonce = new byte[length];
            nonce[0] = (byte) length;
            HttpResponse<byte[]> response = post(request(issued, nonce));
            BasicOCSPResp basic = basic(response.body());
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            assertThat(echoed).as("nonce of " + length).isNotNull();
            assertThat(DEROctetString.getInstance(echoed.getExtnValue().getOctets()).getOctets()).isEqualTo(nonce);
        }
        assertThat(OcspResponder.parse(post(request(issued, new byte[129])).body()).getStatus()).isEqualTo(1);
        assertThat(OcspResponder.parse(post(request(issued, new byte[0])).body()).getStatus()).isEqualTo(1);
    }

    @Test
    void unspecifiedCarriesNoReasonAndAnInvalidityDateReachesOcspAndTheCrl() throws Exception {
        IssuedCertificate unspecified = issue(KeyAlgorithm.RSA_2048);
        IssuedCertificate compromised = issue(KeyAlgorithm.RSA_2048);
        Instant invalidSince = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        authority.revoke("rsa-issuing", unspecified.serialHex(), RevocationReason.UNSPECIFIED, null);
        authority.revoke("rsa-issuing", compromised.serialHex(), RevocationReason.KEY_COMPROMISE, invalidSince);

        RevokedStatus none = (RevokedStatus) single(post(request(unspecified, new byte[8])).body()).getCertStatus();
        assertThat(none.hasRevocationReason()).isFalse();
        SingleResp keyCompromise = single(post(request(compromised, new byte[8])).body());
        assertThat(((RevokedStatus) keyCompromise.getCertStatus()).getRevocationReason()).isEqualTo(1);
        Extension invalidity = keyCompromise.getExtension(Extension.invalidityDate);
        assertThat(invalidity).isNotNull();
        assertThat(ASN1GeneralizedTime.getInstance(invalidity.getParsedValue()).getDate().toInstant())
                .isEqualTo(invalidSince);

        X509CRLHolder crl = new X509CRLHolder(get("/pki/crl/rsa-issuing.crl", null, null).body());
        X509CRLEntryHolder entry = crl.getRevokedCertificate(new BigInteger(compromised.serialHex(), 16));
        Extensions extensions = entry.getExtensions();
        assertThat(ASN1GeneralizedTime.getInstance(extensions.getExtension(Extension.invalidityDate)
                .getParsedValue()).getDate().toInstant()).isEqualTo(invalidSince);
        assertThat(crl.getRevokedCertificate(new BigInteger(unspecified.serialHex(), 16)).getExtensions()).isNull();
    }

    @Test
    void answersSignedPerRequestTurnRevokedAtOnceAfterAGoodOneAndEchoTheirNonce() throws Exception {
        IssuedCertificate issued = issue(KeyAlgorithm.RSA_2048);
        byte[] first = {1, 2, 3, 4};
        BasicOCSPResp good = basic(post(request(issued, first)).body());
        assertThat(good.getResponses()[0].getCertStatus()).isNull(); // good; the status is now held in memory
        authority.revoke("rsa-issuing", issued.serialHex(), RevocationReason.KEY_COMPROMISE, null);
        byte[] second = {5, 6, 7, 8};
        BasicOCSPResp revoked = basic(post(request(issued, second)).body());
        assertThat(revoked.getResponses()[0].getCertStatus()).isInstanceOf(RevokedStatus.class);
        assertThat(DEROctetString.getInstance(revoked.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                .getExtnValue().getOctets()).getOctets()).isEqualTo(second);
    }

    @Test
    void aReleasedHoldIsGoodInOcspAndGoneFromTheCrlAtOnce() throws Exception {
        IssuedCertificate held = issue(KeyAlgorithm.EC_P256);
        byte[] cachedRequest = request(held, null);
        authority.revoke("ecc-issuing", held.serialHex(), RevocationReason.CERTIFICATE_HOLD, null);
        assertThat(single(post(cachedRequest).body()).getCertStatus()).isInstanceOf(RevokedStatus.class);
        assertThat(crlSerials("ecc-issuing")).contains(new BigInteger(held.serialHex(), 16));

        authority.releaseHold("ecc-issuing", held.serialHex());
        assertThat(single(post(cachedRequest).body()).getCertStatus()).isNull();
        assertThat(crlSerials("ecc-issuing")).doesNotContain(new BigInteger(held.serialHex(), 16));
    }

    @Test
    void crlEntriesAreInAscendingSerialOrder() throws Exception {
        for (int i = 0; i < 12; i++) {
            authority.revoke("ecc-issuing", issue(KeyAlgorithm.EC_P256).serialHex(), RevocationReason.SUPERSEDED,
                    null);
        }
        List<BigInteger> serials = crlSerials("ecc-issuing");
        assertThat(serials).hasSizeGreaterThanOrEqualTo(12).isSorted();
    }

    private List<BigInteger> crlSerials(String ca) throws Exception {
        X509CRLHolder crl = new X509CRLHolder(get("/pki/crl/" + ca + ".crl", null, null).body());
        List<BigInteger> serials = new ArrayList<>();
        for (Object entry : crl.getRevokedCertificates()) {
            serials.add(((X509CRLEntryHolder) entry).getSerialNumber());
        }
        return serials;
    }

    @Test
    void ocspPostTakesTheLeanPathWithoutSessionOrSecurityChain() throws Exception {
        IssuedCertificate issued = issue(KeyAlgorithm.RSA_2048);
        byte[] request = request(issued, null);
        HttpResponse<byte[]> first = post(request);
        HttpResponse<byte[]> second = post(request);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(second.body()).isEqualTo(first.body()); // the cached answer, byte for byte
        assertThat(single(second.body()).getCertStatus()).isNull(); // good
        // Answered before Spring Security's filter chain (which adds these to every response it sees) and the session.
        assertThat(first.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<byte[]> huge = post(new byte[70 * 1024]);
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(OcspResponder.parse(huge.body()).getStatus()).isEqualTo(1); // malformedRequest
        assertThat(huge.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void ocspGetTakesTheLeanPathAndItsAnswerVerifiesWithOpenssl(@TempDir Path dir) throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedCertificate issued = issue(KeyAlgorithm.EC_P256);
        String path = "/pki/ocsp/" + URLEncoder.encode(Base64.getEncoder().encodeToString(request(issued, null)),
                StandardCharsets.UTF_8);
        HttpResponse<byte[]> first = get(path, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        // Answered before Spring Security's filter chain (which adds these to every response it sees) and the session.
        assertThat(first.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get(path, null, null).body()).isEqualTo(first.body()); // the cached answer, byte for byte

        Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
        Path trust = Files.writeString(dir.resolve("trust.pem"),
                Files.readString(chain[1]) + Files.readString(chain[2]));
        Path answer = Files.write(dir.resolve("answer.der"), first.body());
        String output = PkiFixtures.run(dir, "openssl", "ocsp", "-respin", answer.toString(), "-issuer",
                chain[1].toString(), "-cert", chain[0].toString(), "-CAfile", trust.toString(), "-no_nonce").output();
        assertThat(output).contains("Response verify OK").contains(chain[0] + ": good").doesNotContain("WARNING");

        // Conditional GETs on the lean path: by date as by tag (RFC 9110 §13.1), and a tag that differs
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> byDate = get(path, null, lastModified);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byDate.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(get(path, "\"other\"", lastModified).statusCode()).isEqualTo(200);

        // HEAD: the same headers, no body
        HttpResponse<byte[]> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(head.body()).isEmpty();
    }

    private IssuedCertificate issue(KeyAlgorithm algorithm) {
        return authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, algorithm,
                PkiFixtures.csr(algorithm)));
    }

    private static byte[] request(IssuedCertificate issued, byte[] nonce) throws Exception {
        X509Certificate issuer = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificates(
                new ByteArrayInputStream(issued.pemChain().getBytes(StandardCharsets.US_ASCII))).toArray()[1];
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build()
                .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer),
                new BigInteger(issued.serialHex(), 16));
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false, new DEROctetString(new DEROctetString(nonce).getEncoded()))));
        }
        return builder.build().getEncoded();
    }

    private static BasicOCSPResp basic(byte[] der) throws Exception {
        var response = OcspResponder.parse(der);
        assertThat(response.getStatus()).isZero();
        return (BasicOCSPResp) response.getResponseObject();
    }

    private static SingleResp single(byte[] der) throws Exception {
        return basic(der).getResponses()[0];
    }

    private HttpResponse<byte[]> post(byte[] body) throws Exception {
        return server.post("/pki/ocsp", "application/ocsp-request", body);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch, String ifModifiedSince) throws Exception {
        List<String> headers = new ArrayList<>();
        if (ifNoneMatch != null) {
            headers.addAll(List.of("If-None-Match", ifNoneMatch));
        }
        if (ifModifiedSince != null) {
            headers.addAll(List.of("If-Modified-Since", ifModifiedSince));
        }
        return server.get(path, headers.toArray(String[]::new));
    }
}
