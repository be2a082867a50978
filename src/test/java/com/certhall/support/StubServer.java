package com.certhall.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP plumbing the local protocol stubs share (SMS gateways, the courier, object storage, payment providers): a
 * server on a free loopback port, the form and answer handling, and the digests their signatures are built from.
 * Each stub checks its own provider's signature and answers in its shapes on top of it, usually as a {@link Stub}.
 */
public final class StubServer implements AutoCloseable {

    private final HttpServer server;

    private StubServer(HttpServer server) {
        this.server = server;
    }

    /**
     * A provider stub that answers every request under one path with its {@link #handle} on a server of its own,
     * closed with the stub. Requests come only after construction (nobody knows the port before), so the handler may
     * use the subclass's fields.
     */
    public abstract static class Stub implements AutoCloseable {

        private final String path;
        private final StubServer server;

        protected Stub(String path) throws IOException {
            this.path = path;
            this.server = start(path, this::handle);
        }

        protected abstract void handle(HttpExchange exchange) throws IOException;

        /** Where the stub answers: the server with the stub's path. */
        public URI endpoint() {
            return server.uri(path);
        }

        /** The bare server address, for clients that add the path themselves. */
        public URI origin() {
            return server.uri("");
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** Starts a server answering every request under {@code path} with the handler. */
    public static StubServer start(String path, HttpHandler handler) throws IOException {
        return start(Map.of(path, handler));
    }

    /** Starts a server with one handler per path prefix. */
    public static StubServer start(Map<String, HttpHandler> handlers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers.forEach(server::createContext);
        server.start();
        return new StubServer(server);
    }

    /** The server's address with the given path ({@code ""} for the bare origin). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** An {@code application/x-www-form-urlencoded} body, sorted by name. */
    public static Map<String, String> form(String body) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** Sends the answer; an empty body goes without one. */
    public static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        answer(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    public static byte[] md5(byte[] data) {
        return digest("MD5", data);
    }

    /** A MAC ({@code HmacSHA256}, {@code HmacSHA1}) of the UTF-8 bytes of the data. */
    public static byte[] hmac(String algorithm, byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A fresh RSA 2048 key pair, as the payment providers use. */
    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the Base64 signature is a valid SHA256withRSA signature of the UTF-8 bytes of the message. */
    public static boolean verifyRsa(PublicKey key, String message, String signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
