package com.certhall.verification;

import com.certhall.orders.Identities;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid identifiers for tests (check digits per GB 11643, GB 32100 and Luhn), so tests never share limits. */
public final class TestIdentities {

    private TestIdentities() {
    }

    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "110105" + (1960 + r.nextInt(40)) + "%02d%02d%03d".formatted(1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000));
        return body + Identities.residentIdCheck(body);
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
        return body + Identities.usccCheck(body);
    }

    public static String account() {
        return "1100" + "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
