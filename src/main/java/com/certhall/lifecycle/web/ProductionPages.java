package com.certhall.lifecycle.web;

import com.certhall.lifecycle.ProductionManagement;
import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 制证发货: the operator's list of UKEY orders to produce, ship or hand over. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class ProductionPages {

    private final ProductionManagement production;
    private final PageErrors errors;

    ProductionPages(ProductionManagement production, PageErrors errors) {
        this.production = production;
        this.errors = errors;
    }

    @GetMapping("/admin/production")
    String list(Model model) {
        model.addAttribute("rows", production.open());
        return "lifecycle/production";
    }

    @PostMapping("/admin/production/{id}/produce")
    String produce(@PathVariable UUID id, RedirectAttributes redirect, Locale locale, Caller caller) {
        return act(() -> production.produce(new OrderId(id), caller.auditActor()), redirect, locale);
    }

    @PostMapping("/admin/production/{id}/ship")
    String ship(@PathVariable UUID id, @RequestParam @Nullable String carrier,
            @RequestParam @Nullable String trackingNumber, RedirectAttributes redirect, Locale locale, Caller caller) {
        return act(() -> production.ship(new OrderId(id), carrier, trackingNumber, caller.auditActor()),
                redirect, locale);
    }

    @PostMapping("/admin/production/{id}/pickup")
    String pickup(@PathVariable UUID id, @RequestParam @Nullable String name, @RequestParam @Nullable String idNumber,
            RedirectAttributes redirect, Locale locale, Caller caller) {
        return act(() -> production.pickup(new OrderId(id), name, idNumber, caller.auditActor()), redirect,
                locale);
    }

    private String act(Runnable action, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", String.join("；", errors.sentences(e, locale, "lifecycle")));
        }
        return "redirect:/admin/production";
    }
}
