package com.certhall.payments.web;

import com.certhall.catalog.CatalogManagement;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentView;
import com.certhall.payments.domain.PaymentOffers;
import com.certhall.shared.Caller;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /orders/{id}/payment}: where "my orders" sends an order waiting for payment. Shows the amount and the
 * methods the order's channel takes (those with a configured provider, see {@link PaymentOffers}); choosing one starts the payment (or reopens the open one of that method) and
 * leads to its payment page with the QR or the bank-transfer instructions.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class OrderPaymentPages {

    private final OrderManagement orders;
    private final PaymentManagement payments;
    private final CatalogManagement catalog;
    private final PaymentOffers offers;
    private final MessageSource messages;
    private final PageErrors errors;

    OrderPaymentPages(OrderManagement orders, PaymentManagement payments, CatalogManagement catalog,
            PaymentOffers offers, MessageSource messages, PageErrors errors) {
        this.offers = offers;
        this.errors = errors;
        this.orders = orders;
        this.payments = payments;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/orders/{id}/payment")
    String page(@PathVariable String id, Model model, Caller caller) {
        return render(details(id, caller), null, model);
    }

    @PostMapping("/orders/{id}/payment")
    String start(@PathVariable String id, @RequestParam(required = false) @Nullable String method, Model model,
            Locale locale, Caller caller) {
        OrderDetails order = details(id, caller);
        PaymentMethod chosen = Arrays.stream(PaymentMethod.values()).filter(m -> m.name().equals(method))
                .findFirst().orElse(null);
        if (chosen == null) {
            return render(order, messages.getMessage("payments.choose.required", null, locale), model);
        }
        try {
            PaymentView payment = payments.start(order.id(), caller.applicantId(), chosen,
                    Money.ofFen(order.totalFen()), caller.auditActor());
            return "redirect:/payments/" + payment.id();
        } catch (ProblemException e) {
            return render(order, String.join("；", errors.sentences(e, locale, "payments")), model);
        }
    }

    private OrderDetails details(String id, Caller caller) {
        UUID orderId;
        try {
            orderId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", id);
        }
        return orders.detailsOwned(new OrderId(orderId), caller.applicantId());
    }

    private String render(OrderDetails order, @Nullable String error, Model model) {
        List<PaymentMethod> methods = catalog.findChannel(order.order().channel()).map(offers::offered)
                .orElse(List.of());
        model.addAttribute("order", order.order());
        model.addAttribute("amount", Money.ofFen(order.totalFen()));
        model.addAttribute("payable", order.order().status() == OrderStatus.PENDING_PAYMENT);
        model.addAttribute("methods", methods);
        model.addAttribute("error", error);
        return "payments/choose";
    }
}
