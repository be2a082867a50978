package com.certhall.orders.web;

import com.certhall.accounts.AccountManagement;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.InvoiceForm;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.SubjectForm;
import com.certhall.shared.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The wizard's data steps after the product: subject, invoice and delivery. Each saves on "下一步" and goes on; a
 * refusal shows the page again with every message next to its field and the typed values kept.
 */
@Controller
class DraftStepPages {

    private final OrderManagement orders;
    private final WizardModel wizard;
    private final AccountManagement accounts;

    DraftStepPages(OrderManagement orders, WizardModel wizard, AccountManagement accounts) {
        this.accounts = accounts;
        this.orders = orders;
        this.wizard = wizard;
    }

    /**
     * The subject step: what was typed and refused last time if there is such a thing (with its messages again),
     * else the saved subject, else a new one prefilled from the account.
     */
    @GetMapping("/orders/{id}/subject")
    String subject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model,
            Locale locale) {
        Optional<SubjectForm> typed = wizard.typedSubject(user, id, model, locale);
        return wizard.show(user, id, "subject", model, d -> typed.orElseGet(() -> d.draft().subject() != null
                ? PageForms.subject(d.draft().subject())
                : PageForms.newSubject(d.order().subjectType(), accounts.findApplicant(user.id()).orElse(null))));
    }

    @PostMapping("/orders/{id}/subject")
    String saveSubject(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            SubjectForm form, Model model, Locale locale) {
        SaveSubject cmd = new SaveSubject(PageIds.order(id), user.id(), form);
        return wizard.save(user, id, "subject", form, model, locale, () -> {
            try {
                return orders.saveSubject(cmd);
            } catch (InvalidInputException refused) {
                orders.keepTypedSubject(cmd);
                throw refused;
            }
        });
    }

    @GetMapping("/orders/{id}/invoice")
    String invoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "invoice", model, d -> PageForms.invoice(d.draft().invoice()));
    }

    @PostMapping("/orders/{id}/invoice")
    String saveInvoice(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            InvoiceForm posted, Model model, Locale locale) {
        InvoiceForm form = PageForms.invoice(posted);
        return wizard.save(user, id, "invoice", form, model, locale,
                () -> orders.saveInvoice(new SaveInvoice(PageIds.order(id), user.id(), form)));
    }

    @GetMapping("/orders/{id}/delivery")
    String delivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, Model model) {
        return wizard.show(user, id, "delivery", model, d -> PageForms.delivery(d.draft().delivery()));
    }

    @PostMapping("/orders/{id}/delivery")
    String saveDelivery(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            DeliveryForm form, Model model, Locale locale) {
        return wizard.save(user, id, "delivery", form, model, locale,
                () -> orders.saveDelivery(new SaveDelivery(PageIds.order(id), user.id(), form)));
    }
}
