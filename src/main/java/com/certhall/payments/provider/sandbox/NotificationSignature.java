package com.certhall.payments.provider.sandbox;

import com.certhall.shared.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The provider's notification signature, shaped like WeChat Pay v2 / Alipay notify: the parameters except
 * {@code sign} and {@code sign_type}, without empty values, sorted by name and joined as {@code k=v&k=v}; signed
 * with HMAC-SHA256 under the shared key and written as upper-case hex.
 */
public final class NotificationSignature {

    public static final String SIGN = "sign";
    public static final String SIGN_TYPE = "sign_type";
    public static final String ALGORITHM = "HMAC-SHA256";

    private final byte[] key;

    public NotificationSignature(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    static String canonical(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !SIGN.equals(e.getKey()) && !SIGN_TYPE.equals(e.getKey()))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    public String sign(Map<String, String> parameters) {
        return HexFormat.of().withUpperCase().formatHex(Hmac.sha256(key, canonical(parameters)));
    }

    /** Whether {@code parameters} carry a valid HMAC-SHA256 signature (compared in constant time). */
    public boolean verify(Map<String, String> parameters) {
        String given = parameters.get(SIGN);
        if (given == null || !ALGORITHM.equals(parameters.get(SIGN_TYPE))) {
            return false;
        }
        return MessageDigest.isEqual(sign(parameters).getBytes(StandardCharsets.US_ASCII),
                given.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
