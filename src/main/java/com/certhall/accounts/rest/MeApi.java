package com.certhall.accounts.rest;

import com.certhall.accounts.ApplicantProfile;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.accounts.domain.AccountDirectory;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Credentials;
import com.certhall.shared.NotFoundException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Password reset and the signed-in user's own profile, password and mobile. */
@RestController
@RequestMapping("/api/v1")
class MeApi {

    private final AccountDirectory directory;
    private final Credentials credentials;

    MeApi(AccountDirectory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    @PostMapping("/password-resets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@RequestBody ResetRequest body, Locale locale) {
        credentials.reset(new Commands.ResetPassword(body.mobile(), body.smsCode(), body.newPassword()), locale);
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal AuthenticatedUser user) {
        Map<String, Object> me = new LinkedHashMap<>();
        if (!user.isApplicant()) {
            me.put("type", "STAFF");
            me.put("username", user.name());
            me.put("roles", Arrays.stream(StaffRole.values()).filter(user::hasRole).toList());
            return me;
        }
        ApplicantProfile p = directory.findApplicant(user.id())
                .orElseThrow(() -> new NotFoundException("Account", user.id()));
        me.put("accountId", p.accountId());
        me.put("type", p.type());
        me.put("loginName", p.loginName());
        me.put("ENTERPRISE".equals(p.type()) ? "enterpriseName" : "realName", p.displayName());
        me.put("mobile", p.mobile().masked());
        if (p.email() != null) {
            me.put("email", p.maskedEmail());
        }
        if (p.uscc() != null) {
            me.put("uscc", p.uscc().masked());
        }
        me.put("createdAt", p.createdAt());
        return me;
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody PasswordChange body,
            Locale locale) {
        credentials.change(applicant(user).id(), body.oldPassword(), body.newPassword(), locale);
    }

    @PutMapping("/me/mobile")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeMobile(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody MobileChange body,
            Locale locale) {
        credentials.changeMobile(applicant(user).id(), body.mobile(), body.smsCode(), locale);
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

    record MobileChange(@Nullable String mobile, @Nullable String smsCode) {
    }
}
