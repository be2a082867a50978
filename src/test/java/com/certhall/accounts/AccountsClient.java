package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Calls of the accounts API as a partner system would make them, with captcha answers from the sandbox reveal. */
@SuppressWarnings({"rawtypes", "unchecked"})
public record AccountsClient(TestRestTemplate http, CaptchaService captchas, AccountsTestSupport.Recorder recorder) {

    public static final String PASSWORD = "Secret2026a";

    /** A registered person, signed in: the account id, the mobile and the bearer token. */
    public record Person(UUID account, String mobile, String token) {
    }

    public Map<String, String> captcha() {
        ResponseEntity<Map> created = http.postForEntity("/api/v1/captchas", null, Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        String answer = captchas.answerFor(UUID.fromString(id)).orElseThrow();
        return Map.of("captchaId", id, "captchaAnswer", answer);
    }

    public ResponseEntity<Map> requestCode(String mobile, String purpose) {
        return postWithCaptcha("/api/v1/sms-challenges", Map.of("mobile", mobile, "purpose", purpose));
    }

    /** Posts the fields with a freshly answered captcha, as the public forms do. */
    public ResponseEntity<Map> postWithCaptcha(String path, Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(captcha());
        body.putAll(fields);
        return http.postForEntity(path, body, Map.class);
    }

    public String code(String mobile, String purpose) {
        ResponseEntity<Map> sent = requestCode(mobile, purpose);
        assertThat(sent.getStatusCode().value()).as("send code: " + sent.getBody()).isEqualTo(202);
        return recorder.codeFor(mobile);
    }

    public Map<String, Object> person(String mobile, String loginName) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PERSON");
        body.put("mobile", mobile);
        body.put("loginName", loginName);
        body.put("realName", "张三");
        body.put("email", loginName + "@example.com");
        body.put("password", PASSWORD);
        return body;
    }

    /** Registers a person with a fresh mobile; returns the mobile. */
    public String registerPerson(String loginName) {
        String mobile = AccountsTestSupport.newMobile();
        Map<String, Object> body = person(mobile, loginName);
        body.put("smsCode", code(mobile, "REGISTER"));
        ResponseEntity<Map> created = http.postForEntity("/api/v1/accounts", body, Map.class);
        assertThat(created.getStatusCode().value()).as("register: " + created.getBody()).isEqualTo(202);
        return mobile;
    }

    /** Registers a person whose login starts with the prefix, signs in with the password and reads the account id. */
    public Person signedUpPerson(String prefix) {
        String login = prefix + Long.toString(System.nanoTime(), 36);
        String mobile = registerPerson(login);
        String token = token(login, PASSWORD);
        Map me = call(HttpMethod.GET, "/api/v1/me", token, null).getBody();
        return new Person(UUID.fromString((String) me.get("accountId")), mobile, token);
    }

    public ResponseEntity<Map> passwordToken(String login, String password) {
        return postWithCaptcha("/api/v1/tokens", Map.of("login", login, "password", password));
    }

    public String token(String login, String password) {
        ResponseEntity<Map> token = passwordToken(login, password);
        assertThat(token.getStatusCode().value()).as("token: " + token.getBody()).isEqualTo(200);
        return (String) token.getBody().get("accessToken");
    }

    /** The answer to the captcha the page shows, from the sandbox reveal. */
    public String captchaAnswer(Page page) {
        String id = page.inputValue("input[name=captchaId]");
        return captchas.answerFor(UUID.fromString(id))
                .orElseThrow(() -> new AssertionError("captcha " + id + " is not live"));
    }

    /**
     * Fills the sign-in form the page shows (login, password, the captcha's answer) and submits {@code form}:
     * {@code #password-login} for applicants, {@code #staff-login} at {@code /admin/login}.
     */
    public void signIn(Page page, String form, String login, String password) {
        page.fill("#login", login);
        page.fill("#password", password);
        page.fill("#captchaAnswer", captchaAnswer(page));
        page.click(form + " button[type=submit]");
    }

    public ResponseEntity<Map> call(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }
}
