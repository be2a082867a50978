package com.certhall.support.web;

import com.certhall.accounts.AccountManagement;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.support.mobile.MobileChangeRequests;
import com.certhall.support.mobile.MobileChangeView;
import com.certhall.web.PageErrors;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SUPPORT staff decide lost-mobile requests: the scans beside the account, approve, or refuse with a reason. */
@Controller
@PreAuthorize("hasAnyRole('SUPPORT','ADMIN')")
class MobileChangeAdminPages {

    private final MobileChangeRequests requests;
    private final AccountManagement accounts;
    private final PageErrors errors;

    MobileChangeAdminPages(MobileChangeRequests requests, AccountManagement accounts, PageErrors errors) {
        this.requests = requests;
        this.accounts = accounts;
        this.errors = errors;
    }

    @GetMapping("/admin/mobile-changes")
    String list(Model model) {
        model.addAttribute("requests", requests.recent());
        return "support/admin/mobile-changes";
    }

    @GetMapping("/admin/mobile-changes/{id}")
    String show(@PathVariable UUID id, Model model) {
        MobileChangeView r = requests.get(id);
        model.addAttribute("request", r);
        model.addAttribute("account", accounts.findApplicant(r.accountId()).orElse(null));
        model.addAttribute("documents", requests.documents(id));
        return "support/admin/mobile-change";
    }

    @GetMapping("/admin/mobile-changes/{id}/documents/{documentId}")
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID documentId) {
        DocumentContent c = requests.thumbnail(id, new DocumentId(documentId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(c.bytes());
    }

    @PostMapping("/admin/mobile-changes/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String reason, Caller staff, Locale locale,
            RedirectAttributes redirect) {
        try {
            if ("APPROVE".equals(decision)) {
                requests.approve(id, staff.auditActor());
            } else {
                requests.reject(id, reason == null ? "" : reason, staff.auditActor());
            }
            redirect.addFlashAttribute("decided", decision);
            return "redirect:/admin/mobile-changes";
        } catch (ProblemException e) {
            SupportModels.rethrowNotFound(e);
            redirect.addFlashAttribute("alerts", List.copyOf(errors.sentences(e, locale, "support")));
            return "redirect:/admin/mobile-changes/" + id;
        }
    }
}
