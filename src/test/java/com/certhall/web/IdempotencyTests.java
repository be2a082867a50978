package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A repeated unsafe call with the same Idempotency-Key returns the first answer and changes nothing. */
@WebIntegrationTest
class IdempotencyTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("rawtypes")
    void repeatReturnsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        long before = count();
        ResponseEntity<Map> first = http.postForEntity("/api/v1/captchas", request(key, "{}"), Map.class);
        ResponseEntity<Map> second = http.postForEntity("/api/v1/captchas", request(key, "{}"), Map.class);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count()).isEqualTo(before + 1);

        ResponseEntity<Map> fresh = http.postForEntity("/api/v1/captchas", request(UUID.randomUUID().toString(), "{}"),
                Map.class);
        assertThat(fresh.getBody().get("id")).isNotEqualTo(first.getBody().get("id"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void sameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        http.postForEntity("/api/v1/captchas", request(key, "{}"), Map.class);
        ResponseEntity<Map> other = http.postForEntity("/api/v1/captchas", request(key, "{\"x\":1}"), Map.class);
        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(other.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) other.getBody().get("detail")).contains("Idempotency-Key");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void errorsAreReplayedToo() {
        String key = UUID.randomUUID().toString();
        String bad = "{\"mobile\":\"123\",\"purpose\":\"REGISTER\",\"captchaId\":\"" + UUID.randomUUID()
                + "\",\"captchaAnswer\":\"x\"}";
        ResponseEntity<Map> first = http.postForEntity("/api/v1/sms-challenges", request(key, bad), Map.class);
        ResponseEntity<Map> again = http.postForEntity("/api/v1/sms-challenges", request(key, bad), Map.class);
        assertThat(first.getStatusCode().value()).isEqualTo(400);
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(again.getBody()).isEqualTo(first.getBody());
    }

    @Test
    @SuppressWarnings("rawtypes")
    void overlongKeyIsRefused() {
        ResponseEntity<Map> r = http.postForEntity("/api/v1/captchas", request("k".repeat(101), "{}"), Map.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
    }

    private long count() {
        Long c = jdbc.queryForObject("SELECT COUNT(*) FROM accounts_captcha", Long.class);
        return c == null ? 0 : c;
    }

    private static HttpEntity<String> request(String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("Idempotency-Key", key);
        return new HttpEntity<>(body, headers);
    }
}
