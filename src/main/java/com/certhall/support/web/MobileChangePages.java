package com.certhall.support.web;

import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.ContactCodes;
import com.certhall.support.mobile.MobileChangeRequests;
import com.certhall.support.mobile.MobileChangeView;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 原手机号丢失: the holder names the account, proves the new mobile (captcha, then SMS code) and uploads the scans;
 * staff decide at {@code /admin/mobile-changes}.
 */
@Controller
class MobileChangePages {

    private final MobileChangeRequests requests;
    private final ContactCodes codes;
    private final PageErrors errors;

    MobileChangePages(MobileChangeRequests requests, ContactCodes codes, PageErrors errors) {
        this.requests = requests;
        this.codes = codes;
        this.errors = errors;
    }

    @GetMapping("/account-recovery/mobile")
    String form(Model model) {
        PageErrors.none(model);
        return page(null, null, false, model);
    }

    @PostMapping("/account-recovery/mobile/code")
    String sendCode(@RequestParam(required = false) @Nullable String login,
            @RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String captchaId,
            @RequestParam(required = false) @Nullable String captchaAnswer, HttpServletRequest request,
            Locale locale, Model model) {
        PageErrors.none(model);
        try {
            codes.send(mobile, SmsPurpose.CHANGE_MOBILE, captchaId, captchaAnswer, locale, request.getRemoteAddr());
            return page(login, mobile, true, model);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "support");
            return page(login, mobile, false, model);
        }
    }

    @PostMapping("/account-recovery/mobile")
    String submit(MobileChangeForm form, HttpServletRequest request, Locale locale, Model model) throws IOException {
        PageErrors.none(model);
        try {
            MobileChangeView r = requests.submit(form.command(), request.getRemoteAddr(), locale);
            model.addAttribute("request", r);
            return "support/mobile-change-done";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "support");
            return page(form.login(), form.mobile(), true, model);
        }
    }

    private String page(@Nullable String login, @Nullable String mobile, boolean codeSent, Model model) {
        model.addAttribute("login", login);
        model.addAttribute("mobile", mobile);
        model.addAttribute("codeSent", codeSent);
        model.addAttribute("captcha", codes.captcha());
        return "support/mobile-change";
    }
}
