package com.certhall.accounts.web;

import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Registrations;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registration of a person or an enterprise. Every accepted form leads to the same login page whether an account was
 * created or its details were taken; the SMS to the proven mobile tells which (docs/security.md, "Accounts").
 */
@Controller
class RegisterPages {

    private static final String RECEIVED = "redirect:/login?registered";

    private final Registrations registrations;
    private final AccountForms forms;

    RegisterPages(Registrations registrations, AccountForms forms) {
        this.registrations = registrations;
        this.forms = forms;
    }

    @GetMapping("/register")
    String register(@RequestParam(defaultValue = "person") String type, Model model) {
        RegisterForm empty = new RegisterForm(null, null, null, null, null, null, null, null);
        return page(model, "enterprise".equals(type) ? "enterprise" : "person", empty);
    }

    @PostMapping("/register/person")
    String person(@ModelAttribute("form") RegisterForm form, Model model, Locale locale) {
        try {
            registrations.register(new Commands.RegisterPerson(form.mobile(), form.smsCode(),
                    form.loginName(), form.realName(), form.email(), form.password()), locale);
            return RECEIVED;
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(model, "person", form);
        }
    }

    @PostMapping("/register/enterprise")
    String enterprise(@ModelAttribute("form") RegisterForm form, Model model, Locale locale) {
        try {
            registrations.register(new Commands.RegisterEnterprise(form.uscc(), form.enterpriseName(),
                    form.mobile(), form.smsCode(), form.password()), locale);
            return RECEIVED;
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(model, "enterprise", form);
        }
    }

    private String page(Model model, String type, RegisterForm form) {
        model.addAttribute("type", type);
        return forms.page(model, "accounts/register", form);
    }

    record RegisterForm(@Nullable String mobile, @Nullable String smsCode, @Nullable String loginName,
            @Nullable String realName, @Nullable String email, @Nullable String password, @Nullable String uscc,
            @Nullable String enterpriseName) {
    }
}
