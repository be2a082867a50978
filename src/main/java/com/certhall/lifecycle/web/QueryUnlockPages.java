package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateQueryManagement.ActingHolder;
import com.certhall.lifecycle.UnlockCode;
import com.certhall.lifecycle.UnlockManagement;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * UKEY unlock from the certificate query, without login: the same page and checks as "我的证书" (the UNLOCK SMS code
 * to the certificate's handler mobile, one code per challenge), for the holder's account the query found.
 */
@Controller
@RequestMapping("/certificate-query/certificates/{serial}/unlock")
class QueryUnlockPages {

    private final QueryProof proof;
    private final UnlockManagement unlock;
    private final PageErrors errors;

    QueryUnlockPages(QueryProof proof, UnlockManagement unlock, PageErrors errors) {
        this.proof = proof;
        this.unlock = unlock;
        this.errors = errors;
    }

    @GetMapping
    String page(@PathVariable String serial, HttpSession session, Model model) {
        return render(proof.holder(session, serial), model, null);
    }

    @PostMapping("/sms")
    String sms(@PathVariable String serial, @RequestParam(required = false) String challenge, HttpSession session,
            Model model, Locale locale) {
        ActingHolder holder = proof.holder(session, serial);
        model.addAttribute("challenge", challenge);
        try {
            model.addAttribute("sent", unlock.sendSmsCode(serial, holder.certificate().accountId(), locale));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return render(holder, model, null);
    }

    @PostMapping
    String code(@PathVariable String serial, @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String smsCode, HttpSession session, Model model, Locale locale) {
        ActingHolder holder = proof.holder(session, serial);
        model.addAttribute("challenge", challenge);
        try {
            return render(holder, model, unlock.issue(serial, holder.certificate().accountId(), challenge, smsCode));
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            model.addAttribute("smsCode", smsCode);
            return render(holder, model, null);
        }
    }

    private String render(ActingHolder holder, Model model, @Nullable UnlockCode code) {
        PageErrors.none(model);
        String serial = holder.certificate().serialHex();
        model.addAttribute("target", unlock.target(serial, holder.certificate().accountId()));
        model.addAttribute("code", code);
        model.addAttribute("base", "/certificate-query/certificates/" + serial);
        model.addAttribute("back", "/certificate-query");
        return "lifecycle/unlock";
    }
}
