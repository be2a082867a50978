package com.certhall.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * What the lean paths share (docs/security.md, "Lean paths"): a lean path answers only the plain, successful case of
 * its request before Spring Security's chain, the session and Spring MVC, with the headers that chain writes; any
 * other request goes on through the whole chain unchanged, its body replayed when the lean path has read it (as the
 * idempotency filter replays the body it fingerprinted).
 */
public final class LeanAnswers {

    public static final String JSON = "application/json";
    /** Spring Security's default headers, as the API chains write them. */
    private static final List<HeaderWriter> HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

    private LeanAnswers() {
    }

    /** Writes a JSON answer with the headers the API chains write. */
    public static void writeJson(HttpServletRequest request, HttpServletResponse response, int status, byte[] body)
            throws IOException {
        response.setStatus(status);
        for (HeaderWriter writer : HEADERS) {
            writer.writeHeaders(request, response);
        }
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** No Accept, or one naming JSON or a wildcard that covers it (not with q=0): Spring MVC would answer JSON. */
    public static boolean acceptsJson(@Nullable String accept) {
        if (accept == null) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim();
            if (type.equalsIgnoreCase(JSON) || type.equals("*/*") || type.equalsIgnoreCase("application/*")) {
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim().replace(" ", "");
                    refused |= p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000");
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A JSON body's media type, alone or with {@code charset=UTF-8}, as a request of the lean path must send it. */
    public static boolean isJsonUtf8(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON) || parts.length > 2) {
            return false;
        }
        return parts.length == 1 || parts[1].trim().replace(" ", "").equalsIgnoreCase("charset=utf-8");
    }

    /**
     * The body of a request that declares its length, up to {@code max} octets; null when it declares none or more
     * (the whole chain then reads it as it always does).
     */
    public static byte @Nullable [] body(HttpServletRequest request, int max) throws IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > max || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes((int) length);
        return body.length == length ? body : null;
    }

    /**
     * The request with a body already read (by a lean path, or to fingerprint it), for the rest of the chain to read
     * again, blocking.
     */
    public static HttpServletRequest replaying(HttpServletRequest request, byte[] body) {
        return new Replay(request, body);
    }

    private static final class Replay extends HttpServletRequestWrapper {

        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a replayed body is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
