package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Captchas, SMS challenges and registration through the JSON API, with every refusal they can answer. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class RegistrationApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    AccountsClient api;

    static List<String> fields(ResponseEntity<Map> problem) {
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.getBody().get("errors");
        return errors == null ? List.of() : errors.stream().map(e -> e.get("field")).toList();
    }

    @Test
    void captchaIsAPngThatIsUsedUpByItsFirstCheck() throws Exception {
        ResponseEntity<Map> created = http.postForEntity("/api/v1/captchas", null, Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String image = (String) created.getBody().get("image");
        assertThat(image).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                .decode(image.substring(image.indexOf(',') + 1))));
        assertThat(png.getWidth()).isGreaterThan(100);
        UUID id = UUID.fromString((String) created.getBody().get("id"));
        assertThat(captchas.answerFor(id)).hasValueSatisfying(a -> assertThat(a).hasSize(5));

        ResponseEntity<Map> wrong = http.postForEntity("/api/v1/sms-challenges", Map.of("mobile",
                AccountsTestSupport.newMobile(), "purpose", "REGISTER", "captchaId", id.toString(),
                "captchaAnswer", "nope"), Map.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactly("captchaAnswer");
        assertThat(captchas.answerFor(id)).isEmpty();
    }

    @Test
    void captchaExpiresAfterFiveMinutes() {
        Map<String, String> captcha = api.captcha();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        ResponseEntity<Map> late = http.postForEntity("/api/v1/sms-challenges", Map.of("mobile",
                AccountsTestSupport.newMobile(), "purpose", "REGISTER", "captchaId", captcha.get("captchaId"),
                "captchaAnswer", captcha.get("captchaAnswer")), Map.class);
        assertThat(late.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(late)).containsExactly("captchaAnswer");
    }

    @Test
    void smsChallengeAnswersTicketThenRefusesAResendWithin60Seconds() {
        String mobile = AccountsTestSupport.newMobile();
        ResponseEntity<Map> first = api.requestCode(mobile, "REGISTER");
        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(first.getBody()).containsKeys("challengeId", "expiresAt", "resendAfter");
        assertThat(recorder.codeFor(mobile)).matches("\\d{6}");

        ResponseEntity<Map> again = api.requestCode(mobile, "REGISTER");
        assertThat(again.getStatusCode().value()).isEqualTo(429);
        assertThat(Integer.parseInt(again.getHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(again.getHeaders().getContentType().toString()).contains("problem+json");

        clock.advance(Duration.ofSeconds(61));
        assertThat(api.requestCode(mobile, "REGISTER").getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void smsChallengeNamesEveryBadField() {
        ResponseEntity<Map> bad = http.postForEntity("/api/v1/sms-challenges",
                Map.of("mobile", "12345", "purpose", "PARTY"), Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("mobile", "purpose", "captchaAnswer");
    }

    @Test
    void codeRequestsAnswerAlikeForKnownAndUnknownNumbersButOnlyOwnersGetACode() {
        String known = api.registerPerson("owner" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        String unknown = AccountsTestSupport.newMobile();
        for (String purpose : List.of("LOGIN", "RESET_PASSWORD")) {
            clock.advance(Duration.ofSeconds(61));
            ResponseEntity<Map> toKnown = api.requestCode(known, purpose);
            ResponseEntity<Map> toUnknown = api.requestCode(unknown, purpose);
            assertThat(toUnknown.getStatusCode().value()).as(purpose).isEqualTo(toKnown.getStatusCode().value())
                    .isEqualTo(202);
            assertThat(toUnknown.getBody().keySet()).isEqualTo(toKnown.getBody().keySet());
            assertThat(recorder.lastIssued(known).purpose().name()).isEqualTo(purpose);
            assertThat(recorder.lastIssued(unknown)).as("nothing goes to a number without an account").isNull();
            ResponseEntity<Map> again = api.requestCode(unknown, purpose);
            assertThat(again.getStatusCode().value()).as("the same limits apply").isEqualTo(429);
        }
        ResponseEntity<Map> reset = http.postForEntity("/api/v1/password-resets", Map.of("mobile", unknown,
                "smsCode", "123456", "newPassword", "Whatever2026x"), Map.class);
        ResponseEntity<Map> resetKnown = http.postForEntity("/api/v1/password-resets", Map.of("mobile", known,
                "smsCode", recorder.codeFor(known).equals("123456") ? "654321" : "123456",
                "newPassword", "Whatever2026x"), Map.class);
        assertThat(reset.getStatusCode().value()).isEqualTo(resetKnown.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(reset)).isEqualTo(fields(resetKnown)).containsExactly("smsCode");
        assertThat(reset.getBody().get("detail")).isEqualTo(resetKnown.getBody().get("detail"));
    }

    @Test
    void signAndVerifyCodesAreNotSentToAnyNumberOnRequest() {
        api.registerPerson("signer" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        for (String purpose : List.of("SIGN", "VERIFY")) {
            ResponseEntity<Map> refused = api.requestCode(AccountsTestSupport.newMobile(), purpose);
            assertThat(refused.getStatusCode().value()).as(purpose).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("purpose");
        }
        ResponseEntity<Map> anonymousChange = api.requestCode(AccountsTestSupport.newMobile(), "CHANGE_MOBILE");
        assertThat(fields(anonymousChange)).containsExactly("purpose");
    }

    @Test
    void registrationChecksTheCodeFirstAndAnswersAlikeWhetherDetailsAreTakenTellingTheOwnersBySms() {
        String mobile = api.registerPerson("zhangsan01");
        Map<String, Object> clash = api.person(mobile, "ZhangSan01");
        clash.put("smsCode", "123456");
        ResponseEntity<Map> noCode = http.postForEntity("/api/v1/accounts", clash, Map.class);
        assertThat(noCode.getStatusCode().value()).as("the code is checked before anything else").isEqualTo(400);
        assertThat(fields(noCode)).containsExactly("smsCode");

        String fresh = AccountsTestSupport.newMobile();
        Map<String, Object> created = api.person(fresh, "fresh" + fresh.substring(5));
        created.put("smsCode", api.code(fresh, "REGISTER"));
        ResponseEntity<Map> newAccount = http.postForEntity("/api/v1/accounts", created, Map.class);

        String other = AccountsTestSupport.newMobile();
        Map<String, Object> sameNameAndEmail = api.person(other, "ZhangSan01");
        sameNameAndEmail.put("smsCode", api.code(other, "REGISTER"));
        ResponseEntity<Map> taken = http.postForEntity("/api/v1/accounts", sameNameAndEmail, Map.class);
        assertThat(taken.getStatusCode().value()).isEqualTo(newAccount.getStatusCode().value()).isEqualTo(202);
        assertThat(taken.getBody().keySet()).isEqualTo(newAccount.getBody().keySet());
        assertThat(recorder.clashes()).anySatisfy(c -> {
            assertThat(c.callerMobile()).isEqualTo(other);
            assertThat(c.callerHasAccount()).isFalse();
            assertThat(c.ownerMobiles()).containsExactly(mobile);
        });
        assertThat(api.passwordToken(other, AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(401);
        assertThat(api.passwordToken(fresh, AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(smsTo(mobile, "尝试使用您账户的登录名")).as("the owner is told").isTrue();
        assertThat(smsTo(other, "注册未完成")).as("the caller learns it on his own phone only").isTrue();

        clock.advance(Duration.ofSeconds(61));
        Map<String, Object> sameMobile = api.person(mobile, "another" + mobile.substring(5));
        sameMobile.put("smsCode", api.code(mobile, "REGISTER"));
        assertThat(http.postForEntity("/api/v1/accounts", sameMobile, Map.class).getStatusCode().value())
                .isEqualTo(202);
        assertThat(recorder.clashes()).anySatisfy(c -> {
            assertThat(c.callerMobile()).isEqualTo(mobile);
            assertThat(c.callerHasAccount()).isTrue();
        });

        String third = AccountsTestSupport.newMobile();
        Map<String, Object> reserved = api.person(third, "reviewer");
        reserved.put("smsCode", api.code(third, "REGISTER"));
        ResponseEntity<Map> staffName = http.postForEntity("/api/v1/accounts", reserved, Map.class);
        assertThat(staffName.getStatusCode().value()).isEqualTo(202);
        assertThat(api.passwordToken(third, AccountsClient.PASSWORD).getStatusCode().value()).isEqualTo(401);
    }

    private boolean smsTo(String mobile, String text) {
        return com.certhall.support.Eventually.await("an SMS to " + mobile + " saying " + text,
                Duration.ofSeconds(20), () -> List.of(http.getForObject("/sandbox/api/messages?to=" + mobile,
                        Map[].class)), messages -> messages.stream()
                        .anyMatch(m -> String.valueOf(m.get("text")).contains(text))) != null;
    }

    @Test
    void registrationNamesEveryBadFieldInTheCallersLanguage() {
        Map<String, Object> body = Map.of("type", "PERSON", "mobile", "1381234", "smsCode", "12",
                "loginName", "1abc", "realName", " ", "email", "not-mail", "password", "abcdefghijk");
        ResponseEntity<Map> bad = http.postForEntity("/api/v1/accounts", body, Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("mobile", "smsCode", "loginName", "realName", "email",
                "password");
        assertThat(bad.getBody().toString()).contains("须同时包含字母和数字");
    }

    @Test
    void aWrongSmsCodeCountsAndTheFifthKillsTheCode() {
        String mobile = AccountsTestSupport.newMobile();
        String code = api.code(mobile, "REGISTER");
        String wrong = code.equals("000000") ? "111111" : "000000";
        Map<String, Object> body = api.person(mobile, "wrongcode" + mobile.substring(7));
        body.put("smsCode", wrong);
        for (int left = 4; left >= 1; left--) {
            ResponseEntity<Map> refused = http.postForEntity("/api/v1/accounts", body, Map.class);
            assertThat(fields(refused)).containsExactly("smsCode");
            assertThat(refused.getBody().toString()).contains("还可尝试 " + left + " 次");
        }
        http.postForEntity("/api/v1/accounts", body, Map.class);
        body.put("smsCode", code);
        ResponseEntity<Map> dead = http.postForEntity("/api/v1/accounts", body, Map.class);
        assertThat(dead.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(dead)).containsExactly("smsCode");
    }

    @Test
    void registersAnEnterpriseWithItsUsccAsLoginName() {
        String mobile = AccountsTestSupport.newMobile();
        Map<String, Object> bad = Map.of("type", "ENTERPRISE", "uscc", "91350100M000100Y4Z", "enterpriseName", "",
                "mobile", mobile, "smsCode", "123456", "password", "Passw0rd2026x");
        ResponseEntity<Map> refused = http.postForEntity("/api/v1/accounts", bad, Map.class);
        assertThat(fields(refused)).containsExactlyInAnyOrder("uscc", "enterpriseName");

        Map<String, Object> body = Map.of("type", "ENTERPRISE", "uscc", "9134 0600 MA2P BM9H XD",
                "enterpriseName", "安徽示例科技有限公司", "mobile", mobile, "smsCode", api.code(mobile, "REGISTER"),
                "password", "Passw0rd2026x");
        assertThat(http.postForEntity("/api/v1/accounts", body, Map.class).getStatusCode().value()).isEqualTo(202);
        String token = api.token("91340600MA2PBM9HXD", "Passw0rd2026x");
        Map me = api.call(HttpMethod.GET, "/api/v1/me", token, null).getBody();
        assertThat(me).containsEntry("type", "ENTERPRISE").containsEntry("uscc", "9134**********9HXD")
                .containsEntry("enterpriseName", "安徽示例科技有限公司");
    }
}
