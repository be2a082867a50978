package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 证书管理 for staff (REVIEWER or ADMIN, as the revocation API): find a holder's certificate by serial, order number
 * or holder name and revoke it, or put it on hold, with an RFC 5280 reason and an optional invalidity date; release a
 * held one. Every change is audited with the staff user by {@link CertificateManagement}.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class CertificateAdminPages {

    /** The reasons staff choose from, in the order the list shows them. */
    static final List<String> REASONS = List.of("KEY_COMPROMISE", "AFFILIATION_CHANGED", "SUPERSEDED",
            "CESSATION_OF_OPERATION", "PRIVILEGE_WITHDRAWN", "CERTIFICATE_HOLD", "UNSPECIFIED");
    private static final int SHOWN = 50;

    private final CertificateManagement certificates;
    private final PageErrors errors;
    private final ZoneId zone;

    CertificateAdminPages(CertificateManagement certificates, PageErrors errors,
            @Value("${certhall.time-zone:Asia/Shanghai}") String zone) {
        this.certificates = certificates;
        this.errors = errors;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/admin/certificates")
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        List<HeldCertificateView> rows = certificates.search(q, SHOWN);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("rows", rows);
        model.addAttribute("reasons", REASONS);
        return "lifecycle/admin-certificates";
    }

    @PostMapping("/admin/certificates/{serial}/revocation")
    String revoke(@PathVariable String serial, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String invalidityDate,
            @RequestParam(required = false) @Nullable String q, RedirectAttributes redirect, Locale locale,
            Caller caller) {
        return change(serial, q, redirect, locale, () -> certificates.revoke(serial, reason,
                InvalidityDates.parse(invalidityDate, zone), caller.auditActor()));
    }

    @PostMapping("/admin/certificates/{serial}/release")
    String release(@PathVariable String serial, @RequestParam(required = false) @Nullable String q,
            RedirectAttributes redirect, Locale locale, Caller caller) {
        return change(serial, q, redirect, locale, () -> certificates.releaseHold(serial, caller.auditActor()));
    }

    private String change(String serial, @Nullable String q, RedirectAttributes redirect, Locale locale,
            Supplier<HeldCertificateView> change) {
        try {
            HeldCertificateView changed = change.get();
            redirect.addFlashAttribute("revoked", changed.serialHex());
            redirect.addFlashAttribute("revokedStatus", changed.status().name());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", String.join("；", errors.sentences(e, locale, "lifecycle")));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/certificates")
                .queryParam("q", q == null || q.isBlank() ? serial : q).encode().build().toUriString();
    }
}
