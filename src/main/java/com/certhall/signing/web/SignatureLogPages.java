package com.certhall.signing.web;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.SignatureLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /signing/log}: the holder's signature log ("签名记录", docs/signing.md), a page at a time. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class SignatureLogPages {

    private final SignatureLog log;

    SignatureLogPages(SignatureLog log) {
        this.log = log;
    }

    @GetMapping("/signing/log")
    String page(@RequestParam(required = false) @Nullable Integer page, Caller caller, Model model) {
        model.addAttribute("log", log.page(caller.applicantId(), page));
        return "signing/log";
    }
}
