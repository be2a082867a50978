package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectType;
import com.certhall.orders.domain.NextActions;
import com.certhall.orders.domain.OrderMaterials;
import com.certhall.orders.domain.PaperPost;
import com.certhall.orders.domain.WizardSteps;
import com.certhall.shared.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My orders" with continue and cancel, and an order's detail page with its history. The order's files are {@link OrderFilePages}'.
 */
@Controller
class OrderPages {

    private final OrderManagement orders;
    private final OrderMaterials materials;
    private final CatalogManagement catalog;
    private final PageErrors errors;
    private final PaperPost paper;

    OrderPages(OrderManagement orders, OrderMaterials materials, CatalogManagement catalog, PageErrors errors,
            PaperPost paper) {
        this.orders = orders;
        this.materials = materials;
        this.catalog = catalog;
        this.errors = errors;
        this.paper = paper;
    }

    /** One row of "my orders". */
    record OrderRow(OrderView order, String channelName, long totalFen, List<String> nextActions,
            String continueUrl) {
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
        List<OrderRow> rows = orders.ofAccount(user.id()).stream().map(v -> {
            ChannelRules rules = catalog.findChannel(v.channel()).orElse(null);
            OrderDetails d = orders.detailsOwned(v.id(), user.id());
            String next = v.status().isEditable()
                    ? "/orders/" + v.id() + "/"
                            + WizardSteps.firstOpen(d.draft(), route(v, rules), orders.missing(v.id(), user.id()))
                    : "/orders/" + v.id();
            return new OrderRow(v, rules == null ? v.channel() : rules.name(), d.totalFen(),
                    NextActions.of(v.status(), stage(rules)), next);
        }).toList();
        model.addAttribute("rows", rows);
        return "orders/list";
    }

    @GetMapping("/orders/{id}")
    String detail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        OrderDetails d = orders.detailsOwned(PageIds.order(id), user.id());
        ChannelRules rules = catalog.findChannel(d.order().channel()).orElse(null);
        model.addAttribute("order", d);
        model.addAttribute("channel", rules);
        model.addAttribute("organization", d.order().subjectType() == SubjectType.ORGANIZATION);
        model.addAttribute("nextActions", NextActions.of(d.order().status(), stage(rules)));
        model.addAttribute("documents", materials.list(d.id(), user.id()));
        model.addAttribute("paper", paper.status(d.id(), user.id()));
        model.addAttribute("addressChangeable", OrderChangePages.changeable(d));
        PageErrors.none(model);
        model.addAttribute("continueUrl", d.order().status().isEditable()
                ? "/orders/" + id + "/" + WizardSteps.firstOpen(d.draft(), route(d.order(), rules), orders.missing(d.id(), user.id()))
                : null);
        return "orders/detail";
    }

    /** "Continue": the first step of the wizard not done yet, or the order's page once it is submitted. */
    @GetMapping("/orders/{id}/continue")
    String resume(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        OrderDetails d = orders.detailsOwned(PageIds.order(id), user.id());
        if (!d.order().status().isEditable()) {
            return "redirect:/orders/" + id;
        }
        ChannelRules rules = catalog.findChannel(d.order().channel()).orElse(null);
        return "redirect:/orders/" + id + "/" + WizardSteps.firstOpen(d.draft(), route(d.order(), rules),
                orders.missing(d.id(), user.id()));
    }

    /** The applicant records the carrier and tracking number of the paper materials he mailed. */
    @PostMapping("/orders/{id}/paper-mailing")
    String paperMailed(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) String carrier, @RequestParam(required = false) String trackingNumber,
            Model model, java.util.Locale locale) {
        try {
            paper.mailed(PageIds.order(id), user.id(), carrier, trackingNumber, user.auditActor());
            return "redirect:/orders/" + id + "?paperMailed";
        } catch (com.certhall.shared.ProblemException e) {
            String page = detail(user, id, model);
            errors.show(e, model, locale);
            model.addAttribute("paperForm", java.util.Map.of("carrier", carrier == null ? "" : carrier,
                    "trackingNumber", trackingNumber == null ? "" : trackingNumber));
            return page;
        }
    }

    private static WizardSteps.Route route(OrderView order, @Nullable ChannelRules rules) {
        return new WizardSteps.Route(stage(rules), order.onPaper());
    }

    private static VerificationStage stage(@Nullable ChannelRules rules) {
        return rules == null ? VerificationStage.AFTER_SUBMISSION : rules.verificationStage();
    }
}
