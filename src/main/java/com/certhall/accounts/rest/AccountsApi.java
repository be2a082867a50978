package com.certhall.accounts.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.Captcha;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.domain.BearerTokens;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Logins;
import com.certhall.accounts.domain.Registrations;
import com.certhall.accounts.domain.SmsRequests;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public account calls: captchas, SMS challenges, registration and tokens. */
@RestController
@RequestMapping("/api/v1")
class AccountsApi {

    private static final String BEARER = "Bearer ";

    private final CaptchaService captchas;
    private final SmsRequests smsRequests;
    private final Registrations registrations;
    private final Logins logins;
    private final BearerTokens tokens;

    AccountsApi(CaptchaService captchas, SmsRequests smsRequests, Registrations registrations, Logins logins,
            BearerTokens tokens) {
        this.captchas = captchas;
        this.smsRequests = smsRequests;
        this.registrations = registrations;
        this.logins = logins;
        this.tokens = tokens;
    }

    @PostMapping("/captchas")
    @Operation(summary = "A new graphic captcha, valid 5 minutes and for one use")
    @ResponseStatus(HttpStatus.CREATED)
    Captcha captcha() {
        return captchas.create();
    }

    @PostMapping("/sms-challenges")
    @Operation(summary = "Sends a 6-digit SMS code for a purpose (REGISTER, LOGIN, RESET_PASSWORD, CHANGE_MOBILE, ...)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SmsChallengeTicket smsChallenge(@RequestBody SmsChallengeRequest body,
            @AuthenticationPrincipal @Nullable AuthenticatedUser user, Locale locale, HttpServletRequest request) {
        return smsRequests.request(body.mobile(), body.purpose(), body.captchaId(), body.captchaAnswer(), user,
                locale, request.getRemoteAddr());
    }

    @PostMapping("/accounts")
    @Operation(summary = "Registers a PERSON or ENTERPRISE applicant account, proven by an SMS code (REGISTER)",
            description = "Answers 202 alike whether the account was created or its mobile, login name, USCC or "
                    + "e-mail belongs to an account already; the outcome goes to the mobile by SMS (docs/security.md).")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Registrations.Received register(@RequestBody RegistrationRequest body, Locale locale) {
        return switch (body.type() == null ? "" : body.type().trim().toUpperCase(Locale.ROOT)) {
            case "PERSON" -> registrations.register(new Commands.RegisterPerson(body.mobile(), body.smsCode(),
                    body.loginName(), body.realName(), body.email(), body.password()), locale);
            case "ENTERPRISE" -> registrations.register(new Commands.RegisterEnterprise(body.uscc(),
                    body.enterpriseName(), body.mobile(), body.smsCode(), body.password()), locale);
            default -> throw InvalidInputException.of("type", "unknown", "accounts.validation.type.unknown", "type");
        };
    }

    @PostMapping("/tokens")
    @Operation(summary = "A bearer token, for a login with password and captcha or for a mobile with an SMS code")
    BearerTokens.IssuedToken token(@RequestBody TokenRequest body, HttpServletRequest request) {
        AuthenticatedUser user = body.smsCode() != null && body.password() == null
                ? logins.withSmsCode(new Commands.SmsLogin(body.mobile(), body.smsCode()), request.getRemoteAddr())
                : logins.withPassword(new Commands.PasswordLogin(body.login(), body.password(), body.captchaId(),
                        body.captchaAnswer()), false, request.getRemoteAddr());
        return tokens.issue(user);
    }

    @DeleteMapping("/tokens")
    @Operation(summary = "Logs out: the bearer token of this request stops working")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
        // the security chain let the call in with a live bearer token; without one there is nothing to end
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.revoke(authorization.substring(BEARER.length()));
        }
    }

    record SmsChallengeRequest(@Nullable String mobile, @Nullable String purpose, @Nullable String captchaId,
            @Nullable String captchaAnswer) {
    }

    record RegistrationRequest(@Nullable String type, @Nullable String mobile, @Nullable String smsCode,
            @Nullable String loginName, @Nullable String realName, @Nullable String email, @Nullable String password,
            @Nullable String uscc, @Nullable String enterpriseName) {
    }

    record TokenRequest(@Nullable String login, @Nullable String password, @Nullable String captchaId,
            @Nullable String captchaAnswer, @Nullable String mobile, @Nullable String smsCode) {
    }
}
