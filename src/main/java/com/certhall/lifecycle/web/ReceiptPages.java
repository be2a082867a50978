package com.certhall.lifecycle.web;

import com.certhall.lifecycle.ProductionManagement;
import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "确认收货" on the order page of a shipped UKEY order: the order completes. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class ReceiptPages {

    private final ProductionManagement production;
    private final PageErrors errors;

    ReceiptPages(ProductionManagement production, PageErrors errors) {
        this.production = production;
        this.errors = errors;
    }

    @PostMapping("/orders/{id}/receipt")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect, Locale locale, Caller caller) {
        try {
            production.confirmReceipt(new OrderId(id), caller.applicantId(), caller.auditActor());
            return "redirect:/orders/" + id + "?received";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("receiptError", String.join("；", errors.sentences(e, locale, "lifecycle")));
            return "redirect:/orders/" + id;
        }
    }
}
