package com.certhall.pki;

import com.certhall.pki.ca.Crypto;
import com.certhall.shared.IdentityDocument;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.support.CommandLine;
import com.certhall.support.Csrs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: valid identifiers, CSRs, and a small openssl runner. */
public final class PkiFixtures {

    static final Uscc USCC = uscc("91350100M00010000");
    static final ResidentIdNumber ID = new ResidentIdNumber("11010519491231002X");

    private PkiFixtures() {
    }

    static Uscc uscc(String body17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body17.charAt(i)) * weights[i];
        }
        return new Uscc(body17 + alphabet.charAt((31 - sum % 31) % 31));
    }

    static SubjectData subject(CertificateProfile profile) {
        return switch (profile) {
            case ORGANIZATION, ESEAL -> new SubjectData("测试科技有限公司", "测试科技有限公司", "信息部", "福建省",
                    "福州市", USCC, null, "it@example.cn");
            case PERSONAL -> SubjectData.person("张三", ID);
            default -> new SubjectData("李四", "测试科技有限公司", null, null, null, USCC,
                    IdentityDocument.residentId(ID), null);
        };
    }

    public static IssuanceRequest request(CertificateProfile profile, KeyAlgorithm algorithm, String csr) {
        return IssuanceRequest.forCsr(UUID.randomUUID().toString(), profile, algorithm, subject(profile), 1, csr);
    }

    public static String csr(KeyAlgorithm algorithm) {
        return csr(Crypto.generateKeyPair(algorithm), algorithm);
    }

    static String csr(KeyPair pair, KeyAlgorithm algorithm) {
        return Csrs.pem("CN=ignored", pair, Crypto.signatureAlgorithm(algorithm));
    }

    static String pem(Object object) {
        return Csrs.pem(object);
    }

    /** Splits a PEM chain into leaf, issuing CA and root files in {@code dir}. */
    static Path[] writeChain(String pemChain, Path dir) throws IOException {
        String[] parts = pemChain.split("(?<=-----END CERTIFICATE-----\n)");
        Path[] files = new Path[parts.length];
        for (int i = 0; i < parts.length; i++) {
            files[i] = Files.writeString(dir.resolve("c" + i + "-" + UUID.randomUUID() + ".pem"), parts[i]);
        }
        return files;
    }

    /** Runs a command; returns exit code and combined output. */
    static CommandLine.Result run(Path dir, String... command) throws IOException, InterruptedException {
        return CommandLine.run(dir, command);
    }

    static List<String> list(String... items) {
        return new ArrayList<>(List.of(items));
    }
}
