package com.certhall.accounts.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Logins;
import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant login page: password + captcha, or mobile + SMS code. */
@Controller
class LoginPages {

    private final Logins logins;
    private final SessionSignIn sessions;
    private final AccountForms forms;

    LoginPages(Logins logins, SessionSignIn sessions, AccountForms forms) {
        this.logins = logins;
        this.sessions = sessions;
        this.forms = forms;
    }

    @GetMapping("/login")
    String login(@RequestParam(defaultValue = "password") String tab,
            @RequestParam(required = false) @Nullable String next, Model model, HttpServletRequest request) {
        SessionSignIn.rememberNext(request, next);
        return page(model, "sms".equals(tab) ? "sms" : "password", new LoginForm(null, null, null, null, null, null));
    }

    @PostMapping("/login")
    String withPassword(@ModelAttribute("form") LoginForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            AuthenticatedUser user = logins.withPassword(new Commands.PasswordLogin(form.login(), form.password(),
                    form.captchaId(), form.captchaAnswer()), false, request.getRemoteAddr());
            return "redirect:" + sessions.signIn(user, request, response, user.isApplicant() ? "/account" : "/admin");
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(model, "password", form);
        }
    }

    @PostMapping("/login/sms")
    String withSmsCode(@ModelAttribute("form") LoginForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            AuthenticatedUser user = logins.withSmsCode(new Commands.SmsLogin(form.mobile(), form.smsCode()),
                    request.getRemoteAddr());
            return "redirect:" + sessions.signIn(user, request, response, "/account");
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(model, "sms", form);
        }
    }

    private String page(Model model, String tab, LoginForm form) {
        model.addAttribute("tab", tab);
        return forms.page(model, "accounts/login", form);
    }

    record LoginForm(@Nullable String login, @Nullable String password, @Nullable String captchaId,
            @Nullable String captchaAnswer, @Nullable String mobile, @Nullable String smsCode) {
    }
}
