package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Tokens by password and by SMS code, lock-out, password reset and change, mobile change, staff tokens. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class TokensApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog auditLog;
    AccountsClient api;

    @BeforeEach
    void client() {
        api = new AccountsClient(http, captchas, recorder);
    }

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
    void fiveWrongPasswordsLockTheAccountFor15Minutes() {
        String mobile = api.registerPerson("wangwu2026");
        for (int i = 1; i <= 4; i++) {
            assertThat(api.passwordToken("wangwu2026", "Wrong1234").getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<Map> locked = api.passwordToken("wangwu2026", "Wrong1234");
        assertThat(locked.getStatusCode().value()).isEqualTo(423);
        assertThat((String) locked.getBody().get("detail")).contains("锁定至").contains("+08:00");
        assertThat(recorder.lockouts()).anySatisfy(l -> assertThat(l.mobile()).isEqualTo(mobile));
        assertThat(api.passwordToken("wangwu2026", AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(423);
        assertThat(auditLog.recent("accounts.login.lockedOut", "", 50)).isNotEmpty();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(api.passwordToken("wangwu2026", AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(200);
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

        String newMobile = AccountsTestSupport.newMobile();
        ResponseEntity<Map> sent = api.call(HttpMethod.POST, "/api/v1/sms-challenges", token,
                Map.of("mobile", newMobile, "purpose", "CHANGE_MOBILE"));
        assertThat(sent.getStatusCode().value()).as("signed-in users need no captcha").isEqualTo(202);
        assertThat(api.call(HttpMethod.PUT, "/api/v1/me/mobile", token,
                Map.of("mobile", newMobile, "smsCode", recorder.codeFor(newMobile))).getStatusCode().value())
                .isEqualTo(204);
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
