package com.certhall.accounts.web;

import com.certhall.accounts.CaptchaService;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How the accounts module's form pages (logins, registration, password reset, profile, staff management) behave: a
 * form page comes with a fresh captcha, and a refused form is shown again as typed with each message next to its
 * field, labelled under this module.
 */
@Component
class AccountForms {

    private final CaptchaService captchas;
    private final PageErrors errors;

    AccountForms(CaptchaService captchas, PageErrors errors) {
        this.captchas = captchas;
        this.errors = errors;
    }

    /** The page {@code view} with {@code form} and a fresh captcha; no messages unless a refusal put them there. */
    String page(Model model, String view, Object form) {
        PageErrors.none(model);
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.create());
        return view;
    }

    /** A refused form: each message next to its field, labelled under this module, on the page shown again. */
    void refused(ProblemException e, Model model, Locale locale) {
        errors.show(e, model, locale, "accounts");
    }
}
