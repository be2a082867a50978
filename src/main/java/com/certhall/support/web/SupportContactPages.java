package com.certhall.support.web;

import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.ProblemException;
import com.certhall.support.conversation.ContactCodes;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A visitor who is not signed in proves a contact mobile (captcha, then SMS code) before writing to support. */
@Controller
class SupportContactPages {

    private final ContactCodes codes;
    private final PageErrors errors;

    SupportContactPages(ContactCodes codes, PageErrors errors) {
        this.codes = codes;
        this.errors = errors;
    }

    @PostMapping("/support/contact/code")
    String sendCode(@RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String captchaId,
            @RequestParam(required = false) @Nullable String captchaAnswer,
            @RequestParam(required = false) @Nullable UUID order, @RequestParam(defaultValue = "false") boolean embed,
            HttpServletRequest request, Locale locale, Model model) {
        PageErrors.none(model);
        try {
            codes.send(mobile, SmsPurpose.SUPPORT, captchaId, captchaAnswer, locale, request.getRemoteAddr());
            model.addAttribute("codeSent", true);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "support");
        }
        return page(mobile, order, embed, model);
    }

    @PostMapping("/support/contact")
    String prove(@RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String smsCode,
            @RequestParam(required = false) @Nullable UUID order, @RequestParam(defaultValue = "false") boolean embed,
            HttpSession session, Locale locale, Model model) {
        try {
            String proven = codes.prove(mobile, SmsPurpose.SUPPORT, smsCode).value();
            session.setAttribute(SupportVisitor.PROVEN_MOBILE, proven);
            return "redirect:/support" + SupportVisitor.embed(embed);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "support");
            model.addAttribute("codeSent", true);
            return page(mobile, order, embed, model);
        }
    }

    private String page(@Nullable String mobile, @Nullable UUID order, boolean embed, Model model) {
        model.addAttribute("mobile", mobile);
        return SupportModels.start(model, embed, order, null, List.of(), codes.captcha());
    }
}
