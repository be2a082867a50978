package com.certhall.accounts.domain;

import com.certhall.shared.MobileNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginGuardTests {

    static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");

    static Account account() {
        return Account.person("zhang2026", "张三", MobileNumber.parse("mobile", "13800138000"), "z@example.com",
                "{noop}x", Locale.SIMPLIFIED_CHINESE, T0);
    }

    @Test
    void theFifthWrongPasswordLocksFor15Minutes() {
        Account account = account();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedLogin(T0.plusSeconds(i))).isFalse();
        }
        assertThat(account.recordFailedLogin(T0.plusSeconds(5))).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> account.checkNotLocked(T0.plus(Duration.ofMinutes(15))))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> {
                    assertThat(e.status()).isEqualTo(423);
                    assertThat(e.args()[0].toString()).isEqualTo("2026-11-21 10:15 (UTC+08:00)");
                });
        assertThatCode(() -> account.checkNotLocked(T0.plus(Duration.ofMinutes(16)))).doesNotThrowAnyException();
    }

    @Test
    void aRightPasswordResetsTheCount() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0);
        }
        account.recordSuccessfulLogin();
        assertThat(account.recordFailedLogin(T0)).isFalse();
    }

    @Test
    void afterALapsedLockTheCountStartsAgain() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(20));
        assertThat(account.recordFailedLogin(later)).isFalse();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void aPasswordResetLiftsTheLock() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }
        account.changePassword("{noop}new");
        assertThatCode(() -> account.checkNotLocked(T0)).doesNotThrowAnyException();
    }
}
