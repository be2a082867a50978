package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ocsp.OcspResponder;
import com.certhall.support.KnownPortIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * OCSP as Java clients use it by default: the JDK's revocation checker sends requests of up to 255 bytes by GET with
 * the base64 URL-encoded in the path (RFC 6960 Appendix A.1), so "/" arrives as %2F (docs/pki.md, URLs).
 */
@KnownPortIntegrationTest
class OcspJdkClientTests {

    @Autowired
    CertificateAuthority authority;

    @Value("${certhall.site.base-url}")
    String baseUrl;

    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void jdkCertPathValidatorInOcspModeAcceptsGoodAndRejectsRevoked(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate good = issue(algorithm);
        IssuedCertificate revoked = issue(algorithm);
        authority.revoke(algorithm.issuingCaName(), revoked.serialHex(), RevocationReason.KEY_COMPROMISE, null);

        assertThatCode(() -> validate(good)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(revoked)).isInstanceOf(CertPathValidatorException.class)
                .satisfies(e -> assertThat(((CertPathValidatorException) e).getReason())
                        .isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
    }

    @Test
    void getAcceptsEncodedSlashesAndUnencodedDoubleSlashes() throws Exception {
        IssuedCertificate issued = issue(KeyAlgorithm.EC_P256);
        List<X509Certificate> chain = chain(issued);
        for (BigInteger serial : List.of(new BigInteger(issued.serialHex(), 16),
                BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE))) {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC)
                    .build().get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(chain.get(1)), serial);
            String base64 = Base64.getEncoder().encodeToString(new OCSPReqBuilder().addRequest(id).build()
                    .getEncoded());
            String encoded = URLEncoder.encode(base64, StandardCharsets.UTF_8);
            if (serial.bitLength() == 120) {
                // fifteen 0xFF octets are "////…" in base64: "%2F%2F…" encoded, "//" unencoded
                assertThat(encoded).contains("%2F%2F");
                assertThat(base64).contains("//");
            }
            for (String path : List.of(encoded, base64)) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/pki/ocsp/" + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                var ocsp = OcspResponder.parse(response.body());
                assertThat(ocsp.getStatus()).as(path).isZero();
                var status = ((BasicOCSPResp) ocsp.getResponseObject()).getResponses()[0].getCertStatus();
                if (serial.bitLength() == 120) {
                    assertThat(status).as(path).isInstanceOf(UnknownStatus.class);
                } else {
                    assertThat(status).as(path).isNull();
                }
            }
        }
    }

    @Test
    void anEncodedSlashElsewhereIsStillRefusedWithoutAServerError() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/help/a%2Fb")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    private IssuedCertificate issue(KeyAlgorithm algorithm) {
        return authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, algorithm,
                PkiFixtures.csr(algorithm)));
    }

    /** The JDK's own PKIX (provider SUN) with its OCSP client: end entity only, no CRL fallback, no soft fail. */
    private static void validate(IssuedCertificate issued) throws Exception {
        List<X509Certificate> chain = chain(issued);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        CertPathValidator validator = CertPathValidator.getInstance("PKIX", "SUN");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.ONLY_END_ENTITY,
                PKIXRevocationChecker.Option.NO_FALLBACK));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(chain.get(2), null)));
        parameters.addCertPathChecker(checker);
        validator.validate(factory.generateCertPath(chain.subList(0, 2)), parameters);
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> chain(IssuedCertificate issued) throws Exception {
        return (List<X509Certificate>) CertificateFactory.getInstance("X.509").generateCertificates(
                new ByteArrayInputStream(issued.pemChain().getBytes(StandardCharsets.US_ASCII)));
    }
}
