package com.certhall.documents.provider;

import static com.certhall.support.StubServer.hex;
import static com.certhall.support.StubServer.hmac;
import static com.certhall.support.StubServer.md5;

import com.certhall.support.StubServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local S3-compatible server for one bucket, path-style: PUT (with {@code If-None-Match: *}), GET, HEAD and DELETE
 * of objects, S3's XML error bodies, and AWS Signature Version 4 checked on every request with the test's key
 * pair — the canonical request, string to sign and signing key built from the published SigV4 steps, not taken
 * from the SDK — plus the payload hash against the body and the 15-minute clock window.
 */
final class S3Stub extends StubServer.Stub {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request, ?SignedHeaders=([^,]+), ?"
                    + "Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    /** Every request as "METHOD path payload-hash-kind", in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();
    private final String bucket;
    private final String keyId;
    private final String secret;
    private final String region;

    S3Stub(String bucket, String keyId, String secret, String region) throws IOException {
        super("/");
        this.bucket = bucket;
        this.keyId = keyId;
        this.secret = secret;
        this.region = region;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String payloadHash = header(exchange, "x-amz-content-sha256");
            requests.add(method + " " + path + " " + ("UNSIGNED-PAYLOAD".equals(payloadHash) ? "unsigned" : "signed"));
            String refusal = authenticate(exchange, method, path, body, payloadHash);
            if (refusal != null) {
                refusals.add(refusal);
                String code = refusal.substring(0, refusal.indexOf(':'));
                error(exchange, code.equals("XAmzContentSHA256Mismatch") ? 400 : 403, code, refusal);
                return;
            }
            String prefix = "/" + bucket + "/";
            if (!path.startsWith(prefix) || path.length() == prefix.length()) {
                error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist");
                return;
            }
            String key = path.substring(prefix.length());
            switch (method) {
                case "PUT" -> {
                    if ("*".equals(header(exchange, "If-None-Match")) && objects.containsKey(key)) {
                        error(exchange, 412, "PreconditionFailed", "At least one of the pre-conditions you "
                                + "specified did not hold");
                        return;
                    }
                    objects.put(key, body);
                    exchange.getResponseHeaders().add("ETag", "\"" + hex(md5(body)) + "\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] object = objects.get(key);
                    if (object == null) {
                        error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    exchange.getResponseHeaders().add("ETag", "\"" + hex(md5(object)) + "\"");
                    if ("HEAD".equals(method)) {
                        exchange.getResponseHeaders().add("Content-Length", Integer.toString(object.length));
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        exchange.sendResponseHeaders(200, object.length);
                        exchange.getResponseBody().write(object);
                    }
                }
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed");
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            refusals.add("stub failure: " + e);
            exchange.sendResponseHeaders(500, -1);
        }
    }

    /** Null when the request is signed right, else "Code: why". */
    private String authenticate(HttpExchange exchange, String method, String path, byte[] body, String payloadHash)
            throws GeneralSecurityException {
        String authorization = header(exchange, "Authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            return "AccessDenied: no SigV4 Authorization header: " + authorization;
        }
        if (!keyId.equals(m.group(1))) {
            return "InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.";
        }
        String amzDate = header(exchange, "x-amz-date");
        Instant signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        if (Duration.between(signedAt, Instant.now()).abs().compareTo(Duration.ofMinutes(15)) > 0) {
            return "RequestTimeTooSkewed: " + amzDate;
        }
        if (!amzDate.startsWith(m.group(2)) || !region.equals(m.group(3))) {
            return "AuthorizationHeaderMalformed: scope " + m.group(2) + "/" + m.group(3);
        }
        if (payloadHash == null || !payloadHash.equals("UNSIGNED-PAYLOAD")
                && !payloadHash.equals(hex(MessageDigest.getInstance("SHA-256").digest(body)))) {
            return "XAmzContentSHA256Mismatch: " + payloadHash;
        }
        List<String> signed = Arrays.asList(m.group(4).split(";"));
        if (!signed.contains("host") || !signed.contains("x-amz-date")) {
            return "AccessDenied: host and x-amz-date must be signed";
        }
        StringBuilder canonical = new StringBuilder().append(method).append('\n').append(path).append('\n')
                .append(canonicalQuery(exchange.getRequestURI().getRawQuery())).append('\n');
        for (String name : signed) {
            canonical.append(name).append(':').append(header(exchange, name).trim().replaceAll(" +", " "))
                    .append('\n');
        }
        canonical.append('\n').append(m.group(4)).append('\n').append(payloadHash);
        String scope = m.group(2) + "/" + region + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac("HmacSHA256", ("AWS4" + secret).getBytes(StandardCharsets.UTF_8), m.group(2));
        key = hmac("HmacSHA256", hmac("HmacSHA256", hmac("HmacSHA256", key, region), "s3"),
                "aws4_request");
        if (!hex(hmac("HmacSHA256", key, toSign)).equals(m.group(5))) {
            return "SignatureDoesNotMatch: The request signature we calculated does not match the signature you "
                    + "provided.";
        }
        return null;
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            pairs.add(pair.contains("=") ? pair : pair + "=");
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message><RequestId>stub</RequestId></Error>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }
}
