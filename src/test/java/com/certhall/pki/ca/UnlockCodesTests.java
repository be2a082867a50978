package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Openssl;
import com.certhall.support.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UKEY unlock test vectors of docs/lifecycle.md ("PIN unlock"): master key, token serial and challenge to the
 * per-token key and the response code. The expected values were computed with openssl 3.0 ({@code openssl mac
 * -digest SM3 ... HMAC} and {@code openssl enc -sm4-ecb -nopad}), and the openssl test recomputes them with that
 * tool, so the code under test is never its own verifier. SM4 itself is pinned by the example of GB/T 32907-2016
 * (GM/T 0002-2012) Appendix A.
 */
class UnlockCodesTests {

    private static final HexFormat HEX = HexFormat.of();
    static final String MASTER = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    /** serial, challenge, per-token key, response. */
    static final String[][] VECTORS = {
            {"CHK0000000000001", "0123456789ABCDEF", "0400FA5EB22E6D6AF75F04FB29CAA20A", "24D33D063FCC79CA"},
            {"CHK4711000000042", "FEDCBA9876543210", "2906B8B0D163A12C55D39F08E982D400", "34D9411F90E27F56"},
    };

    @Test
    void theTestVectorsHold() {
        for (String[] v : VECTORS) {
            byte[] key = UnlockCodes.tokenKey(HEX.parseHex(MASTER), v[0]);
            assertThat(HEX.formatHex(key)).as("token key of %s", v[0]).isEqualToIgnoringCase(v[2]);
            assertThat(HEX.formatHex(UnlockCodes.response(key, HEX.parseHex(v[1]))))
                    .as("response of %s to %s", v[0], v[1]).isEqualToIgnoringCase(v[3]);
        }
    }

    @Test
    void aDifferentSerialOrChallengeGivesADifferentCode() {
        byte[] master = HEX.parseHex(MASTER);
        byte[] key = UnlockCodes.tokenKey(master, "CHK0000000000001");
        assertThat(UnlockCodes.tokenKey(master, "CHK0000000000002")).isNotEqualTo(key);
        assertThat(UnlockCodes.response(key, HEX.parseHex("0123456789ABCDEE")))
                .isNotEqualTo(UnlockCodes.response(key, HEX.parseHex("0123456789ABCDEF")));
    }

    @Test
    void opensslComputesTheSameCodes(@TempDir Path dir) throws Exception {
        TestEnvironment.requireCommand("openssl");
        Openssl openssl = new Openssl(dir);
        // the SM4 example of GB/T 32907-2016 Appendix A.1: the tool's SM4 is the standard's
        Files.write(dir.resolve("a1.bin"), HEX.parseHex("0123456789abcdeffedcba9876543210"));
        openssl.run("enc", "-sm4-ecb", "-nopad", "-K", "0123456789abcdeffedcba9876543210", "-in", "a1.bin",
                "-out", "a1.out");
        assertThat(HEX.formatHex(Files.readAllBytes(dir.resolve("a1.out"))))
                .isEqualTo("681edf34d206965e86b3e94f536e4246");
        for (String[] v : VECTORS) {
            byte[] label = ("CertHall-UKEY-unlock\0" + v[0]).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Files.write(dir.resolve("label.bin"), label);
            String mac = openssl.run("mac", "-digest", "SM3", "-macopt", "hexkey:" + MASTER, "-in", "label.bin",
                    "HMAC").strip();
            String key = mac.substring(0, 32);
            assertThat(key).isEqualToIgnoringCase(v[2]);
            Files.write(dir.resolve("block.bin"), HEX.parseHex(v[1] + "8000000000000000"));
            openssl.run("enc", "-sm4-ecb", "-nopad", "-K", key, "-in", "block.bin", "-out", "block.out");
            String response = HEX.formatHex(Files.readAllBytes(dir.resolve("block.out"))).substring(0, 16);
            assertThat(response).isEqualToIgnoringCase(v[3]);
            assertThat(HEX.formatHex(UnlockCodes.response(UnlockCodes.tokenKey(HEX.parseHex(MASTER), v[0]),
                    HEX.parseHex(v[1])))).isEqualToIgnoringCase(response);
        }
    }
}
