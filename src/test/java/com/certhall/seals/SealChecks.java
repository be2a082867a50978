package com.certhall.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Openssl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks of a stored GB/T 38540 SESeal with tools CertHall did not write (docs/seals.md "Structure"): openssl's
 * {@code asn1parse} reads it, and {@code openssl dgst -sm3 -verify} verifies the maker's SM2 signature over the DER
 * SES_SealInfo taken apart by the tests' own DER reader.
 */
final class SealChecks {

    private SealChecks() {
    }

    /** Parses and verifies {@code seSeal} in {@code dir}; it must carry {@code esId}, {@code certDer} and the PNG. */
    static void verified(Path dir, byte[] seSeal, String esId, byte[] certDer, byte[] png) throws Exception {
        Files.write(dir.resolve("seal.der"), seSeal);
        Openssl openssl = new Openssl(dir);
        String parsed = openssl.run("asn1parse", "-inform", "DER", "-in", "seal.der", "-i");
        assertThat(parsed).contains("IA5STRING         :ES").contains("INTEGER           :04")
                .contains("IA5STRING         :" + esId).contains("IA5STRING         :PNG")
                .contains(":SM2-with-SM3").doesNotContain("error");
        // the holder's certificate is in the cert list, the image is the PNG served
        assertThat(Der.indexOf(seSeal, certDer)).isPositive();
        assertThat(Der.indexOf(seSeal, png)).isPositive();

        // the maker's signature over the DER SES_SealInfo, checked by openssl with the maker's public key
        List<byte[]> parts = Der.children(seSeal);
        Files.write(dir.resolve("sealinfo.der"), parts.get(0));
        Files.write(dir.resolve("maker.der"), Der.contents(parts.get(1)));
        byte[] bits = Der.contents(parts.get(3));
        Files.write(dir.resolve("sig.der"), Arrays.copyOfRange(bits, 1, bits.length));
        openssl.run("x509", "-inform", "DER", "-in", "maker.der", "-pubkey", "-noout", "-out", "maker.pub");
        assertThat(openssl.run("dgst", "-sm3", "-verify", "maker.pub", "-signature", "sig.der", "-sigopt",
                "distid:1234567812345678", "sealinfo.der")).contains("Verified OK");
    }
}
