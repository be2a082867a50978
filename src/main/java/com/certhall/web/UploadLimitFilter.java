package com.certhall.web;

import com.certhall.shared.FieldViolation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a multipart request larger than the platform accepts before anything reads it (docs/security.md
 * "Bad input"): the API answers 413 {@code application/problem+json} naming the limit, a page shows the platform's
 * own error page with the limit. Without this the container's parser fails first, inside the security filters, and
 * the browser shows its own "HTTP ERROR 413". Each module's own, smaller limit per material still applies after.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    /** The request attribute the error page reads the limit from. */
    static final String LIMIT = "certhall.uploadLimit";

    private final long maxBytes;
    private final ProblemDetails problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    UploadLimitFilter(long maxBytes, ProblemDetails problems, ObjectMapper json, LocaleResolver locales) {
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        String limit = readable(maxBytes);
        if (isApi(request)) {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = problems.problem(413, "error.tooLarge.limit", new Object[] {limit},
                    List.of(FieldViolation.of("file", "tooLarge", "error.tooLarge.field", "file", limit)), locale);
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        // the error page is rendered as for a GET: a POST's CSRF check would make the container parse the body
        request.setAttribute(LIMIT, limit);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(413);
        request.getRequestDispatcher("/error").forward(new BodilessGet(request), response);
    }

    /** The refused request as a GET without a body, for the error page. */
    private static final class BodilessGet extends HttpServletRequestWrapper {

        BodilessGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " KB";
    }
}
