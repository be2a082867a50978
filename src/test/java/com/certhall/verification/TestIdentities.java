package com.certhall.verification;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid identifiers for tests (check digits per GB 11643, GB 32100 and Luhn), so tests never share limits. */
public final class TestIdentities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestIdentities() {
    }

    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "110105" + (1960 + r.nextInt(40)) + "%02d%02d%03d".formatted(1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    public static String mobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String card() {
        String body = "621700" + "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }

    public static String uscc() {
        String body = "91110108MA" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body + USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    public static String account() {
        return "1100" + "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
