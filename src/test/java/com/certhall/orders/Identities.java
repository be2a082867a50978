package com.certhall.orders;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh, valid USCCs and resident ID numbers (correct check characters), different on every call, and the check
 * characters themselves (GB 32100-2015, GB 11643-1999), computed here independently of the product's value types.
 */
public final class Identities {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private Identities() {
    }

    public static String uscc() {
        String body = "91110108" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return body + usccCheck(body);
    }

    /** The check character of a USCC's first 17 characters (GB 32100-2015, MOD 31). */
    public static char usccCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(body17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    public static String residentId() {
        String body = "110105" + "1985" + "0612" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return body + residentIdCheck(body);
    }

    /** The check character of a resident ID number's first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
    public static char residentIdCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
