package com.certhall.accounts.web;

import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Credentials;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Forgot password: mobile + SMS code, then a new password the user chooses. */
@Controller
class PasswordResetPages {

    private final Credentials credentials;
    private final CaptchaService captchas;
    private final PageErrors errors;

    PasswordResetPages(Credentials credentials, CaptchaService captchas, PageErrors errors) {
        this.credentials = credentials;
        this.captchas = captchas;
        this.errors = errors;
    }

    @GetMapping("/forgot-password")
    String form(Model model) {
        return page(model, new ResetForm(null, null, null));
    }

    @PostMapping("/forgot-password")
    String reset(@ModelAttribute("form") ResetForm form, Model model, Locale locale) {
        try {
            credentials.reset(new Commands.ResetPassword(form.mobile(), form.smsCode(), form.newPassword()), locale);
            return "redirect:/login?reset";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "accounts");
            return page(model, form);
        }
    }

    private String page(Model model, ResetForm form) {
        PageErrors.none(model);
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.create());
        return "accounts/forgot-password";
    }

    record ResetForm(@Nullable String mobile, @Nullable String smsCode, @Nullable String newPassword) {
    }
}
