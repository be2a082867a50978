package com.certhall.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * OCSP over GET (RFC 6960 Appendix A.1, RFC 5019 §5; docs/pki.md): the request is base64 in the path, URL-encoded
 * by conforming clients such as the JDK's revocation checker, so "/" arrives as {@code %2F}; clients that do not
 * encode send "/" and "//" as they are. Tomcat passes {@code %2F} through undecoded (it would answer 400 itself),
 * and the firewall allows encoded and double slashes (and so "%" in the decoded path) for {@code GET /pki/ocsp/…}
 * only; every other path keeps Spring
 * Security's strict rules and gets 400 for them, as before.
 */
@Configuration(proxyBeanMethods = false)
class OcspGetConfig {

    static final String OCSP_GET_PREFIX = "/pki/ocsp/";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashPassThrough() {
        return factory -> factory.addConnectorCustomizers(connector -> connector
                .setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    HttpFirewall ocspAwareFirewall() {
        StrictHttpFirewall ocsp = new StrictHttpFirewall();
        ocsp.setAllowUrlEncodedSlash(true);
        ocsp.setAllowUrlEncodedDoubleSlash(true);
        // Tomcat leaves %2F encoded, so the decoded servlet path holds "%" too.
        ocsp.setAllowUrlEncodedPercent(true);
        return new OcspAwareFirewall(new StrictHttpFirewall(), ocsp);
    }

    /** The strict firewall everywhere, the relaxed one for {@code GET /pki/ocsp/…}. */
    record OcspAwareFirewall(HttpFirewall strict, HttpFirewall ocsp) implements HttpFirewall {

        @Override
        public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
            return isOcspGet(request) ? ocsp.getFirewalledRequest(request) : strict.getFirewalledRequest(request);
        }

        @Override
        public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
            return strict.getFirewalledResponse(response);
        }

        private static boolean isOcspGet(HttpServletRequest request) {
            String uri = request.getRequestURI();
            String context = request.getContextPath() == null ? "" : request.getContextPath();
            return "GET".equals(request.getMethod()) && uri != null
                    && uri.startsWith(context + OCSP_GET_PREFIX);
        }
    }
}
