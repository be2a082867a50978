package com.certhall.accounts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * For account tests: a recorder of the SMS codes and lock-outs the accounts module publishes (read in-process instead
 * of waiting for the asynchronous SMS delivery).
 */
@TestConfiguration(proxyBeanMethods = false)
public class AccountsTestSupport {

    private static final AtomicLong MOBILES = new AtomicLong(System.nanoTime() % 10_000_000L);

    /** A fresh, valid mobile number no other test uses. */
    public static String newMobile() {
        return "139" + String.format("%08d", MOBILES.incrementAndGet() % 100_000_000L);
    }

    @Bean
    Recorder accountEventRecorder(SmsChallengeService challenges) {
        return new Recorder(challenges);
    }

    /** Made on first use: only the contexts with a server have the HTTP client it needs. */
    @Bean
    @Lazy
    AccountsClient accountsClient(TestRestTemplate http, CaptchaService captchas, Recorder recorder) {
        return new AccountsClient(http, captchas, recorder);
    }

    /** The newest code per mobile, every throttled password sign-in and every registration that clashed. */
    public static class Recorder {

        private final Map<String, SmsCodeIssued> issued = new ConcurrentHashMap<>();
        private final Map<String, String> codes = new ConcurrentHashMap<>();
        private final List<PasswordSignInThrottled> throttlings = new CopyOnWriteArrayList<>();
        private final List<RegistrationNotCompleted> clashes = new CopyOnWriteArrayList<>();
        private final SmsChallengeService challenges;

        @EventListener
        void on(RegistrationNotCompleted event) {
            clashes.add(event);
        }

        public List<RegistrationNotCompleted> clashes() {
            return clashes;
        }

        Recorder(SmsChallengeService challenges) {
            this.challenges = challenges;
        }

        /** Reads the code as the SMS sender does, but at once (in the issuing transaction): the event carries none. */
        @EventListener
        void on(SmsCodeIssued event) {
            issued.put(event.mobile(), event);
            challenges.codeToSend(event.challengeId()).ifPresent(code -> codes.put(event.mobile(), code));
        }

        @EventListener
        void on(PasswordSignInThrottled event) {
            throttlings.add(event);
        }

        public String codeFor(String mobile) {
            String code = codes.get(mobile);
            if (code == null) {
                throw new AssertionError("no SMS code was issued to " + mobile);
            }
            return code;
        }

        public SmsCodeIssued lastIssued(String mobile) {
            return issued.get(mobile);
        }

        public List<PasswordSignInThrottled> throttlings() {
            return throttlings;
        }
    }
}
