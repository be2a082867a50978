package com.certhall.orders;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh, valid USCCs and resident ID numbers (correct check characters), different on every call. */
public final class Identities {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private Identities() {
    }

    public static String uscc() {
        String body = "91110108" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return body + USCC_CHARS.charAt(check);
    }

    public static String residentId() {
        String body = "110105" + "1985" + "0612" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
