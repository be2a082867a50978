package com.certhall.orders.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.SubjectForm;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "填入" under the materials step's reading of an uploaded ID card front or business licence (docs/recognition.md,
 * "Fill-in"): the values as the applicant confirmed or corrected them go into the subject, as if typed on the
 * subject step. A subject the rules refuse (still incomplete, or a corrected value that is wrong) is kept as typed
 * and the subject step shows it with its messages, as after "下一步" there.
 */
@Controller
class ScanFillPages {

    private final ScanOffers offers;
    private final OrderManagement orders;
    private final WizardModel wizard;

    ScanFillPages(ScanOffers offers, OrderManagement orders, WizardModel wizard) {
        this.offers = offers;
        this.orders = orders;
        this.wizard = wizard;
    }

    @PostMapping("/orders/{id}/materials/{documentId}/fill")
    String fill(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
            @PathVariable String documentId, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String idNumber,
            @RequestParam(required = false) @Nullable String uscc,
            @RequestParam(required = false) @Nullable String legalRep,
            @RequestParam(required = false) @Nullable String address, Model model, Locale locale) {
        OrderId order = PageIds.order(id);
        Map<String, String> values = new HashMap<>();
        put(values, "name", name);
        put(values, "idNumber", idNumber);
        put(values, "uscc", uscc);
        put(values, "legalRep", legalRep);
        put(values, "address", address);
        Optional<SubjectForm> form = offers.filled(order, user.id(), documentId, values);
        if (form.isEmpty()) {
            return "redirect:/orders/" + id + "/materials";
        }
        SaveSubject cmd = new SaveSubject(order, user.id(), form.get());
        try {
            orders.saveSubject(cmd);
            return "redirect:/orders/" + id + "/materials?filled";
        } catch (InvalidInputException refused) {
            orders.keepTypedSubject(cmd);
            return "redirect:/orders/" + id + "/subject";
        } catch (ProblemException refused) {
            // for example another active order of the same person (the duplicate guard): said on the materials page
            return wizard.refusedOnMaterials(refused, user, id, model, locale);
        }
    }

    private static void put(Map<String, String> values, String field, @Nullable String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
