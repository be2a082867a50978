package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateAction;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.domain.PossessionBySms;
import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.NotFoundException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Starts a lifecycle order from a page, an unchanged renewal after the proof of possession typed on the same page —
 * a cloud certificate's signing PIN or the SMS code to its administrator mobile, a UKEY's PIN for the token to sign
 * with (docs/lifecycle.md, "Renewal").
 */
@Component
class LifecycleStarts {

    private final OrderManagement orders;
    private final PossessionProofs proofs;
    private final PossessionBySms sms;

    LifecycleStarts(OrderManagement orders, PossessionProofs proofs, PossessionBySms sms) {
        this.orders = orders;
        this.proofs = proofs;
        this.sms = sms;
    }

    OrderView start(StartOrder command, HeldCertificateView held, @Nullable String pin, @Nullable String smsCode) {
        if (command.type() == OrderType.RENEWAL && proofs.required(held)) {
            if (smsCode != null && !smsCode.isBlank() && held.keyInCloud()) {
                sms.prove(command.accountId(), held, smsCode, command.actor());
            } else {
                proofs.prove(command.accountId(), held, pin, command.actor());
            }
        }
        return orders.start(command);
    }

    /** Sends a cloud certificate's RENEWAL code and tells the page where it went. */
    void sendSms(HeldCertificateView held, Locale locale, Model model) {
        model.addAttribute("possessionSmsSent", sms.send(held, locale));
    }

    /** Tells the page whether it asks for a PIN, and whose (the cloud key's signing PIN or the UKEY's), or a code. */
    /**
     * The page confirming one action on {@code held}, with the possession proofs its renewal asks for; the start
     * form posts to {@code startUrl}. Refused when the certificate does not offer the action.
     */
    String confirmPage(HeldCertificateView held, OrderType type, Map<String, String> form, String startUrl,
            String back, Model model) {
        CertificateAction action = held.actions().stream().filter(a -> a.orderType() == type).findFirst()
                .orElseThrow(() -> new NotFoundException("action", type.name()));
        PageErrors.none(model);
        model.addAttribute("certificate", held);
        model.addAttribute("action", action);
        model.addAttribute("type", type.name());
        model.addAttribute("form", form);
        model.addAttribute("reasons", StartOrder.HOLDER_REASONS);
        model.addAttribute("startUrl", startUrl);
        model.addAttribute("back", back);
        boolean renewal = type == OrderType.RENEWAL && proofs.required(held);
        model.addAttribute("possessionPin", renewal && proofs.bySecret(held));
        model.addAttribute("possessionUkey", "UKEY".equals(held.medium()));
        model.addAttribute("possessionSms", renewal && held.keyInCloud());
        if (!model.containsAttribute("possessionSmsSent")) {
            model.addAttribute("possessionSmsSent", null);
        }
        return type == OrderType.REVOCATION ? "lifecycle/revocation" : "lifecycle/start-order";
    }
}
