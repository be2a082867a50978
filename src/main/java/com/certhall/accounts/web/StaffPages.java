package com.certhall.accounts.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.StaffRole;
import com.certhall.accounts.domain.AccountDirectory;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Logins;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The staff login (staff users only) and the staff landing page listing the consoles the roles open. */
@Controller
class StaffPages {

    private final Logins logins;
    private final CaptchaService captchas;
    private final SessionSignIn sessions;
    private final PageErrors errors;
    private final AccountDirectory directory;

    StaffPages(Logins logins, CaptchaService captchas, SessionSignIn sessions, PageErrors errors,
            AccountDirectory directory) {
        this.logins = logins;
        this.captchas = captchas;
        this.sessions = sessions;
        this.errors = errors;
        this.directory = directory;
    }

    @GetMapping("/admin/login")
    String login(Model model) {
        return page(model, new StaffLoginForm(null, null, null, null));
    }

    @PostMapping("/admin/login")
    String signIn(@ModelAttribute("form") StaffLoginForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            AuthenticatedUser user = logins.withPassword(new Commands.PasswordLogin(form.login(), form.password(),
                    form.captchaId(), form.captchaAnswer()), true, request.getRemoteAddr());
            return "redirect:" + sessions.signIn(user, request, response, "/admin");
        } catch (ProblemException e) {
            errors.show(e, model, locale, "accounts");
            return page(model, form);
        }
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        model.addAttribute("displayName", directory.staffDisplayName(user).orElse(user.name()));
        model.addAttribute("consoles", CONSOLES.stream()
                .filter(c -> c.roles().stream().anyMatch(user::hasRole)).toList());
        return "accounts/staff-home";
    }

    private String page(Model model, StaffLoginForm form) {
        PageErrors.none(model);
        model.addAttribute("form", form);
        model.addAttribute("captcha", captchas.create());
        return "accounts/staff-login";
    }

    /**
     * The consoles of the staff home, each with the roles that may open it (as the pages themselves require); an
     * ADMIN sees them all.
     */
    private static final List<Console> CONSOLES = List.of(
            new Console("REVIEWER", "/admin/reviews", Set.of(StaffRole.REVIEWER)),
            new Console("FINANCE", "/admin/payments", Set.of(StaffRole.FINANCE)),
            new Console("OPERATOR", "/admin/production", Set.of(StaffRole.OPERATOR)),
            new Console("PAPER", "/admin/paper", Set.of(StaffRole.OPERATOR, StaffRole.REVIEWER)),
            new Console("CERTIFICATES", "/admin/certificates", Set.of(StaffRole.REVIEWER)),
            new Console("SEALS", "/admin/seals", Set.of(StaffRole.REVIEWER, StaffRole.OPERATOR, StaffRole.AUDITOR)),
            new Console("CHANNEL_ADMIN", "/admin/channels", Set.of(StaffRole.CHANNEL_ADMIN)),
            new Console("AUDITOR", "/admin/audit", Set.of(StaffRole.AUDITOR)),
            new Console("SUPPORT", "/admin/support", Set.of(StaffRole.SUPPORT)),
            new Console("MOBILE_CHANGES", "/admin/mobile-changes", Set.of(StaffRole.SUPPORT)),
            new Console("ADMIN", "/admin/staff", Set.of(StaffRole.ADMIN)));

    record Console(String role, String path, Set<StaffRole> roles) {
    }

    record StaffLoginForm(@Nullable String login, @Nullable String password, @Nullable String captchaId,
            @Nullable String captchaAnswer) {
    }
}
