package com.certhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountRegistered;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditLog;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.support.Eventually;
import com.certhall.shared.MobileNumber;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** Account events become SMS and e-mail after commit, survive a provider outage, and are never sent twice. */
@WebIntegrationTest
class NotificationDeliveryTests {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    AuditLog audit;
    @Autowired
    TestRestTemplate http;
    @Autowired
    SmsChallengeService challenges;
    @Autowired
    AccountsTestSupport.Recorder codes;

    @Test
    void smsCodeReachesTheInboxAfterCommitAndShowsInTheApi() {
        String mobile = randomMobile();
        tx.executeWithoutResult(status -> issueCode(mobile, Locale.SIMPLIFIED_CHINESE));
        String code = codes.codeFor(mobile);

        SandboxInbox.Message sms = Eventually.await("the SMS", WAIT, () -> inbox.messages(mobile, 5),
                list -> !list.isEmpty()).get(0);
        assertThat(sms.kind()).isEqualTo("SMS");
        assertThat(sms.text()).startsWith("【CertHall】").contains("验证码：" + code).contains("5 分钟");

        List<Map<String, Object>> api = http.exchange("/sandbox/api/messages?to=" + mobile, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(api).singleElement().satisfies(m -> {
            assertThat(m.get("to")).isEqualTo(mobile);
            assertThat(m.get("kind")).isEqualTo("SMS");
            assertThat((String) m.get("text")).contains(code);
        });
    }

    @Test
    void nothingIsSentWhenTheBusinessTransactionRollsBack() {
        String mobile = randomMobile();
        try {
            tx.executeWithoutResult(status -> {
                issueCode(mobile, Locale.SIMPLIFIED_CHINESE);
                status.setRollbackOnly();
            });
        } finally {
            // a marker event published afterwards proves the listener had its chance
            String marker = randomMobile();
            tx.executeWithoutResult(status -> issueCode(marker, Locale.SIMPLIFIED_CHINESE));
            Eventually.await("the marker SMS", WAIT, () -> inbox.messages(marker, 5), list -> !list.isEmpty());
        }
        assertThat(inbox.messages(mobile, 5)).isEmpty();
    }

    @Test
    void englishTextForEnglishUsers() {
        String mobile = randomMobile();
        tx.executeWithoutResult(status -> issueCode(mobile, Locale.ENGLISH));
        SandboxInbox.Message sms = Eventually.await("the SMS", WAIT, () -> inbox.messages(mobile, 5),
                list -> !list.isEmpty()).get(0);
        assertThat(sms.text()).startsWith("[CertHall]").contains("Your registration code is " + codes.codeFor(mobile));
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        String mobile = randomMobile();
        SmsCodeIssued first = tx.execute(status -> issueCode(mobile, Locale.SIMPLIFIED_CHINESE));
        Eventually.await("the first SMS", WAIT, () -> inbox.messages(mobile, 5), list -> list.size() == 1);
        Eventually.await("the first SMS logged as sent", WAIT, () -> status("code:" + first.challengeId()),
                "SENT"::equals);
        publish(first);
        String marker = randomMobile();
        tx.executeWithoutResult(status -> issueCode(marker, Locale.SIMPLIFIED_CHINESE));
        Eventually.await("the marker SMS", WAIT, () -> inbox.messages(marker, 5), list -> !list.isEmpty());
        assertThat(inbox.messages(mobile, 5)).hasSize(1);
    }

    @Test
    void anOutageDelaysTheSmsWhichGoesOutOnceAfterRecovery() {
        String mobile = randomMobile();
        setOutage(true);
        UUID challenge;
        try {
            challenge = tx.execute(status -> issueCode(mobile, Locale.SIMPLIFIED_CHINESE)).challengeId();
            Eventually.await("a failed attempt", WAIT, () -> status("code:" + challenge), "RETRYING"::equals);
            assertThat(inbox.messages(mobile, 5)).isEmpty();
        } finally {
            setOutage(false);
        }
        incomplete.resubmitIncompletePublications(publication -> true);
        Eventually.await("the SMS after recovery", WAIT, () -> inbox.messages(mobile, 5), list -> !list.isEmpty());
        // the delivery log records the provider's answer just after the provider has the message
        Eventually.await("the delivery logged as sent", WAIT, () -> status("code:" + challenge), "SENT"::equals);
        assertThat(inbox.messages(mobile, 5)).hasSize(1);
    }

    @Test
    void aNumberThatCannotReceiveSmsFailsPermanentlyAndIsAudited() {
        String mobile = "140" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID challenge = tx.execute(status -> issueCode(mobile, Locale.SIMPLIFIED_CHINESE)).challengeId();
        Eventually.await("the permanent failure", WAIT, () -> status("code:" + challenge), "FAILED"::equals);
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
        Eventually.await("the audit entry", WAIT, () -> audit.recent("notifications.delivery.failed", null, 50),
                list -> list.stream().anyMatch(e -> e.subject().equals(masked)
                        && "isv.MOBILE_NUMBER_ILLEGAL".equals(e.details().get("code"))));
        String stored = jdbc.queryForObject("SELECT recipient FROM notifications_delivery WHERE dedupe_key = ?",
                String.class, "code:" + challenge);
        assertThat(stored).isEqualTo(masked);
    }

    @Test
    void welcomeGoesBySmsAndEmail() {
        String mobile = randomMobile();
        String email = "zhang." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        publish(new AccountRegistered(UUID.randomUUID(), "PERSON", "zhangsan", "张三", mobile, email, Instant.now(),
                Locale.SIMPLIFIED_CHINESE));
        SandboxInbox.Message mail = Eventually.await("the e-mail", WAIT, () -> inbox.messages(email, 5),
                list -> !list.isEmpty()).get(0);
        assertThat(mail.kind()).isEqualTo("EMAIL");
        assertThat(mail.subject()).isEqualTo("欢迎使用 CertHall 数字证书服务厅");
        assertThat(mail.text()).contains("尊敬的张三").contains("zhangsan");
        Eventually.await("the SMS", WAIT, () -> inbox.messages(mobile, 5), list -> !list.isEmpty());
    }

    @Test
    void inboxPageListsMessages() {
        String mobile = randomMobile();
        tx.executeWithoutResult(status -> issueCode(mobile, Locale.SIMPLIFIED_CHINESE));
        Eventually.await("the SMS", WAIT, () -> inbox.messages(mobile, 5), list -> !list.isEmpty());
        String page = http.getForObject("/sandbox/inbox?to=" + mobile, String.class);
        assertThat(page).contains("短信与邮件收件箱").contains(mobile).contains(codes.codeFor(mobile));
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void setOutage(boolean down) {
        http.postForObject("/sandbox/api/sms/outage", Map.of("down", down), Map.class);
    }

    private String status(String dedupeKey) {
        List<String> s = jdbc.queryForList("SELECT status FROM notifications_delivery WHERE dedupe_key = ?",
                String.class, dedupeKey);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Issues a real code (the SMS reads it from its challenge; the event carries none) and returns its event. */
    private SmsCodeIssued issueCode(String mobile, Locale locale) {
        SmsChallengeTicket ticket = challenges.issue(new MobileNumber(mobile), SmsPurpose.REGISTER, locale, null);
        return new SmsCodeIssued(ticket.challengeId(), mobile, SmsPurpose.REGISTER, ticket.expiresAt(), locale);
    }

    static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
