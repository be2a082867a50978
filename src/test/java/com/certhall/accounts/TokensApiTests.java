package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Tokens by password and by SMS code, throttling, logout, password reset and change, mobile change, staff tokens. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class TokensApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient api;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog auditLog;

    @Test
    void passwordTokenWorksWithLoginNameMobileAndEmailAndShowsAMaskedProfile() {
        String mobile = api.registerPerson("lisi2026");
        for (String login : List.of("lisi2026", "LISI2026", mobile, "lisi2026@example.com")) {
            ResponseEntity<Map> token = api.passwordToken(login, AccountsClient.PASSWORD);
            assertThat(token.getStatusCode().value()).as(login).isEqualTo(200);
            assertThat(((Number) token.getBody().get("expiresIn")).longValue()).isPositive();
        }
        Map me = api.call(HttpMethod.GET, "/api/v1/me", api.token(mobile, AccountsClient.PASSWORD), null).getBody();
        assertThat(me).containsEntry("loginName", "lisi2026").containsEntry("type", "PERSON")
                .containsEntry("mobile", mobile.substring(0, 3) + "****" + mobile.substring(7))
                .containsEntry("email", "l***@example.com").containsEntry("realName", "张三");
    }

    @Test
    void withoutOrWithABadTokenTheApiAnswers401AsProblem() {
        ResponseEntity<Map> none = api.call(HttpMethod.GET, "/api/v1/me", null, null);
        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(none.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(none.getBody()).containsEntry("status", 401);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", "forged", null).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<Map> wrong = api.passwordToken("nobody-here", "whatever1");
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsSlowTheAccountDownWithGrowingDelaysWhileSmsLoginStaysOpen() {
        String mobile = api.registerPerson("wangwu2026");
        clock.freeze();
        for (int i = 1; i <= 5; i++) {
            assertThat(api.passwordToken("wangwu2026", "Wrong12345").getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<Map> slowed = api.passwordToken("wangwu2026", AccountsClient.PASSWORD);
        assertThat(slowed.getStatusCode().value()).as("no lock: a delay, even for the right password")
                .isEqualTo(429);
        assertThat(Integer.parseInt(slowed.getHeaders().getFirst("Retry-After"))).isBetween(25, 30);
        assertThat((String) slowed.getBody().get("detail")).contains("秒后再试").contains("短信验证码登录");
        assertThat(recorder.throttlings()).anySatisfy(l -> assertThat(l.mobile()).isEqualTo(mobile));
        assertThat(auditLog.recent("accounts.login.throttled", "", 50)).isNotEmpty();

        clock.advance(Duration.ofSeconds(31));
        assertThat(api.passwordToken("wangwu2026", "Wrong12345").getStatusCode().value()).isEqualTo(401);
        ResponseEntity<Map> longer = api.passwordToken("wangwu2026", AccountsClient.PASSWORD);
        assertThat(Integer.parseInt(longer.getHeaders().getFirst("Retry-After"))).as("the delay doubles")
                .isBetween(55, 60);

        String code = api.code(mobile, "LOGIN");
        ResponseEntity<Map> bySms = http.postForEntity("/api/v1/tokens", Map.of("mobile", mobile, "smsCode", code),
                Map.class);
        assertThat(bySms.getStatusCode().value()).as("SMS login is open meanwhile").isEqualTo(200);
        assertThat(api.passwordToken("wangwu2026", AccountsClient.PASSWORD).getStatusCode().value())
                .as("the SMS login proved the owner: password sign-in starts afresh").isEqualTo(200);
    }

    @Test
    void anUnknownLoginIsThrottledExactlyLikeAKnownOne() {
        api.registerPerson("known2026");
        clock.freeze();
        for (String login : List.of("known2026", "unknown2026")) {
            for (int i = 1; i <= 5; i++) {
                ResponseEntity<Map> refused = api.passwordToken(login, "Wrong12345");
                assertThat(refused.getStatusCode().value()).as(login).isEqualTo(401);
                assertThat(refused.getBody().get("detail")).isEqualTo("账号或密码错误。");
            }
            ResponseEntity<Map> slowed = api.passwordToken(login, "Wrong12345");
            assertThat(slowed.getStatusCode().value()).as(login).isEqualTo(429);
            assertThat(slowed.getHeaders().getFirst("Retry-After")).as(login).isEqualTo("30");
        }
    }

    @Test
    void staffSignInIsThrottledTheSameWay() {
        String admin = api.token("admin", "Sandbox-2026!");
        String username = "ops" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        assertThat(api.call(HttpMethod.POST, "/api/v1/admin/staff", admin, Map.of("username", username,
                "displayName", "值班员", "roles", List.of("OPERATOR"), "password", "Duty2026night"))
                .getStatusCode().value()).isEqualTo(201);
        clock.freeze();
        for (int i = 1; i <= 5; i++) {
            assertThat(api.passwordToken(username, "Wrong12345").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(api.passwordToken(username, "Duty2026night").getStatusCode().value()).isEqualTo(429);
        List<Map> staff = (List<Map>) (List) http.exchange("/api/v1/admin/staff", HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(bearer(admin)), List.class).getBody();
        assertThat(staff).anySatisfy(s -> assertThat(s).containsEntry("username", username)
                .containsEntry("locked", true));
        clock.advance(Duration.ofSeconds(31));
        assertThat(api.passwordToken(username, "Duty2026night").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void deleteTokensLogsOut() {
        api.registerPerson("logout2026");
        String token = api.token("logout2026", AccountsClient.PASSWORD);
        String other = api.token("logout2026", AccountsClient.PASSWORD);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", token, null).getStatusCode().value())
                .as("a token just confirmed (and remembered) still ends at once").isEqualTo(200);
        // 256 bits in URL-safe Base64; a live token with a character more or less is no token (not looked up)
        assertThat(token).hasSize(43);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", token + "A", null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", token.substring(1), null).getStatusCode().value())
                .isEqualTo(401);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/tokens", token, null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", token, null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", other, null).getStatusCode().value())
                .as("only the presented token ends").isEqualTo(200);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/tokens", token, null).getStatusCode().value())
                .isEqualTo(401);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/tokens", null, null).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherBrowserSessionsButNoOneElses() {
        api.registerPerson("browser2026");
        String token = api.token("browser2026", AccountsClient.PASSWORD);
        UUID id = UUID.fromString((String) api.call(HttpMethod.GET, "/api/v1/me", token, null).getBody()
                .get("accountId"));
        String mine = browserSession(id, "browser2026");
        String namesake = browserSession(UUID.randomUUID(), "browser2026");
        assertThat(certificatesPage(mine)).contains("我的证书");

        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                Map.of("oldPassword", AccountsClient.PASSWORD, "newPassword", "Changed2026y"))
                .getStatusCode().value()).isEqualTo(204);
        // a request of that session still in flight may finish after the change; then the session is gone
        com.certhall.support.Eventually.await("the session of the old password ended", java.time.Duration.ofSeconds(5),
                () -> certificatesPage(mine), page -> !page.contains("我的证书"));
        assertThat(certificatesPage(namesake)).contains("我的证书");
    }

    private String browserSession(UUID account, String name) {
        ResponseEntity<String> login = http.getForEntity("/sandbox/test-login?user=" + account
                + "&roles=APPLICANT&name=" + name, String.class);
        return login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + login.getHeaders()));
    }

    private String certificatesPage(String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return http.exchange("/certificates", HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    @Test
    void passwordChangeResetAndMobileChangeEndEveryTokenOfTheAccount() {
        String mobile = api.registerPerson("revoke2026");
        String first = api.token("revoke2026", AccountsClient.PASSWORD);
        String second = api.token(mobile, AccountsClient.PASSWORD);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", second, null).getStatusCode().value()).isEqualTo(200);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/password", first,
                Map.of("oldPassword", AccountsClient.PASSWORD, "newPassword", "Changed2026x"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", first, null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", second, null).getStatusCode().value()).isEqualTo(401);

        String third = api.token("revoke2026", "Changed2026x");
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", third, null).getStatusCode().value()).isEqualTo(200);
        String code = api.code(mobile, "RESET_PASSWORD");
        assertThat(http.postForEntity("/api/v1/password-resets", Map.of("mobile", mobile, "smsCode", code,
                "newPassword", "ResetAgain2026"), Map.class).getStatusCode().value()).isEqualTo(204);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", third, null).getStatusCode().value()).isEqualTo(401);

        String fourth = api.token("revoke2026", "ResetAgain2026");
        String newMobile = AccountsTestSupport.newMobile();
        assertThat(api.call(HttpMethod.POST, "/api/v1/sms-challenges", fourth,
                Map.of("mobile", newMobile, "purpose", "CHANGE_MOBILE")).getStatusCode().value()).isEqualTo(202);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/mobile", fourth, Map.of("mobile", newMobile,
                "smsCode", recorder.codeFor(newMobile), "password", "ResetAgain2026")).getStatusCode().value())
                .isEqualTo(204);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", fourth, null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void wrongOldPasswordsPauseThePasswordChangeAfterFive() {
        api.registerPerson("guess2026");
        String token = api.token("guess2026", AccountsClient.PASSWORD);
        clock.freeze();
        for (int i = 1; i <= 5; i++) {
            ResponseEntity<Map> wrong = api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                    Map.of("oldPassword", "Guess" + i + "2026x", "newPassword", "Another2026"));
            assertThat(RegistrationApiTests.fields(wrong)).containsExactly("oldPassword");
        }
        ResponseEntity<Map> paused = api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                Map.of("oldPassword", AccountsClient.PASSWORD, "newPassword", "Another2026"));
        assertThat(paused.getStatusCode().value()).isEqualTo(429);
        assertThat(Integer.parseInt(paused.getHeaders().getFirst("Retry-After"))).isBetween(890, 900);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                Map.of("oldPassword", AccountsClient.PASSWORD, "newPassword", "Another2026"))
                .getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aMobileChangeNeedsThePasswordOrACodeSentToTheCurrentNumber() {
        String mobile = api.registerPerson("mover2026");
        String token = api.token("mover2026", AccountsClient.PASSWORD);
        String newMobile = AccountsTestSupport.newMobile();
        api.call(HttpMethod.POST, "/api/v1/sms-challenges", token, Map.of("mobile", newMobile,
                "purpose", "CHANGE_MOBILE"));
        String newCode = recorder.codeFor(newMobile);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", token, null).getBody())
                .containsEntry("mobile", masked(mobile)); // kept per node from here on (docs/architecture.md)
        ResponseEntity<Map> bare = api.call(HttpMethod.PUT, "/api/v1/me/mobile", token,
                Map.of("mobile", newMobile, "smsCode", newCode));
        assertThat(bare.getStatusCode().value()).isEqualTo(400);
        assertThat(RegistrationApiTests.fields(bare)).containsExactly("password");
        ResponseEntity<Map> wrong = api.call(HttpMethod.PUT, "/api/v1/me/mobile", token,
                Map.of("mobile", newMobile, "smsCode", newCode, "password", "NotMine2026"));
        assertThat(RegistrationApiTests.fields(wrong)).containsExactly("password");

        assertThat(api.call(HttpMethod.POST, "/api/v1/sms-challenges", token, Map.of("mobile", mobile,
                "purpose", "CHANGE_MOBILE")).getStatusCode().value()).as("a code to the current number")
                .isEqualTo(202);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/mobile", token, Map.of("mobile", newMobile,
                "smsCode", newCode, "oldSmsCode", recorder.codeFor(mobile))).getStatusCode().value())
                .isEqualTo(204);
        assertThat(api.passwordToken(newMobile, AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(api.call(HttpMethod.GET, "/api/v1/me", api.token(newMobile, AccountsClient.PASSWORD), null)
                .getBody()).as("the change is read at once on this node").containsEntry("mobile", masked(newMobile));
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static org.springframework.http.HttpHeaders bearer(String token) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    @Test
    void smsCodeTokenAndItsRefusals() {
        String mobile = api.registerPerson("zhaoliu2026");
        ResponseEntity<Map> noCode = http.postForEntity("/api/v1/tokens", Map.of("mobile", mobile, "smsCode", "1"),
                Map.class);
        assertThat(noCode.getStatusCode().value()).isEqualTo(400);
        clock.advance(Duration.ofSeconds(61));
        String code = api.code(mobile, "LOGIN");
        ResponseEntity<Map> token = http.postForEntity("/api/v1/tokens", Map.of("mobile", mobile, "smsCode", code),
                Map.class);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> reused = http.postForEntity("/api/v1/tokens", Map.of("mobile", mobile, "smsCode", code),
                Map.class);
        assertThat(reused.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void passwordResetBySmsSetsTheChosenPasswordAndLiftsALock() {
        String mobile = api.registerPerson("sunqi2026");
        clock.advance(Duration.ofSeconds(61));
        String code = api.code(mobile, "RESET_PASSWORD");
        ResponseEntity<Map> weak = http.postForEntity("/api/v1/password-resets",
                Map.of("mobile", mobile, "smsCode", code, "newPassword", "short1"), Map.class);
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(RegistrationApiTests.fields(weak)).containsExactly("newPassword");
        ResponseEntity<Map> done = http.postForEntity("/api/v1/password-resets",
                Map.of("mobile", mobile, "smsCode", code, "newPassword", "NewSecret99"), Map.class);
        assertThat(done.getStatusCode().value()).isEqualTo(204);
        assertThat(api.passwordToken("sunqi2026", AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(401);
        assertThat(api.passwordToken("sunqi2026", "NewSecret99").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void changesPasswordWithTheOldOneAndMobileWithACodeToTheNewNumber() {
        String mobile = api.registerPerson("zhouba2026");
        String token = api.token("zhouba2026", AccountsClient.PASSWORD);
        ResponseEntity<Map> wrongOld = api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                Map.of("oldPassword", "Nope12345", "newPassword", "Another2026"));
        assertThat(RegistrationApiTests.fields(wrongOld)).containsExactly("oldPassword");
        assertThat(auditLog.recent("accounts.password.changeRefused", "", 10)).isNotEmpty();
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/password", token,
                Map.of("oldPassword", AccountsClient.PASSWORD, "newPassword", "Another2026"))
                .getStatusCode().value()).isEqualTo(204);
        token = api.token("zhouba2026", "Another2026");

        String newMobile = AccountsTestSupport.newMobile();
        ResponseEntity<Map> sent = api.call(HttpMethod.POST, "/api/v1/sms-challenges", token,
                Map.of("mobile", newMobile, "purpose", "CHANGE_MOBILE"));
        assertThat(sent.getStatusCode().value()).as("signed-in users need no captcha").isEqualTo(202);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/mobile", token,
                Map.of("mobile", newMobile, "smsCode", recorder.codeFor(newMobile), "password", "Another2026"))
                .getStatusCode().value()).isEqualTo(204);
        token = api.token(newMobile, "Another2026");
        Map me = api.call(HttpMethod.GET, "/api/v1/me", token, null).getBody();
        assertThat(me.get("mobile")).isEqualTo(newMobile.substring(0, 3) + "****" + newMobile.substring(7));
        assertThat(api.passwordToken(mobile, "Another2026").getStatusCode().value()).isEqualTo(401);
        assertThat(api.passwordToken(newMobile, "Another2026").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void staffGetStaffTokensAndApplicantsAreKeptOutOfTheAdminApi() {
        String staffToken = api.token("admin", "Sandbox-2026!");
        Map me = api.call(HttpMethod.GET, "/api/v1/me", staffToken, null).getBody();
        assertThat(me).containsEntry("type", "STAFF").containsEntry("username", "admin");
        assertThat((List<String>) me.get("roles")).contains("REVIEWER", "AUDITOR", "ADMIN");
        assertThat(api.call(HttpMethod.GET, "/api/v1/admin/audit", staffToken, null).getStatusCode().value())
                .isEqualTo(200);

        api.registerPerson("qianjiu2026");
        String applicant = api.token("qianjiu2026", AccountsClient.PASSWORD);
        ResponseEntity<Map> denied = api.call(HttpMethod.GET, "/api/v1/admin/audit", applicant, null);
        assertThat(denied.getStatusCode().value()).isEqualTo(403);
        assertThat(denied.getHeaders().getContentType().toString()).contains("problem+json");
        String reviewer = api.token("reviewer", "Sandbox-2026!");
        assertThat(api.call(HttpMethod.GET, "/api/v1/admin/audit", reviewer, null).getStatusCode().value())
                .isEqualTo(403);
    }
}
