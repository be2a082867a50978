package com.certhall.accounts.web;

import com.certhall.accounts.ApplicantProfile;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.domain.AccountDirectory;
import com.certhall.accounts.domain.Commands;
import com.certhall.accounts.domain.Credentials;
import com.certhall.shared.NotFoundException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The applicant's profile with masked identifiers, password change and mobile change. */
@Controller
class ProfilePages {

    static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AccountDirectory directory;
    private final Credentials credentials;
    private final AccountForms forms;

    ProfilePages(AccountDirectory directory, Credentials credentials, AccountForms forms) {
        this.directory = directory;
        this.credentials = credentials;
        this.forms = forms;
    }

    @GetMapping("/account")
    String profile(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        return page(user, model, new ChangeForm(null, null, null, null, null), null);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("form") ChangeForm form,
            Model model, Locale locale) {
        try {
            credentials.change(user.id(), form.oldPassword(), form.newPassword(), locale);
            return "redirect:/account?passwordChanged";
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(user, model, form, "password");
        }
    }

    @PostMapping("/account/mobile")
    String changeMobile(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("form") ChangeForm form,
            Model model, Locale locale) {
        try {
            credentials.changeMobile(user.id(), new Commands.ChangeMobile(form.mobile(), form.smsCode(),
                    form.password(), null), locale);
            return "redirect:/account?mobileChanged";
        } catch (ProblemException e) {
            forms.refused(e, model, locale);
            return page(user, model, form, "mobile");
        }
    }

    private String page(AuthenticatedUser user, Model model, ChangeForm form, @Nullable String failed) {
        ApplicantProfile profile = directory.findApplicant(user.id())
                .orElseThrow(() -> new NotFoundException("Account", user.id()));
        model.addAttribute("profile", profile);
        model.addAttribute("since", SINCE.format(profile.createdAt()));
        model.addAttribute("failed", failed == null ? "" : failed);
        return forms.page(model, "accounts/profile", form);
    }

    record ChangeForm(@Nullable String oldPassword, @Nullable String newPassword, @Nullable String mobile,
            @Nullable String smsCode, @Nullable String password) {
    }
}
