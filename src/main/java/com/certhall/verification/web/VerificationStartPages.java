package com.certhall.verification.web;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.VerificationRecord.Offer;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationView;
import com.certhall.verification.rest.StartRequest;
import com.certhall.web.PageErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /orders/{id}/verify}: the wizard's identity step. Lists, per party, the checks the order's channel offers and
 * the latest result, and starts a check; the case page then takes the answer (amount, SMS code or face check).
 */
@Controller
@RequestMapping("/orders/{orderId}/verify")
class VerificationStartPages {

    private final OrderManagement orders;
    private final VerificationManagement verifications;
    private final PageErrors errors;

    VerificationStartPages(OrderManagement orders, VerificationManagement verifications, PageErrors errors) {
        this.orders = orders;
        this.verifications = verifications;
        this.errors = errors;
    }

    /** The start form as typed; only the fields of the chosen method are used. */
    record StartForm(String party, String method, String bankName, String bankAccount, String cardNumber,
            String mobile, String delivery) {
    }

    @GetMapping
    String page(@PathVariable UUID orderId, Caller user, Model model) {
        return render(orderId, user, model, new StartForm(null, null, null, null, null, null, "QR"), List.of());
    }

    @PostMapping
    String start(@PathVariable UUID orderId, @ModelAttribute StartForm form, Caller user,
            Model model, Locale locale) {
        OrderDetails details = orders.detailsOwned(new OrderId(orderId), user.id());
        try {
            StartRequest request = new StartRequest(enumOrNull(PartyRole.class, form.party()),
                    enumOrNull(VerificationMethod.class, form.method()), form.bankName(), form.bankAccount(),
                    blankToNull(form.cardNumber()), blankToNull(form.mobile()),
                    enumOrNull(FaceDelivery.class, form.delivery()));
            orders.requireVerificationOffered(details.id(), form.party(), form.method());
            VerificationView v = verifications.start(request.toCommand(details.id(), details.draft().subject(),
                    user.auditActor(), locale));
            return "redirect:/orders/" + orderId + "/verifications/" + v.id().id();
        } catch (ProblemException e) {
            return render(orderId, user, model, form,
                    errors.sentences(e, LocaleContextHolder.getLocale(), "verification"));
        }
    }

    private String render(UUID orderId, Caller user, Model model, StartForm form, List<String> errors) {
        OrderDetails details = orders.detailsOwned(new OrderId(orderId), user.id());
        Map<String, List<Offer>> byParty = new LinkedHashMap<>();
        Map<String, VerificationView> latest = new LinkedHashMap<>();
        for (Offer option : orders.verificationOffers(details.id())) {
            byParty.computeIfAbsent(option.party(), p -> new java.util.ArrayList<>()).add(option);
            verifications.latest(details.id(), PartyRole.valueOf(option.party()))
                    .ifPresent(v -> latest.put(option.party(), v));
        }
        model.addAttribute("order", details.order());
        model.addAttribute("hasSubject", details.draft().subject() != null);
        model.addAttribute("unsettled", orders.unverifiedParties(details.id()));
        model.addAttribute("editable", details.order().status().isEditable());
        model.addAttribute("steps", orders.progress(details.id(), user.id(), "verify"));
        model.addAttribute("parties", byParty);
        model.addAttribute("latest", latest);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "verification/start";
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
