package com.certhall.pki.ocsp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The lean path of {@code POST /pki/ocsp} (docs/pki.md "OCSP"): answered by the first servlet filter, before the
 * session, security and MVC machinery, none of which an anonymous, cookie-less, CSRF-exempt OCSP request needs. A
 * cached answer costs one map lookup and one write of its bytes. {@code GET /pki/ocsp/…} (RFC 5019 caching headers,
 * 304s) stays with {@link OcspApi}.
 */
class OcspPostFilter extends HttpFilter {

    static final String PATH = "/pki/ocsp";
    /** A request for one certificate is ~80 bytes and even a long batch a few KiB; more is not an OCSP request. */
    static final int MAX_REQUEST = 64 * 1024;
    private static final String NO_STORE = "no-store";

    private final OcspResponder responder;

    OcspPostFilter(OcspResponder responder) {
        this.responder = responder;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + PATH)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = read(request);
        byte[] der = body == null ? OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST).der() : responder.answer(body).der();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/ocsp-response");
        response.setHeader("Cache-Control", NO_STORE);
        response.setContentLength(der.length);
        response.getOutputStream().write(der);
    }

    /** The body, or null when it is longer than {@link #MAX_REQUEST} (answered malformedRequest, RFC 6960 §2.3). */
    private static byte[] read(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_REQUEST) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_REQUEST + 1);
            return body.length > MAX_REQUEST ? null : body;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<OcspPostFilter> ocspPostFilter(OcspResponder responder) {
            FilterRegistrationBean<OcspPostFilter> registration =
                    new FilterRegistrationBean<>(new OcspPostFilter(responder));
            registration.addUrlPatterns(PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setName("ocspPostFilter");
            return registration;
        }
    }
}
