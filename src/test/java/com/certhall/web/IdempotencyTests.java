package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.certhall.accounts.AccountsClient;
import com.certhall.support.WebIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A repeated unsafe call with the same Idempotency-Key returns the first answer and changes nothing; answers with
 * credentials are never kept, and anonymous keys are scoped to the client (issue 11 item 12).
 */
@WebIntegrationTest
class IdempotencyTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AccountsClient accounts;

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

    @Test
    void answersCarryingATokenAreNeverKept() {
        String mobile = accounts.registerPerson("idem" + mobileTail());
        Map<String, Object> body = new java.util.HashMap<>(accounts.captcha());
        body.put("login", mobile);
        body.put("password", AccountsClient.PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.add("Idempotency-Key", UUID.randomUUID().toString());
        ResponseEntity<Map> token = http.postForEntity("/api/v1/tokens", new HttpEntity<>(body, headers), Map.class);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        String accessToken = (String) token.getBody().get("accessToken");
        assertThat(accessToken).isNotBlank();

        List<String> kept = jdbc.queryForList("SELECT response_body FROM web_idempotency WHERE response_body IS NOT NULL",
                String.class);
        assertThat(kept).noneSatisfy(b -> assertThat(new String(Base64.getDecoder().decode(b), StandardCharsets.UTF_8))
                .contains(accessToken));
    }

    @Test
    void oneAnonymousClientCannotPoisonAnothersKey() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult attacker = mvc.perform(post("/api/v1/captchas").with(from("10.20.30.40"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").header("Idempotency-Key", key)).andReturn();
        assertThat(attacker.getResponse().getStatus()).isEqualTo(201);

        MvcResult victim = mvc.perform(post("/api/v1/captchas").with(from("10.20.30.41"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").header("Idempotency-Key", key)).andReturn();
        assertThat(victim.getResponse().getStatus()).isEqualTo(201);
        assertThat(victim.getResponse().getHeader("Idempotent-Replayed")).isNull();
        assertThat(id(victim)).isNotEqualTo(id(attacker));

        MvcResult victimAgain = mvc.perform(post("/api/v1/captchas").with(from("10.20.30.41"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").header("Idempotency-Key", key)).andReturn();
        assertThat(victimAgain.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(victimAgain)).isEqualTo(id(victim));

        MvcResult mismatch = mvc.perform(post("/api/v1/captchas").with(from("10.20.30.42"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"x\":1}").header("Idempotency-Key", key))
                .andReturn();
        assertThat(mismatch.getResponse().getStatus()).as("a third client's different request is its own").isEqualTo(201);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String id(MvcResult result) throws Exception {
        return String.valueOf(json.readValue(result.getResponse().getContentAsString(), Map.class).get("id"));
    }

    private static String mobileTail() {
        return Long.toString(System.nanoTime() % 1_000_000L);
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
