package com.certhall.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.support.Eventually;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request never holds two database connections: SMS-code checks join the caller's transaction instead of
 * opening a second one, and logins run their steps one after another (docs/security.md, "Accounts").
 */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class OneConnectionTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    SmsChallengeService sms;
    @Autowired
    SmsChallenges challenges;
    @Autowired
    TransactionTemplate tx;

    @Test
    void hundredConcurrentWrongCodeLoginsAnswer4xxAndOtherPagesStayFast() throws Exception {
        String mobile = accounts.registerPerson("crowd" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        String code = accounts.code(mobile, "LOGIN");
        String wrong = code.equals("000000") ? "111111" : "000000";
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong slowestChannels = new AtomicLong();
        try {
            List<Future<Integer>> logins = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                logins.add(pool.submit(() -> {
                    start.await();
                    return http.postForEntity("/api/v1/tokens", Map.of("mobile", mobile, "smsCode", wrong),
                            Map.class).getStatusCode().value();
                }));
            }
            Thread watcher = new Thread(() -> {
                while (running.get()) {
                    long begun = System.nanoTime();
                    ResponseEntity<String> channels = http.getForEntity("/api/v1/channels", String.class);
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun);
                    if (channels.getStatusCode().value() == 200) {
                        slowestChannels.accumulateAndGet(millis, Math::max);
                    } else {
                        slowestChannels.set(Long.MAX_VALUE);
                    }
                }
            });
            start.countDown();
            watcher.start();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> login : logins) {
                statuses.add(login.get(60, TimeUnit.SECONDS));
            }
            running.set(false);
            watcher.join();
            assertThat(statuses).allSatisfy(status -> assertThat(status).isBetween(400, 499));
            // the probe saw 30 s; this bound is generous on purpose (a slow CI machine), not a benchmark
            assertThat(slowestChannels.get()).as("slowest GET /api/v1/channels in ms").isLessThan(5_000);
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongCodeInATransactionThatRollsBackStillCounts() {
        MobileNumber mobile = MobileNumber.parse("mobile", AccountsTestSupport.newMobile());
        SmsChallengeTicket ticket = sms.issue(mobile, SmsPurpose.VERIFY, Locale.CHINA, null);
        String code = accounts.recorder().codeFor(mobile.value());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int tries = 1; tries <= 5; tries++) {
            tx.executeWithoutResult(status -> {
                InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                        () -> sms.verify(ticket.challengeId(), SmsPurpose.VERIFY, wrong));
                assertThat(refused).isNotNull();
                status.setRollbackOnly();
            });
            int expected = tries;
            Eventually.await("try " + tries + " counted", Duration.ofSeconds(10),
                    () -> challenges.attempts(ticket.challengeId()), attempts -> attempts == expected);
        }
        InvalidInputException dead = catchThrowableOfType(InvalidInputException.class,
                () -> sms.verify(ticket.challengeId(), SmsPurpose.VERIFY, code));
        assertThat(dead.violations().get(0).code()).isEqualTo("expired");
    }
}
