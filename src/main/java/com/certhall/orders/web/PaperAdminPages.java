package com.certhall.orders.web;

import com.certhall.orders.OrderId;
import com.certhall.orders.domain.PaperPost;
import com.certhall.shared.Caller;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /admin/paper}: orders whose paper materials are awaited, and recording their arrival. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'ADMIN')")
class PaperAdminPages {

    private final PaperPost paper;

    PaperAdminPages(PaperPost paper) {
        this.paper = paper;
    }

    @GetMapping("/admin/paper")
    String list(Model model) {
        model.addAttribute("orders", paper.awaited());
        return "orders/paper-admin";
    }

    @PostMapping("/admin/paper/{id}/received")
    String received(@PathVariable UUID id, @AuthenticationPrincipal Caller staff) {
        paper.received(new OrderId(id), staff.auditActor());
        return "redirect:/admin/paper?received";
    }
}
