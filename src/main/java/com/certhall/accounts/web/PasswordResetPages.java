package com.certhall.accounts.web;

import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Credentials;
import com.certhall.shared.ProblemException;
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

    private static final String VIEW = "accounts/forgot-password";

    private final Credentials credentials;
    private final AccountForms forms;

    PasswordResetPages(Credentials credentials, AccountForms forms) {
        this.credentials = credentials;
        this.forms = forms;
    }

    @GetMapping("/forgot-password")
    String form(Model model) {
        return forms.page(model, VIEW, new ResetForm(null, null, null));
    }

    @PostMapping("/forgot-password")
    String reset(@ModelAttribute("form") ResetForm form, Model model, Locale locale) {
        try {
            credentials.reset(new Commands.ResetPassword(form.mobile(), form.smsCode(), form.newPassword()), locale);
            return "redirect:/login?reset";
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return forms.page(model, VIEW, form);
        }
    }

    record ResetForm(@Nullable String mobile, @Nullable String smsCode, @Nullable String newPassword) {
    }
}
