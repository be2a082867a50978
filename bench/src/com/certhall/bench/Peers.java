package com.certhall.bench;

import com.certhall.pki.KeyAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The peer measured in the same run: {@code openssl speed} (one core) for P-256, RSA-2048 and SM2. */
final class Peers {

    private Peers() {
    }

    static void opensslSpeed(PkiBenchmark bench) {
        try {
            Process p = new ProcessBuilder("openssl", "speed", "-seconds", "2", "-mr", "ecdsap256", "rsa2048", "sm2")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            p.waitFor(120, TimeUnit.SECONDS);
            for (String line : out.split("\n")) {
                String[] f = line.strip().split(":");
                if (line.startsWith("+F2:") && f[2].equals("2048")) { // +F2:n:bits:sign/s:verify/s
                    put(bench, KeyAlgorithm.RSA_2048, f[3], f[4]);
                } else if (line.startsWith("+F4:") && f[2].equals("256")) { // +F4:n:bits:sign/s:verify/s
                    put(bench, KeyAlgorithm.EC_P256, f[3], f[4]);
                } else if (line.startsWith("+F7:")) { // +F7:n:bits:curve:sign/s:verify/s
                    put(bench, KeyAlgorithm.SM2, f[4], f[5]);
                }
            }
        } catch (Exception e) {
            bench.notes.put("openssl", "openssl speed failed: " + e);
        }
    }

    private static void put(PkiBenchmark bench, KeyAlgorithm algorithm, String sign, String verify) {
        bench.put(algorithm, "openssl-sign", Double.parseDouble(sign));
        bench.put(algorithm, "openssl-verify", Double.parseDouble(verify));
    }
}
