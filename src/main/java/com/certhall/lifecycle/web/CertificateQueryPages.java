package com.certhall.lifecycle.web;

import com.certhall.accounts.CaptchaService;
import com.certhall.lifecycle.CertificateQueryManagement;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /certificate-query}: the certificate query from the home page without login, in three steps on one page —
 * USCC or ID number with the captcha, a handler on record for the SMS code, the code — then the certificates.
 */
@Controller
class CertificateQueryPages {

    private final CertificateQueryManagement queries;
    private final CaptchaService captchas;
    private final PageErrors errors;

    CertificateQueryPages(CertificateQueryManagement queries, CaptchaService captchas, PageErrors errors) {
        this.queries = queries;
        this.captchas = captchas;
        this.errors = errors;
    }

    @GetMapping("/certificate-query")
    String page(Model model) {
        return render(model);
    }

    @PostMapping("/certificate-query")
    String start(@RequestParam(required = false) String subjectCode, @RequestParam(required = false) String captchaId,
            @RequestParam(required = false) String captchaAnswer, Model model, Locale locale) {
        model.addAttribute("subjectCode", subjectCode);
        try {
            CertificateQueryManagement.QueryStarted started = queries.start(subjectCode, captchaId, captchaAnswer);
            model.addAttribute("queryId", started.queryId());
            model.addAttribute("handlers", started.handlers());
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return render(model);
    }

    @PostMapping("/certificate-query/{id}/sms")
    String sms(@org.springframework.web.bind.annotation.PathVariable UUID id,
            @RequestParam(required = false) Integer handler, Model model, Locale locale) {
        model.addAttribute("queryId", id);
        model.addAttribute("handler", handler);
        try {
            model.addAttribute("sent", queries.sendCode(id, handler, locale));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return render(model);
    }

    @PostMapping("/certificate-query/{id}/confirmation")
    String confirm(@org.springframework.web.bind.annotation.PathVariable UUID id,
            @RequestParam(required = false) String smsCode, Model model, Locale locale, HttpSession session) {
        model.addAttribute("queryId", id);
        try {
            model.addAttribute("result", queries.confirm(id, smsCode));
            QueryProof.remember(session, id);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            model.addAttribute("sent", true);
        }
        return render(model);
    }

    private String render(Model model) {
        PageErrors.none(model);
        Object id = model.getAttribute("queryId");
        if (id != null && !model.containsAttribute("handlers") && !model.containsAttribute("result")) {
            try {
                model.addAttribute("handlers", queries.handlers((UUID) id));
            } catch (ProblemException e) {
                // answered or expired: start again
                model.addAttribute("queryId", null);
            }
        }
        if (model.getAttribute("queryId") == null) {
            model.addAttribute("captcha", captchas.create());
        }
        return "lifecycle/certificate-query";
    }
}
