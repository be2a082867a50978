package com.certhall.pki;

/**
 * UKEY unblocking by challenge and response (docs/lifecycle.md, "PIN unlock"). Each token holds its own unlock key,
 * derived from a master key kept with the CA keys and the token's serial number: {@code K = HMAC-SM3(master,
 * "CertHall-UKEY-unlock" ‖ 0x00 ‖ serial)} cut to 16 bytes (HMAC of RFC 2104 over SM3, GM/T 0004-2012). A locked
 * token shows an 8-byte challenge; the answer is the first 8 bytes of SM4-ECB under {@code K} (GM/T 0002-2012) of
 * the challenge padded with ISO/IEC 9797-1 method 2. Challenges and answers travel as 16 hex digits.
 */
public interface TokenUnlock {

    /** The token's own unlock key, written onto it when it is personalised (the card-personalisation station). */
    byte[] tokenKey(String tokenSerial);

    /**
     * The answer to a challenge read from the token, as 16 upper-case hex digits.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code challenge} unless it is 16 hex digits
     */
    String responseCode(String tokenSerial, String challenge);

    /** What the token itself computes with its key: whether {@code responseCode} answers {@code challenge}. */
    boolean answers(byte[] tokenKey, String challenge, String responseCode);

    /**
     * A challenge or response as typed (spaces and dashes between groups, any case) in its canonical form, 16
     * upper-case hex digits, or null when it is not one.
     */
    static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s\\-\u3000]", "").toUpperCase(java.util.Locale.ROOT);
        return s.matches("[0-9A-F]{16}") ? s : null;
    }
}
