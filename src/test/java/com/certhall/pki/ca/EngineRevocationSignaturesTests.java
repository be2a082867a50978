package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.support.Openssl;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CRLs and OCSP answers signed through each native engine (docs/pki.md "Crypto engine") with a key converted as soft
 * CA keys are, checked by verifiers that share no code with the signer: the JDK's SunEC and SunRsaSign, and openssl.
 */
class EngineRevocationSignaturesTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"accp,EC_P256", "accp,RSA_2048", "conscrypt,EC_P256", "conscrypt,RSA_2048"})
    void crlsAndOcspAnswersSignedThroughTheEngineVerifyWithTheJdkAndOpenssl(String wanted, KeyAlgorithm algorithm)
            throws Exception {
        TestEnvironment.requireCommand("openssl");
        SignatureEngine engine = SignatureEngine.choose(wanted);
        assumeTrue(engine.name().equals(wanted) || System.getenv("CI") != null, wanted + " does not load here");
        assertThat(engine.name()).isEqualTo(wanted);
        KeyPair pair = Crypto.generateKeyPair(algorithm);
        var source = new DirectContentSigner.Source(Crypto.signatureAlgorithm(algorithm),
                engine.signingKey(pair.getPrivate(), algorithm), engine.providerFor(algorithm));
        X500Name name = new X500Name("CN=engine revocation test");
        Date now = new Date(System.currentTimeMillis() - 60_000);
        Date later = new Date(now.getTime() + 86_400_000L);
        X509CertificateHolder ca = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now, later, name,
                pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign
                        | KeyUsage.digitalSignature))
                .build(source.next());
        X509Certificate jdkCa = (X509Certificate) CertificateFactory.getInstance("X.509", "SUN")
                .generateCertificate(new ByteArrayInputStream(ca.getEncoded()));
        Path caPem = new Openssl(dir).pemFile("ca.pem", ca.getEncoded());
        String jdkProvider = algorithm == KeyAlgorithm.EC_P256 ? "SunEC" : "SunRsaSign";

        X509v2CRLBuilder crl = new X509v2CRLBuilder(name, now).setNextUpdate(later);
        crl.addCRLEntry(BigInteger.valueOf(42), now, CRLReason.keyCompromise);
        byte[] crlDer = crl.build(source.next()).getEncoded();
        X509CRL jdkCrl = (X509CRL) CertificateFactory.getInstance("X.509", "SUN")
                .generateCRL(new ByteArrayInputStream(crlDer));
        jdkCrl.verify(jdkCa.getPublicKey(), jdkProvider); // throws when the signature is wrong
        crlDer[crlDer.length - 3] ^= 1; // a flipped bit in the signature value: the check must be able to fail
        X509CRL broken = (X509CRL) CertificateFactory.getInstance("X.509", "SUN")
                .generateCRL(new ByteArrayInputStream(crlDer));
        assertThatThrownBy(() -> broken.verify(jdkCa.getPublicKey(), jdkProvider))
                .isInstanceOf(SignatureException.class);
        crlDer[crlDer.length - 3] ^= 1;
        Path crlFile = Files.write(dir.resolve("ca.crl"), crlDer);
        assertThat(new Openssl(dir).run("crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile",
                caPem.toString(), "-noout")).contains("verify OK");

        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), ca, BigInteger.valueOf(42));
        BasicOCSPResp basic = new BasicOCSPRespBuilder(new RespID(name))
                .addResponse(id, new RevokedStatus(now, CRLReason.keyCompromise), now, later)
                .build(source.next(), new X509CertificateHolder[] {ca}, now);
        Signature jdk = Signature.getInstance(Crypto.signatureAlgorithm(algorithm), jdkProvider);
        jdk.initVerify(jdkCa.getPublicKey());
        jdk.update(basic.getTBSResponseData());
        assertThat(jdk.verify(basic.getSignature())).isTrue();
        OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
        Path answer = Files.write(dir.resolve("answer.der"), response.getEncoded());
        String openssl = new Openssl(dir).run("ocsp", "-respin", answer.toString(), "-CAfile", caPem.toString(),
                "-issuer", caPem.toString(), "-serial", "42");
        assertThat(openssl).contains("Response verify OK").contains("42: revoked");
    }
}
