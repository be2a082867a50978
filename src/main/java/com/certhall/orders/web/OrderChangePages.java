package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changes the applicant makes to a submitted order from its page: the UKEY's mailing address until it is shipped,
 * and the cancellation, which is confirmed on a page of its own before anything is given up.
 */
@Controller
class OrderChangePages {

    private final OrderManagement orders;
    private final PageErrors errors;

    OrderChangePages(OrderManagement orders, PageErrors errors) {
        this.orders = orders;
        this.errors = errors;
    }

    @GetMapping("/orders/{id}/mailing-address")
    String address(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        DeliveryInfo d = order.draft().delivery();
        if (!changeable(order)) {
            return "redirect:/orders/" + id;
        }
        return addressPage(order, new DeliveryForm(d.method().name(), d.recipient(), d.phone(), d.address()), model);
    }

    @PostMapping("/orders/{id}/mailing-address")
    String changeAddress(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            DeliveryForm form, Model model, Locale locale) {
        DeliveryForm mail = new DeliveryForm(DeliveryInfo.Method.MAIL.name(), form.recipient(), form.phone(),
                form.address());
        try {
            orders.saveDelivery(new SaveDelivery(PageIds.order(id), user.id(), mail));
            return "redirect:/orders/" + id + "?addressChanged";
        } catch (ProblemException e) {
            String page = addressPage(orders.detailsOwned(PageIds.order(id), user.id()), mail, model);
            errors.show(e, model, locale);
            return page;
        }
    }

    /** The confirmation before an order is given up: what is cancelled, what happens to money paid, a reason. */
    @GetMapping("/orders/{id}/cancel")
    String confirmCancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        if (!order.order().status().isActive() || !order.order().status().canTransitionTo(
                com.certhall.orders.OrderStatus.CANCELLED)) {
            return "redirect:/orders/" + id;
        }
        model.addAttribute("order", order);
        PageErrors.none(model);
        return "orders/cancel";
    }

    @PostMapping("/orders/{id}/cancel")
    String cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason, Model model, Locale locale) {
        try {
            orders.cancel(new CancelOrder(PageIds.order(id), user.id(), reason, user.auditActor()));
            return "redirect:/orders?cancelled";
        } catch (ProblemException e) {
            model.addAttribute("order", orders.detailsOwned(PageIds.order(id), user.id()));
            errors.show(e, model, locale);
            model.addAttribute("reason", reason);
            return "orders/cancel";
        }
    }

    /** A UKEY going by mail whose order has not been shipped yet: the one rule the order page and this page use. */
    static boolean changeable(OrderDetails order) {
        DeliveryInfo d = order.draft().delivery();
        return order.order().status().allowsAddressChange() && d != null && d.method() == DeliveryInfo.Method.MAIL;
    }

    private String addressPage(OrderDetails order, DeliveryForm form, Model model) {
        PageErrors.none(model);
        model.addAttribute("order", order);
        model.addAttribute("form", FormValues.of(form));
        return "orders/mailing-address";
    }
}
