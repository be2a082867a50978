package com.certhall.audit.web;

import com.certhall.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: the newest entries with filters and a button that verifies the whole chain. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditPages {

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        model.addAttribute("entries", log.recent(action, actor, 200));
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        if (verify) {
            model.addAttribute("verification", log.verify());
        }
        return "audit/log";
    }
}
