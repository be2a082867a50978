package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.ProductionManagement;
import com.certhall.lifecycle.ProductionView;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.Caller;
import com.certhall.shared.PageOf;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.io.Serializable;
import java.util.List;
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

/**
 * 制证发货: the operator's list of UKEY orders to produce, ship or hand over, each with what the operator needs to do
 * it (recipient, phone and address, or the handler who collects) and a link to the order.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class ProductionPages {

    /** One order at the desk with where it goes and who the certificate is for. */
    record Row(ProductionView production, String subjectName, String handlerName, String handlerMobile,
            @Nullable DeliveryInfo delivery) {

        static Row of(ProductionView p, OrderDetails order) {
            var subject = order.draft().subject();
            return new Row(p, subject == null ? "" : subject.name(), subject == null ? "" : subject.handler().name(),
                    subject == null ? "" : subject.handler().mobile(), order.draft().delivery());
        }
    }

    /** What the operator typed for a shipment that was refused. */
    record Shipping(UUID order, @Nullable String carrier, @Nullable String trackingNumber) implements Serializable {
    }

    private static final int PAGE_SIZE = 20;

    private final ProductionManagement production;
    private final OrderManagement orders;
    private final CertificateManagement certificates;
    private final PageErrors errors;

    ProductionPages(ProductionManagement production, OrderManagement orders, CertificateManagement certificates,
            PageErrors errors) {
        this.production = production;
        this.orders = orders;
        this.certificates = certificates;
        this.errors = errors;
    }

    @GetMapping("/admin/production")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, Model model) {
        int pageSize = size == null ? PAGE_SIZE : Math.max(1, Math.min(size, 100));
        PageOf<ProductionView> found = production.open(q, PageOf.number(page), pageSize);
        List<Row> rows = found.items().stream()
                .map(p -> Row.of(p, orders.details(new OrderId(p.applicationId())))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("pages", found);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pagerBase", "/admin/production?size=" + pageSize
                + (q == null || q.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(q.strip(),
                        java.nio.charset.StandardCharsets.UTF_8)));
        return "lifecycle/production";
    }

    @GetMapping("/admin/production/{id}")
    String order(@PathVariable UUID id, Model model) {
        OrderId orderId = new OrderId(id);
        OrderDetails order = orders.details(orderId);
        model.addAttribute("row", Row.of(production.get(orderId), order));
        model.addAttribute("order", order);
        model.addAttribute("certificates", certificates.ofOrder(orderId));
        return "lifecycle/production-order";
    }

    @PostMapping("/admin/production/{id}/produce")
    String produce(@PathVariable UUID id, RedirectAttributes redirect, Locale locale, Caller caller) {
        return act(id, () -> production.produce(new OrderId(id), caller.auditActor()), redirect, locale);
    }

    @PostMapping("/admin/production/{id}/ship")
    String ship(@PathVariable UUID id, @RequestParam @Nullable String carrier,
            @RequestParam @Nullable String trackingNumber, RedirectAttributes redirect, Locale locale, Caller caller) {
        String page = act(id, () -> production.ship(new OrderId(id), carrier, trackingNumber, caller.auditActor()),
                redirect, locale);
        if (!redirect.getFlashAttributes().containsKey("done")) {
            // a refused waybill stays in its field, so the operator corrects it instead of typing it again
            redirect.addFlashAttribute("shipping", new Shipping(id, carrier, trackingNumber));
        }
        return page;
    }

    @PostMapping("/admin/production/{id}/pickup")
    String pickup(@PathVariable UUID id, @RequestParam @Nullable String name, @RequestParam @Nullable String idNumber,
            RedirectAttributes redirect, Locale locale, Caller caller) {
        return act(id, () -> production.pickup(new OrderId(id), name, idNumber, caller.auditActor()), redirect,
                locale);
    }

    /** Runs an action; a refusal comes back with the order's row found, whatever page it is on. */
    private String act(UUID id, Runnable action, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
            return "redirect:/admin/production";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", String.join("；", errors.sentences(e, locale, "lifecycle")));
            return "redirect:/admin/production?q=" + production.get(new OrderId(id)).orderNumber();
        }
    }
}
