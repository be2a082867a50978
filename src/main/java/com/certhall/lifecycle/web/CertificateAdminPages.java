package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
 * or holder name and revoke it, or put it on hold, with an RFC 5280 reason. Every revocation is audited with the
 * staff user by {@link CertificateManagement#revoke}.
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

    CertificateAdminPages(CertificateManagement certificates, PageErrors errors) {
        this.certificates = certificates;
        this.errors = errors;
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
            @RequestParam(required = false) @Nullable String q, RedirectAttributes redirect, Locale locale,
            Caller caller) {
        try {
            HeldCertificateView revoked = certificates.revoke(serial, reason, caller.auditActor());
            redirect.addFlashAttribute("revoked", revoked.serialHex());
            redirect.addFlashAttribute("revokedStatus", revoked.status().name());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", String.join("；", errors.sentences(e, locale, "lifecycle")));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/certificates")
                .queryParam("q", q == null || q.isBlank() ? serial : q).encode().build().toUriString();
    }
}
