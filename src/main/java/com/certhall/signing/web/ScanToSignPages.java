package com.certhall.signing.web;

import com.certhall.shared.Caller;
import com.certhall.shared.SiteProperties;
import com.certhall.signing.domain.HolderApprovals;
import com.certhall.signing.domain.HolderApprovals.Asked;
import com.certhall.web.QrImages;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Scan-to-sign (docs/signing.md): the QR a partner shows ({@code /sign/{handle}/qr}, open to whoever holds the
 * handle), and the holder's phone page, signed in, where the holder sees who asks and what, and enters the PIN that
 * goes to CertHall only.
 */
@Controller
class ScanToSignPages {

    private final HolderApprovals approvals;
    private final SiteProperties site;

    ScanToSignPages(HolderApprovals approvals, SiteProperties site) {
        this.approvals = approvals;
        this.site = site;
    }

    @GetMapping("/sign/{handle}")
    String page(@PathVariable String handle, Caller caller, Model model) {
        model.addAttribute("asked", approvals.asked(caller.applicantId(), handle));
        return "signing/phone";
    }

    @PostMapping("/sign/{handle}")
    String sign(@PathVariable String handle, @RequestParam(required = false) @Nullable String pin, Caller caller,
            Model model) {
        UUID account = caller.applicantId();
        if (pin == null || pin.isBlank()) {
            model.addAttribute("pinError", "signing.phone.pinRequired");
        } else {
            HolderApprovals.Outcome outcome = approvals.approve(account, handle, pin.strip());
            if (outcome.outcome() == com.certhall.pki.CloudKeys.PinCheck.Outcome.WRONG) {
                model.addAttribute("pinError", "signing.phone.wrongPin");
                model.addAttribute("retriesLeft", outcome.retriesLeft());
            }
        }
        model.addAttribute("asked", approvals.asked(account, handle));
        return "signing/phone";
    }

    @PostMapping("/sign/{handle}/denial")
    String deny(@PathVariable String handle, Caller caller, Model model) {
        approvals.deny(caller.applicantId(), handle);
        Asked asked = approvals.asked(caller.applicantId(), handle);
        model.addAttribute("asked", asked);
        return "signing/phone";
    }

    @GetMapping("/sign/{handle}/qr")
    String qr(@PathVariable String handle, Model model) {
        model.addAttribute("link", site.link("/sign/" + handle));
        model.addAttribute("handle", handle);
        return "signing/qr";
    }

    @GetMapping(value = "/sign/{handle}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrImage(@PathVariable String handle) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrImages.png(site.link("/sign/" + handle), 280));
    }
}
