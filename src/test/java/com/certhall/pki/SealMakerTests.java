package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.CommandLine;
import com.certhall.support.IntegrationTest;
import com.certhall.support.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GB/T 38540-2020 seals of the CA's seal maker (docs/seals.md "Structure"), checked with openssl: the structure with
 * {@code asn1parse}, the maker's SM2 signature over the DER SES_SealInfo with {@code dgst -sm3 -verify}.
 */
@IntegrationTest
class SealMakerTests {

    @Autowired
    SealMaker maker;

    @Autowired
    CertificateAuthority authority;

    @TempDir
    Path dir;

    @Test
    void opensslReadsTheSealAndVerifiesTheMakersSignatureOverTheSealInfo() throws Exception {
        TestEnvironment.requireCommand("openssl");
        byte[] signer = authority.issue(PkiFixtures.request(CertificateProfile.ESEAL, KeyAlgorithm.SM2,
                PkiFixtures.csr(KeyAlgorithm.SM2))).der();
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        SealMaker.MadeSeal seal = maker.make(new SealMaker.SealContent("CH2026120500000001", 1, "北京煤炭贸易有限公司",
                List.of(signer), "PNG", image, 42, 42, Instant.parse("2026-12-05T00:00:00Z"),
                Instant.parse("2028-12-05T00:00:00Z")));
        Files.write(dir.resolve("seal.der"), seal.seSeal());
        CommandLine.Result parsed = PkiFixtures.run(dir, "openssl", "asn1parse", "-inform", "DER", "-in", "seal.der",
                "-i");
        assertThat(parsed.exit()).as(parsed.output()).isZero();
        assertThat(parsed.output()).contains("IA5STRING         :ES").contains("INTEGER           :04")
                .contains("IA5STRING         :CertHall").contains("IA5STRING         :CH2026120500000001")
                .contains("IA5STRING         :PNG").contains("INTEGER           :2A")
                .contains("GENERALIZEDTIME   :20281205000000Z").contains(":SM2-with-SM3").contains("BIT STRING");

        ASN1Sequence top = ASN1Sequence.getInstance(seal.seSeal());
        assertThat(top.size()).isEqualTo(4);
        assertThat(top.getObjectAt(0).toASN1Primitive().getEncoded("DER")).isEqualTo(seal.sealInfo());
        byte[] makerDer = DEROctetString.getInstance(top.getObjectAt(1)).getOctets();
        X509CertificateHolder makerCert = new X509CertificateHolder(makerDer);
        assertThat(makerCert.getSubject().toString()).contains("SM2 Seal Maker");
        assertThat(makerCert.getIssuer().toString()).contains("SM2 Issuing CA");
        ASN1Sequence property = ASN1Sequence.getInstance(ASN1Sequence.getInstance(seal.sealInfo()).getObjectAt(2));
        assertThat(DEROctetString.getInstance(ASN1Sequence.getInstance(property.getObjectAt(3)).getObjectAt(0))
                .getOctets()).isEqualTo(signer);

        Files.write(dir.resolve("sealinfo.der"), seal.sealInfo());
        Files.write(dir.resolve("sig.der"), DERBitString.getInstance(top.getObjectAt(3)).getOctets());
        Files.writeString(dir.resolve("maker.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(makerDer)
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        CommandLine.Result pub = PkiFixtures.run(dir, "openssl", "x509", "-in", "maker.pem", "-pubkey", "-noout",
                "-out", "maker.pub");
        assertThat(pub.exit()).as(pub.output()).isZero();
        CommandLine.Result verified = PkiFixtures.run(dir, "openssl", "dgst", "-sm3", "-verify", "maker.pub",
                "-signature", "sig.der", "-sigopt", "distid:1234567812345678", "sealinfo.der");
        assertThat(verified.output()).contains("Verified OK");
        Files.write(dir.resolve("changed.der"), seal.sealInfo().clone());
        byte[] changed = Files.readAllBytes(dir.resolve("changed.der"));
        changed[changed.length - 1] ^= 1;
        Files.write(dir.resolve("changed.der"), changed);
        CommandLine.Result refused = PkiFixtures.run(dir, "openssl", "dgst", "-sm3", "-verify", "maker.pub",
                "-signature", "sig.der", "-sigopt", "distid:1234567812345678", "changed.der");
        assertThat(refused.output()).contains("Verification failure");
    }
}
