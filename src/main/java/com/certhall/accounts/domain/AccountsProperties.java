package com.certhall.accounts.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts module ({@code certhall.accounts.*}).
 *
 * @param tokenTtl lifetime of an API bearer token
 * @param sms      SMS send limits
 * @param login    sign-in throttling per source address
 * @param admin    the first administrator under the {@code prod} profile (created once, when no staff user exists)
 */
@ConfigurationProperties("certhall.accounts")
public record AccountsProperties(@Nullable Duration tokenTtl, @Nullable Sms sms, @Nullable Login login,
        @Nullable Admin admin) {

    public AccountsProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(2) : tokenTtl;
        sms = sms == null ? new Sms(null, 0, 0, 0) : sms;
        login = login == null ? new Login(0) : login;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /** Resend interval per number and kind, limits per number per 24 h, per account per 24 h, per address per hour. */
    public record Sms(@Nullable Duration resendInterval, int perNumberPerDay, int perAccountPerDay,
            int perAddressPerHour) {

        public Sms {
            resendInterval = resendInterval == null ? Duration.ofSeconds(60) : resendInterval;
            perNumberPerDay = perNumberPerDay <= 0 ? 10 : perNumberPerDay;
            perAccountPerDay = perAccountPerDay <= 0 ? 30 : perAccountPerDay;
            perAddressPerHour = perAddressPerHour <= 0 ? 30 : perAddressPerHour;
        }

        SmsSendPolicy policy() {
            return new SmsSendPolicy(resendInterval, perNumberPerDay, perAccountPerDay, perAddressPerHour);
        }
    }

    /**
     * Failed sign-ins one source address may make within an hour before its attempts are delayed (10 s doubling to
     * 15 minutes); behind a shared proxy raise it.
     */
    public record Login(int sourceFreeFailures) {

        public Login {
            sourceFreeFailures = sourceFreeFailures <= 0 ? 30 : sourceFreeFailures;
        }

        ThrottlePolicy sourcePolicy() {
            return new ThrottlePolicy(sourceFreeFailures, Duration.ofSeconds(10), Duration.ofMinutes(15),
                    sourceFreeFailures * 10, Duration.ofHours(1));
        }
    }

    /** {@code passwordHash} is a Spring Security encoded hash such as {@code {bcrypt}$2a$10$...}. */
    public record Admin(@Nullable String username, @Nullable String passwordHash) {
    }
}
