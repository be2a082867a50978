package com.certhall.pki.ocsp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code GET /pki/ocsp/{base64}} (RFC 6960 Appendix A.1): the request is the path's base64, URL-encoded or not. An
 * answer that may be cached carries the RFC 5019 §6.2 headers (max-age up to nextUpdate, Expires, Last-Modified =
 * producedAt, ETag); a conditional GET that still matches gets 304 with the same headers and no body (RFC 9110
 * §13.1: If-None-Match first, If-Modified-Since only without it). Answers echoing a nonce and error statuses are
 * {@code no-store}. Written straight to the servlet response, so the lean filter and the controller answer alike.
 */
final class OcspGet {

    static final String PREFIX = "/pki/ocsp/";
    static final String CONTENT_TYPE = "application/ocsp-response";
    static final String NO_STORE = "no-store";

    private final OcspResponder responder;
    private final Clock clock;

    OcspGet(OcspResponder responder, Clock clock) {
        this.responder = responder;
        this.clock = clock;
    }

    /** The path below the context path, from the raw URI: %2F stays encoded until here. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Whether the path is {@code /pki/ocsp/} followed only by base64 characters and percent escapes, the lean
     * filter's share; anything else goes through the whole chain (firewall included) to the controller.
     */
    static boolean plain(String path) {
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return false;
        }
        for (int i = PREFIX.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=' || c == '%';
            if (!base64) {
                return false;
            }
        }
        return true;
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OcspAnswer answer = responder.answer(requestOf(path(request)));
        response.setContentType(CONTENT_TYPE);
        if (!answer.cacheable()) {
            response.setHeader("Cache-Control", NO_STORE);
            write(response, answer.der());
            return;
        }
        long seconds = Math.max(0, Duration.between(clock.instant(), answer.nextUpdate()).toSeconds());
        response.setHeader("Cache-Control", "max-age=" + seconds + ", must-revalidate, no-transform, public");
        response.setHeader("ETag", answer.etag());
        response.setDateHeader("Last-Modified", answer.producedAt().toEpochMilli());
        response.setDateHeader("Expires", answer.nextUpdate().toEpochMilli());
        if (notModified(request, answer)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(response, answer.der());
    }

    /** The DER request in the path; empty (answered malformedRequest) when it is not base64. */
    static byte[] requestOf(String path) {
        try {
            // "+" is a base64 character, not a space
            String encoded = URLDecoder.decode(path.substring(PREFIX.length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static boolean notModified(HttpServletRequest request, OcspAnswer answer) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(answer.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: ignored (RFC 9110 §13.1.3)
        }
        return since >= 0 && answer.producedAt().toEpochMilli() / 1000 <= since / 1000;
    }

    static void write(HttpServletResponse response, byte[] der) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(der.length);
        response.getOutputStream().write(der);
    }
}
