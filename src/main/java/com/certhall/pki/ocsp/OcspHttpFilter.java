package com.certhall.pki.ocsp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The lean path of OCSP over HTTP (docs/pki.md "OCSP"): {@code POST /pki/ocsp} and {@code GET /pki/ocsp/{base64}}
 * are answered by the first servlet filter, before the session, security and MVC machinery, none of which an
 * anonymous, cookie-less, CSRF-exempt OCSP request needs. A cached answer costs one map lookup and one write of its
 * bytes. A GET path holding anything but base64 characters and percent escapes goes on to {@link OcspApi} through
 * the whole chain (its firewall included), which answers the same way.
 */
class OcspHttpFilter extends HttpFilter {

    static final String PATH = "/pki/ocsp";
    /** A request for one certificate is ~80 bytes and even a long batch a few KiB; more is not an OCSP request. */
    static final int MAX_REQUEST = 64 * 1024;

    private final OcspResponder responder;
    private final OcspGet get;

    OcspHttpFilter(OcspResponder responder, Clock clock) {
        this.responder = responder;
        this.get = new OcspGet(responder, clock);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String path = OcspGet.path(request);
        if (("GET".equals(method) || "HEAD".equals(method)) && OcspGet.plain(path)) { // Tomcat sends no body for HEAD
            get.answer(request, response);
            return;
        }
        if (!"POST".equals(method) || !path.equals(PATH)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = read(request);
        byte[] der = body == null ? OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST).der() : responder.answer(body).der();
        response.setContentType(OcspGet.CONTENT_TYPE);
        response.setHeader("Cache-Control", OcspGet.NO_STORE);
        OcspGet.write(response, der);
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
        FilterRegistrationBean<OcspHttpFilter> ocspHttpFilter(OcspResponder responder, Clock clock) {
            FilterRegistrationBean<OcspHttpFilter> registration =
                    new FilterRegistrationBean<>(new OcspHttpFilter(responder, clock));
            registration.addUrlPatterns(PATH, OcspGet.PREFIX + "*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setName("ocspHttpFilter");
            return registration;
        }
    }
}
