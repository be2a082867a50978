package com.certhall.lifecycle.web;

import com.certhall.lifecycle.UnlockManagement;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /certificates/{serial}/unlock}: the holder types the challenge of his locked UKEY, gets an SMS code and then
 * the response code (BJCA-QH §4 "输入解锁授权码，重设新密码"). A cloud certificate's page says where its PIN is reset.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class UnlockPages {

    private final UnlockManagement unlock;
    private final PageErrors errors;

    UnlockPages(UnlockManagement unlock, PageErrors errors) {
        this.unlock = unlock;
        this.errors = errors;
    }

    @GetMapping("/certificates/{serial}/unlock")
    String page(@PathVariable String serial, Caller caller, Model model) {
        return render(serial, caller, model, null);
    }

    @PostMapping("/certificates/{serial}/unlock/sms")
    String sms(@PathVariable String serial, @RequestParam(required = false) String challenge, Caller caller,
            Model model, Locale locale) {
        model.addAttribute("challenge", challenge);
        try {
            model.addAttribute("sent", unlock.sendSmsCode(serial, caller.applicantId(), locale));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return render(serial, caller, model, null);
    }

    @PostMapping("/certificates/{serial}/unlock")
    String code(@PathVariable String serial, @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String smsCode, Caller caller, Model model, Locale locale) {
        model.addAttribute("challenge", challenge);
        try {
            return render(serial, caller, model, unlock.issue(serial, caller.applicantId(), challenge, smsCode));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            model.addAttribute("smsCode", smsCode);
            return render(serial, caller, model, null);
        }
    }

    private String render(String serial, Caller caller, Model model, Object code) {
        PageErrors.none(model);
        model.addAttribute("target", unlock.target(serial, caller.applicantId()));
        model.addAttribute("code", code);
        model.addAttribute("base", "/certificates/" + serial);
        model.addAttribute("back", "/certificates");
        return "lifecycle/unlock";
    }
}
