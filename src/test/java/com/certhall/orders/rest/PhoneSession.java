package com.certhall.orders.rest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A page session without a browser: the session cookie and the CSRF token of the first page, sent with forms. */
record PhoneSession(TestRestTemplate http, String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    static PhoneSession open(TestRestTemplate http, String path) {
        ResponseEntity<String> page = http.getForEntity(path, String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookie = cookies == null ? "" : cookies.stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        Matcher m = CSRF.matcher(page.getBody());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + path);
        }
        return new PhoneSession(http, cookie, m.group(1));
    }

    ResponseEntity<String> post(String path, Map<String, String> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
