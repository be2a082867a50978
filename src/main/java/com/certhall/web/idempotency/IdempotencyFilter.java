package com.certhall.web.idempotency;

import com.certhall.shared.Caller;
import com.certhall.shared.Sha256;
import com.certhall.web.LeanAnswers;
import com.certhall.web.ProblemDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for unsafe API calls (docs/development.md, "API"): the first request with a key is
 * processed and its answer kept for a day; a repeat by the same caller with the same key and the same request
 * gets that answer again ({@code Idempotent-Replayed: true}) and changes nothing. The same key with a different
 * request is refused (422); a repeat while the first is still running is refused (409). Server errors are not
 * kept, so the caller may retry them.
 * <p>
 * Two limits (docs/security.md, "Secrets"): answers that carry credentials ({@link #CREDENTIAL_PATHS}: bearer
 * tokens) are never kept, so a repeat gets a fresh answer and the store holds no token; and a key is scoped to its
 * caller — the signed-in account, or for anonymous calls the client address — so one anonymous client cannot claim
 * or read the answer of another who happens to (or is made to) use the same key.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Set<String> CREDENTIAL_PATHS = Set.of("/api/v1/tokens");

    private final IdempotencyStore store;
    private final ProblemDetails problems;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, ProblemDetails problems, ObjectMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !UNSAFE.contains(request.getMethod()) || request.getHeader(HEADER) == null
                || !path.startsWith("/api/") || CREDENTIAL_PATHS.contains(trimSlash(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 100) {
            refuse(response, 400, "web.idempotency.keyInvalid");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scopeKey = sha256((caller(request) + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(fingerprint(request, body));
        if (!store.claim(scopeKey, requestHash)) {
            replay(scopeKey, requestHash, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(LeanAnswers.replaying(request, body), captured);
            if (captured.getStatus() < 500) {
                store.complete(scopeKey, captured.getStatus(), captured.getContentType(), captured.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(scopeKey);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(String scopeKey, String requestHash, HttpServletResponse response) throws IOException {
        Optional<IdempotencyStore.Entry> entry = store.find(scopeKey);
        if (entry.isEmpty() || !entry.get().done()) {
            refuse(response, 409, "web.idempotency.inProgress");
        } else if (!entry.get().requestHash().equals(requestHash)) {
            refuse(response, 422, "web.idempotency.mismatch");
        } else {
            IdempotencyStore.Entry first = entry.get();
            response.setStatus(first.status());
            if (first.contentType() != null) {
                response.setContentType(first.contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(first.body());
        }
    }

    private void refuse(HttpServletResponse response, int status, String key) throws IOException {
        ProblemDetail problem = problems.problem(status, key, new Object[0], List.of(), LocaleContextHolder.getLocale());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String caller(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous@" + request.getRemoteAddr();
        }
        return authentication.getPrincipal() instanceof Caller caller ? caller.auditActor() : authentication.getName();
    }

    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        String head = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static String sha256(byte[] data) {
        return Sha256.hex(data);
    }
}
