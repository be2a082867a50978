package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The shell serves the home page in Chinese by default and in English on request, with security headers. */
@WebIntegrationTest
class WebShellTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void homePageIsChineseByDefaultWithSecurityHeaders() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("一站办理数字证书与电子印章").contains("400-800-6688");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void homePageSwitchesToEnglish() {
        ResponseEntity<String> page = http.getForEntity("/?lang=en", String.class);
        assertThat(page.getBody()).contains("Digital certificates and e-seals in one place");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        ResponseEntity<String> byHeader = http.exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(byHeader.getBody()).contains("Digital certificates and e-seals in one place");
    }

    @Test
    void htmxIsServedFromItsWebJar() {
        ResponseEntity<String> js = http.getForEntity("/webjars/htmx.org/dist/htmx.min.js", String.class);
        assertThat(js.getStatusCode().value()).isEqualTo(200);
        assertThat(js.getBody()).contains("htmx");
    }
}
