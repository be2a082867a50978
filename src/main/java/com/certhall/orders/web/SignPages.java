package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.catalog.CatalogManagement;
import com.certhall.orders.OrderCommands.SubmitOnPaper;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.web.PageForms.SignForm;
import com.certhall.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The wizard's end: the confirmation, the signature with an SMS code to the handler, and the submitted page. */
@Controller
class SignPages {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final WizardModel wizard;

    SignPages(OrderManagement orders, CatalogManagement catalog, WizardModel wizard) {
        this.orders = orders;
        this.catalog = catalog;
        this.wizard = wizard;
    }

    @GetMapping("/orders/{id}/confirm")
    String confirm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "confirm", model, d -> new SignForm(null, null));
    }

    @GetMapping("/orders/{id}/sign")
    String sign(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("sent", sent != null);
        return wizard.show(user, id, "sign", model, d -> new SignForm(null, null));
    }

    @PostMapping("/orders/{id}/signature-code")
    String sendCode(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model,
            Locale locale, HttpServletRequest request) {
        return wizard.act(user, id, "sign", "sent", new SignForm(null, null), model, locale,
                () -> orders.sendSignatureCode(PageIds.order(id), user.id(), locale, request.getRemoteAddr()));
    }

    @PostMapping("/orders/{id}/sign")
    String submit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            SignForm form, Model model, Locale locale) {
        try {
            orders.submit(new SubmitOrder(PageIds.order(id), user.id(), form.smsCode(),
                    Boolean.TRUE.equals(form.agreementAccepted()), locale, user.auditActor()));
            return "redirect:/orders/" + id + "/submitted";
        } catch (ProblemException e) {
            model.addAttribute("sent", false);
            return wizard.refused(e, user, id, "sign", model, locale, form);
        }
    }

    /** The paper path's last step: the order to look over, the form to print and where to mail it. */
    @GetMapping("/orders/{id}/paper")
    String paper(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "paper", model, d -> new SignForm(null, null));
    }

    @PostMapping("/orders/{id}/paper")
    String submitOnPaper(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model,
            Locale locale) {
        try {
            orders.submitOnPaper(new SubmitOnPaper(PageIds.order(id), user.id(), locale, user.auditActor()));
            return "redirect:/orders/" + id + "#paper-mailing";
        } catch (ProblemException e) {
            return wizard.refused(e, user, id, "paper", model, locale, new SignForm(null, null));
        }
    }

    @GetMapping("/orders/{id}/submitted")
    String submitted(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        OrderDetails order = orders.detailsOwned(PageIds.order(id), user.id());
        model.addAttribute("order", order);
        model.addAttribute("channel", catalog.findChannel(order.order().channel()).orElse(null));
        return "orders/submitted";
    }
}
