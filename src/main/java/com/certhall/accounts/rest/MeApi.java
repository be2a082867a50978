package com.certhall.accounts.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.accounts.domain.AccountDirectory;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Credentials;
import com.certhall.shared.NotFoundException;
import com.certhall.web.KeptReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password reset and the signed-in user's own profile, password and mobile. An applicant's profile is also answered on
 * the API's lean path ({@link KeptReads}; docs/security.md, "Lean API reads").
 */
@RestController
@RequestMapping("/api/v1")
class MeApi implements KeptReads {

    private static final String ME = "/api/v1/me";

    private final AccountDirectory directory;
    private final Credentials credentials;

    MeApi(AccountDirectory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    @PostMapping("/password-resets")
    @Operation(summary = "Sets a new password for the account of a mobile, proven by an SMS code (RESET_PASSWORD)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@RequestBody ResetRequest body, Locale locale) {
        credentials.reset(new Commands.ResetPassword(body.mobile(), body.smsCode(), body.newPassword()), locale);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: a staff user and roles, or an applicant with masked identifiers")
    MeJson me(@AuthenticationPrincipal AuthenticatedUser user) {
        if (!user.isApplicant()) {
            return MeJson.Staff.of(user.name(), Arrays.stream(StaffRole.values()).filter(user::hasRole).toList());
        }
        return profile(user).orElseThrow(() -> new NotFoundException("Account", user.id()));
    }

    /** An applicant's own profile; staff and callers without a live token are left to the whole chain. */
    @Override
    public @Nullable Object answer(String path, Supplier<@Nullable Authentication> callers, Locale locale) {
        if (!ME.equals(path)) {
            return null;
        }
        Authentication caller = callers.get();
        if (caller == null || !(caller.getPrincipal() instanceof AuthenticatedUser user) || !user.isApplicant()) {
            return null;
        }
        return profile(user).orElse(null);
    }

    private Optional<MeJson> profile(AuthenticatedUser user) {
        return directory.findApplicant(user.id()).map(MeJson.Applicant::of);
    }

    @PutMapping("/me/password")
    @Operation(summary = "Changes the applicant's password (old and new); every bearer token of the account ends",
            description = "Five wrong old passwords, then 429 with Retry-After (docs/security.md, \"Accounts\").")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody PasswordChange body,
            Locale locale) {
        credentials.change(applicant(user).id(), body.oldPassword(), body.newPassword(), locale);
    }

    @PutMapping("/me/mobile")
    @Operation(summary = "Changes the applicant's mobile: an SMS code sent to the new number, and the password or a "
            + "CHANGE_MOBILE code sent to the current number; every bearer token of the account ends")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeMobile(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody MobileChange body,
            Locale locale) {
        credentials.changeMobile(applicant(user).id(), new Commands.ChangeMobile(body.mobile(), body.smsCode(),
                body.password(), body.oldSmsCode()), locale);
    }

    private static AuthenticatedUser applicant(AuthenticatedUser user) {
        if (!user.isApplicant()) {
            throw new AccessDeniedException("only applicant accounts have a password and mobile here");
        }
        return user;
    }

    record ResetRequest(@Nullable String mobile, @Nullable String smsCode, @Nullable String newPassword) {
    }

    record PasswordChange(@Nullable String oldPassword, @Nullable String newPassword) {
    }

    record MobileChange(@Nullable String mobile, @Nullable String smsCode,
            @Schema(description = "The current password; or give oldSmsCode instead.") @Nullable String password,
            @Schema(description = "A CHANGE_MOBILE code sent to the current number; or give password instead.")
            @Nullable String oldSmsCode) {
    }
}
