package com.certhall.accounts.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts module ({@code certhall.accounts.*}).
 *
 * @param tokenTtl lifetime of an API bearer token
 * @param sms      SMS send limits
 * @param admin    the first administrator under the {@code prod} profile (created once, when no staff user exists)
 */
@ConfigurationProperties("certhall.accounts")
public record AccountsProperties(@Nullable Duration tokenTtl, @Nullable Sms sms, @Nullable Admin admin) {

    public AccountsProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(2) : tokenTtl;
        sms = sms == null ? new Sms(null, 0, 0) : sms;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /** Resend interval per number, per-number limit per 24 h and per-client-address limit per hour. */
    public record Sms(@Nullable Duration resendInterval, int perNumberPerDay, int perAddressPerHour) {

        public Sms {
            resendInterval = resendInterval == null ? Duration.ofSeconds(60) : resendInterval;
            perNumberPerDay = perNumberPerDay <= 0 ? 10 : perNumberPerDay;
            perAddressPerHour = perAddressPerHour <= 0 ? 30 : perAddressPerHour;
        }

        SmsSendPolicy policy() {
            return new SmsSendPolicy(resendInterval, perNumberPerDay, perAddressPerHour);
        }
    }

    /** {@code passwordHash} is a Spring Security encoded hash such as {@code {bcrypt}$2a$10$...}. */
    public record Admin(@Nullable String username, @Nullable String passwordHash) {
    }
}
