package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderManagement;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wizard's data steps after the product: subject, invoice and delivery. Each saves on "下一步" and goes on; a
 * refusal shows the page again with every message next to its field and the typed values kept.
 */
@Controller
class DraftStepPages {

    private final OrderManagement orders;
    private final WizardModel wizard;

    DraftStepPages(OrderManagement orders, WizardModel wizard) {
        this.orders = orders;
        this.wizard = wizard;
    }

    @GetMapping("/orders/{id}/subject")
    String subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "subject", model, d -> {
            Map<String, String> form = DraftForms.subject(d.draft().subject());
            if (d.draft().subject() == null) {
                form.put("handlerIsLegalRep", "on");
            }
            return form;
        });
    }

    @PostMapping("/orders/{id}/subject")
    String saveSubject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return wizard.save(user, id, "subject", form, model, locale,
                () -> orders.saveSubject(new SaveSubject(PageIds.order(id), user.id(), DraftForms.subjectForm(form))));
    }

    @GetMapping("/orders/{id}/invoice")
    String invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "invoice", model, d -> DraftForms.invoice(d.draft().invoice()));
    }

    @PostMapping("/orders/{id}/invoice")
    String saveInvoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return wizard.save(user, id, "invoice", form, model, locale,
                () -> orders.saveInvoice(new SaveInvoice(PageIds.order(id), user.id(), DraftForms.invoiceForm(form))));
    }

    @GetMapping("/orders/{id}/delivery")
    String delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "delivery", model, d -> DraftForms.delivery(d.draft().delivery()));
    }

    @PostMapping("/orders/{id}/delivery")
    String saveDelivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, Locale locale) {
        return wizard.save(user, id, "delivery", form, model, locale, () -> orders.saveDelivery(
                new SaveDelivery(PageIds.order(id), user.id(), DraftForms.deliveryForm(form))));
    }
}
