package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.CertificateMaker;
import com.certhall.pki.ca.Crypto;
import com.certhall.support.IntegrationTest;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** SM2 (GM/T 0015): chain verification with Bouncy Castle PKIX and openssl, identity extensions. */
@IntegrationTest
class Sm2CertificateTests {

    @Autowired
    CertificateAuthority authority;

    @TempDir
    Path dir;

    @Test
    void sm2ChainValidatesWithBouncyCastlePkix() throws Exception {
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.SM2,
                PkiFixtures.csr(KeyAlgorithm.SM2)));
        CertificateFactory factory = CertificateFactory.getInstance("X.509", Crypto.BC);
        List<X509Certificate> chain = factory.generateCertificates(new ByteArrayInputStream(
                issued.pemChain().getBytes())).stream().map(c -> (X509Certificate) c).toList();
        assertThat(chain).hasSize(3);
        assertThat(chain.get(0).getSigAlgName()).isEqualToIgnoringCase("SM3WITHSM2");
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(chain.get(2), null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX", Crypto.BC)
                .validate(factory.generateCertPath(chain.subList(0, 2)), params);
        chain.get(2).verify(chain.get(2).getPublicKey(), Crypto.BC); // root self-signature, default user ID
    }

    @Test
    void opensslVerifiesTheSm2ChainWithTheStandardUserId() throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.ORGANIZATION,
                KeyAlgorithm.SM2, PkiFixtures.csr(KeyAlgorithm.SM2)));
        Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
        // openssl applies -vfyopt only to the target certificate's signature (OpenSSL 3), so each link of
        // the chain is checked as its own target: issuing CA against the root, leaf against the issuing CA.
        var issuing = PkiFixtures.run(dir, "openssl", "verify", "-vfyopt", "distid:1234567812345678", "-CAfile",
                chain[2].toString(), chain[1].toString());
        assertThat(issuing.output()).contains(": OK");
        var leaf = PkiFixtures.run(dir, "openssl", "verify", "-vfyopt", "distid:1234567812345678", "-partial_chain",
                "-CAfile", chain[1].toString(), chain[0].toString());
        assertThat(leaf.output()).contains(": OK");
        var wrongId = PkiFixtures.run(dir, "openssl", "verify", "-vfyopt", "distid:0000000000000000",
                "-partial_chain", "-CAfile", chain[1].toString(), chain[0].toString());
        assertThat(wrongId.exit()).isNotZero();
    }

    @Test
    void personalCertificateCarriesTheResidentIdExtension() throws Exception {
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.LEGAL_REPRESENTATIVE,
                KeyAlgorithm.SM2, PkiFixtures.csr(KeyAlgorithm.SM2)));
        X509CertificateHolder cert = new X509CertificateHolder(issued.der());
        var id = cert.getExtension(CertificateMaker.GMT_RESIDENT_ID);
        assertThat(id).isNotNull();
        assertThat(id.isCritical()).isFalse();
        assertThat(ASN1Primitive.fromByteArray(id.getExtnValue().getOctets()))
                .isEqualTo(new DERPrintableString(PkiFixtures.ID.value()));
        var uscc = cert.getExtension(CertificateMaker.GMT_USCC);
        assertThat(DERPrintableString.getInstance(uscc.getParsedValue()).getString())
                .isEqualTo(PkiFixtures.USCC.value());
        assertThat(cert.getSubject().toString()).contains("SERIALNUMBER=" + PkiFixtures.ID.value()).contains("C=CN");
        assertThat(authority.find(issued.serialHex()).orElseThrow().subjectDn())
                .doesNotContain(PkiFixtures.ID.value());
    }

    @Test
    void organizationCertificateCarriesOnlyTheUsccExtension() throws Exception {
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.ORGANIZATION,
                KeyAlgorithm.SM2, PkiFixtures.csr(KeyAlgorithm.SM2)));
        X509CertificateHolder cert = new X509CertificateHolder(issued.der());
        assertThat(cert.getExtension(CertificateMaker.GMT_RESIDENT_ID)).isNull();
        assertThat(DERPrintableString.getInstance(cert.getExtension(CertificateMaker.GMT_USCC).getParsedValue())
                .getString()).isEqualTo(PkiFixtures.USCC.value());
        assertThat(cert.getSubject().toString()).contains("SERIALNUMBER=" + PkiFixtures.USCC.value());
    }

    @Test
    void eccCertificatesCarryNoGmtExtensions() throws Exception {
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL,
                KeyAlgorithm.EC_P256, PkiFixtures.csr(KeyAlgorithm.EC_P256)));
        X509CertificateHolder cert = new X509CertificateHolder(issued.der());
        assertThat(cert.getExtension(CertificateMaker.GMT_RESIDENT_ID)).isNull();
    }
}
