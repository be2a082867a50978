package com.certhall.verification.provider;

/**
 * A provider's answer to "do these data belong together": {@code consistent}, or not with the provider's code
 * ({@code MISMATCH} = 信息不一致, {@code CARD_INVALID}, {@code NO_RECORD} ...).
 */
public record IdentityMatch(boolean consistent, String code) {

    public static IdentityMatch ok() {
        return new IdentityMatch(true, "MATCH");
    }

    public static IdentityMatch refused(String code) {
        return new IdentityMatch(false, code);
    }
}
