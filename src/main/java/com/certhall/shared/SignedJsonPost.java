package com.certhall.shared;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The request signature of the providers reached over HTTPS (SMS platform, verification service): a JSON POST
 * carrying {@code X-Access-Key}, {@code X-Timestamp}, {@code X-Nonce} and {@code X-Signature}, the last being
 * HMAC-SHA256 under the access key secret over method, path, timestamp, nonce and the body's SHA-256, one per line.
 */
public final class SignedJsonPost {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignedJsonPost() {
    }

    /** The signed POST of {@code body} to {@code uri}, timestamped {@code now} with a fresh random nonce. */
    public static HttpRequest to(URI uri, @Nullable String accessKeyId, String accessKeySecret, byte[] body,
            Instant now, Duration timeout) {
        String timestamp = Long.toString(now.getEpochSecond());
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String nonceHex = HexFormat.of().formatHex(nonce);
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Access-Key", Objects.requireNonNullElse(accessKeyId, ""))
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonceHex)
                .header("X-Signature", signature(accessKeySecret, "POST", uri.getRawPath(), timestamp, nonceHex, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** The Base64 {@code X-Signature} of one request. */
    public static String signature(String accessKeySecret, String method, String path, String timestamp,
            String nonce, byte[] body) {
        String canonical = String.join("\n", method, path, timestamp, nonce, Sha256.hex(body));
        return Base64.getEncoder().encodeToString(Hmac.sha256(accessKeySecret.getBytes(StandardCharsets.UTF_8),
                canonical));
    }
}
