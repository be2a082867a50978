package com.certhall.accounts.domain;

import org.jspecify.annotations.Nullable;

/** The raw inputs of account operations as pages and the API receive them; the services validate every field. */
public final class Commands {

    private Commands() {
    }

    public record RegisterPerson(@Nullable String mobile, @Nullable String smsCode, @Nullable String loginName,
            @Nullable String realName, @Nullable String email, @Nullable String password) {
    }

    public record RegisterEnterprise(@Nullable String uscc, @Nullable String enterpriseName, @Nullable String mobile,
            @Nullable String smsCode, @Nullable String password) {
    }

    public record PasswordLogin(@Nullable String login, @Nullable String password, @Nullable String captchaId,
            @Nullable String captchaAnswer) {
    }

    public record SmsLogin(@Nullable String mobile, @Nullable String smsCode) {
    }

    /** A new mobile with the code sent to it, proven by the password or by a code sent to the current number. */
    public record ChangeMobile(@Nullable String mobile, @Nullable String smsCode, @Nullable String password,
            @Nullable String oldSmsCode) {
    }

    public record ResetPassword(@Nullable String mobile, @Nullable String smsCode, @Nullable String newPassword) {
    }
}
