package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.KeyAlgorithm;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.junit.jupiter.api.Test;

/** Holders' PKCS#12: AES-256 for both bags, HMAC-SHA256 MAC, readable by the JDK (docs/pki.md). */
class Pkcs12FilesTests {

    @Test
    void bothBagsUseAes256UnderPbkdf2HmacSha256AndTheMacIsHmacSha256() throws Exception {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.EC_P256);
        byte[] p12 = Pkcs12Files.of(pair.getPrivate(), List.of(selfSigned(pair)), "12345678");

        PKCS12PfxPdu pfx = new PKCS12PfxPdu(p12);
        assertThat(pfx.getMacAlgorithmID().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider().setProvider(Crypto.BC),
                "12345678".toCharArray())).isTrue();
        List<AlgorithmIdentifier> schemes = new ArrayList<>();
        for (ContentInfo info : pfx.getContentInfos()) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                schemes.add(EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm());
            } else {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                    assertThat(bag.getType()).isEqualTo(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag);
                    schemes.add(((org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo) bag.getBagValue())
                            .getEncryptionAlgorithm());
                }
            }
        }
        assertThat(schemes).hasSize(2).allSatisfy(scheme -> {
            assertThat(scheme.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
            PBES2Parameters pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
            ASN1ObjectIdentifier cipher = pbes2.getEncryptionScheme().getAlgorithm();
            assertThat(cipher).isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
            PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
            assertThat(kdf.getPrf().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_hmacWithSHA256);
            assertThat(kdf.getIterationCount()).isEqualTo(BigInteger.valueOf(Pkcs12Files.ITERATIONS));
        });

        KeyStore jdk = KeyStore.getInstance("PKCS12", "SUN");
        jdk.load(new ByteArrayInputStream(p12), "12345678".toCharArray());
        assertThat(((ECPrivateKey) jdk.getKey("certificate", "12345678".toCharArray())).getS())
                .isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
        assertThat(jdk.getCertificateChain("certificate")).hasSize(1);
    }

    private static X509Certificate selfSigned(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=holder");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().setProvider(Crypto.BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now),
                        Date.from(now.plusSeconds(3600)), name, pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Crypto.BC)
                                .build(pair.getPrivate())));
    }
}
