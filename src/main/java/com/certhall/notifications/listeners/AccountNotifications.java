package com.certhall.notifications.listeners;

import static com.certhall.notifications.listeners.MessageTimes.MINUTE;

import com.certhall.accounts.AccountRegistered;
import com.certhall.accounts.MobileChanged;
import com.certhall.accounts.PasswordChanged;
import com.certhall.accounts.PasswordSignInThrottled;
import com.certhall.accounts.RegistrationNotCompleted;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.notifications.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** SMS and e-mail for account events: codes, throttled password sign-in, registrations that did not complete, password and mobile changes, welcome messages. */
@Component
class AccountNotifications {

    private final Notifier notifier;
    private final SmsChallengeService challenges;
    private final Clock clock;

    AccountNotifications(Notifier notifier, SmsChallengeService challenges, Clock clock) {
        this.notifier = notifier;
        this.challenges = challenges;
        this.clock = clock;
    }

    /**
     * The event names the challenge only (it is stored in the outbox); the code is read from accounts now. A code
     * used, dead or expired is not sent: delivered late it only confuses, and the user asks for a new one.
     */
    @NotificationListener
    void on(SmsCodeIssued event) {
        if (!event.expiresAt().isAfter(clock.instant())) {
            return;
        }
        Optional<String> code = challenges.codeToSend(event.challengeId());
        if (code.isEmpty()) {
            return;
        }
        long seconds = Duration.between(clock.instant(), event.expiresAt()).toSeconds();
        notifier.sms("code:" + event.challengeId(), event.mobile(), "code." + event.purpose().name(), event.locale(),
                code.get(), (seconds + 59) / 60);
    }

    @NotificationListener
    void on(PasswordSignInThrottled event) {
        notifier.sms("throttled:" + event.accountId() + ":" + event.nextAttemptAt(), event.mobile(), "locked",
                event.locale(), MINUTE.format(event.nextAttemptAt()));
    }

    @NotificationListener
    void on(PasswordChanged event) {
        notifier.sms("password:" + event.accountId() + ":" + event.at(), event.mobile(),
                event.reset() ? "passwordReset" : "passwordChanged", event.locale(), MINUTE.format(event.at()));
    }

    @NotificationListener
    void on(MobileChanged event) {
        String time = MINUTE.format(event.at());
        notifier.sms("mobile-old:" + event.accountId() + ":" + event.at(), event.oldMobile(), "mobileChangedOld",
                event.locale(), time);
        notifier.sms("mobile-new:" + event.accountId() + ":" + event.at(), event.newMobile(), "mobileChangedNew",
                event.locale(), time);
    }

    /** The caller learns the outcome by SMS on his proven number only; the clashing accounts' owners are warned. */
    @NotificationListener
    void on(RegistrationNotCompleted event) {
        String key = "registration:" + event.attemptId();
        notifier.sms(key + ":caller", event.callerMobile(),
                event.callerHasAccount() ? "registrationHasAccount" : "registrationClash", event.locale(),
                MINUTE.format(event.at()));
        for (String owner : event.ownerMobiles()) {
            notifier.sms(key + ":" + owner, owner, "registrationAttempt", event.locale(), MINUTE.format(event.at()));
        }
    }

    @NotificationListener
    void on(AccountRegistered event) {
        notifier.sms("welcome-sms:" + event.accountId(), event.mobile(), "welcome", event.locale(),
                event.displayName(), event.loginName());
        if (event.email() != null && !event.email().isBlank()) {
            notifier.email("welcome-mail:" + event.accountId(), event.email(), "welcome", event.locale(),
                    event.displayName(), event.loginName());
        }
    }
}
