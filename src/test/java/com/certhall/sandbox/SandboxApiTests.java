package com.certhall.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.WebIntegrationTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The sandbox reveals captcha answers the way a tester reading the picture would, and only while they live. */
@WebIntegrationTest
class SandboxApiTests {

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void captchaAnswerIsRevealedUntilTheCaptchaIsUsed() {
        Map<String, Object> captcha = http.postForObject("/api/v1/captchas", null, Map.class);
        String id = (String) captcha.get("id");
        assertThat((String) captcha.get("image")).startsWith("data:image/png;base64,");

        ResponseEntity<Map> answer = http.getForEntity("/sandbox/api/captchas/" + id, Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        String text = (String) answer.getBody().get("answer");
        assertThat(text).isNotBlank();

        String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        ResponseEntity<Map> sms = http.postForEntity("/api/v1/sms-challenges",
                Map.of("mobile", mobile, "purpose", "REGISTER", "captchaId", id, "captchaAnswer", text), Map.class);
        assertThat(sms.getStatusCode().value()).isEqualTo(202);

        assertThat(http.getForEntity("/sandbox/api/captchas/" + id, Map.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void sandboxIndexListsTheSimulatedParties() {
        String page = http.getForObject("/sandbox", String.class);
        assertThat(page).contains("沙箱环境").contains("/sandbox/inbox").contains("Sandbox-2026!");
    }
}
