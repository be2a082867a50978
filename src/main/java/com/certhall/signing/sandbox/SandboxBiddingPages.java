package com.certhall.signing.sandbox;

import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.sandbox.SandboxBiddingPlatform.Bid;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sandbox/bidding}: the sandbox bidding platform (docs/signing.md) — a bid document, "签名" asks CertHall for
 * scan-to-sign, the QR for the holder's phone, and the signature checked on the document once the holder entered the
 * PIN; the request page polls every two seconds.
 */
@Controller
@Profile("sandbox")
class SandboxBiddingPages {

    static final String SAMPLE = "某市政道路改造工程施工招标（标段 2）投标函：我方愿以人民币 12,345,678.00 元承担本标段施工，"
            + "工期 180 日历天。";

    private final SandboxBiddingPlatform platform;
    private final PageErrors errors;
    private final MessageSource messages;

    SandboxBiddingPages(SandboxBiddingPlatform platform, PageErrors errors, MessageSource messages) {
        this.platform = platform;
        this.errors = errors;
        this.messages = messages;
    }

    @GetMapping("/sandbox/bidding")
    String page(Model model) {
        PageErrors.none(model);
        model.addAttribute("document", SAMPLE);
        return "signing/sandbox-bidding";
    }

    @PostMapping("/sandbox/bidding")
    String start(@RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String document, Model model, Locale locale) {
        try {
            return "redirect:/sandbox/bidding/" + platform.start(mobile, document).id();
        } catch (ProblemException e) {
            errors.show(e, model, locale, "signing");
        } catch (CscException e) {
            // CertHall refused the partner (a credential not activated, locked, revoked): say so as CertHall said it
            PageErrors.none(model);
            model.addAttribute("alert", messages.getMessage("signing.sandbox.refused", new Object[] {e.error(),
                    e.getMessage()}, locale));
        }
        model.addAttribute("mobile", mobile);
        model.addAttribute("document", document);
        return "signing/sandbox-bidding";
    }

    @GetMapping("/sandbox/bidding/{id}")
    String bid(@PathVariable String id, Model model) {
        model.addAttribute("bid", platform.refresh(id).orElseThrow(() -> new NotFoundException("bid", id)));
        return "signing/sandbox-bid";
    }

    @GetMapping("/sandbox/bidding/{id}/status")
    String status(@PathVariable String id, Model model) {
        Bid bid = platform.refresh(id).orElseThrow(() -> new NotFoundException("bid", id));
        model.addAttribute("bid", bid);
        return "signing/sandbox-bid :: status";
    }
}
