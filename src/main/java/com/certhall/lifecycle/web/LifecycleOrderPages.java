package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting a lifecycle order from "我的证书" (docs/lifecycle.md): renewal, information change and reissue are confirmed
 * on one page (a cloud certificate's renewal with its signing PIN, the proof of possession) and go on in the order
 * wizard; the holder's revocation asks for the reason and goes to the SMS signature, which revokes the certificate
 * at once.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class LifecycleOrderPages {

    private final CertificateManagement certificates;
    private final OrderManagement orders;
    private final LifecycleStarts starts;
    private final PageErrors errors;

    LifecycleOrderPages(CertificateManagement certificates, OrderManagement orders, LifecycleStarts starts,
            PageErrors errors) {
        this.certificates = certificates;
        this.orders = orders;
        this.starts = starts;
        this.errors = errors;
    }

    @GetMapping("/certificates/{serial}/orders/{type}")
    String confirm(@PathVariable String serial, @PathVariable String type, Caller caller, Model model) {
        return page(serial, type(type), caller, model, Map.of());
    }

    @PostMapping("/certificates/{serial}/orders/{type}")
    String start(@PathVariable String serial, @PathVariable String type,
            @RequestParam(required = false) @Nullable Boolean agreementAccepted,
            @RequestParam(required = false) @Nullable String pin,
            @RequestParam(required = false) @Nullable String smsCode, Caller caller, Model model, Locale locale) {
        OrderType kind = type(type);
        try {
            StartOrder command = StartOrder.of(caller.applicantId(), null, kind.name(), null, serial, null,
                    agreementAccepted, caller.auditActor());
            OrderView order = starts.start(command, certificates.owned(serial, caller.applicantId()), pin, smsCode);
            return "redirect:/orders/" + order.id() + "/continue";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            return page(serial, kind, caller, model, Map.of());
        }
    }

    @PostMapping("/certificates/{serial}/orders/RENEWAL/possession-sms")
    String possessionSms(@PathVariable String serial, Caller caller, Model model, Locale locale) {
        try {
            starts.sendSms(certificates.owned(serial, caller.applicantId()), locale, model);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return page(serial, OrderType.RENEWAL, caller, model, Map.of());
    }

    @GetMapping("/certificates/{serial}/revocation")
    String revocation(@PathVariable String serial, Caller caller, Model model) {
        return page(serial, OrderType.REVOCATION, caller, model, Map.of());
    }

    @PostMapping("/certificates/{serial}/revocation")
    String revoke(@PathVariable String serial, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Boolean agreementAccepted, Caller caller, Model model,
            Locale locale) {
        try {
            OrderView order = orders.start(StartOrder.of(caller.applicantId(), null, OrderType.REVOCATION.name(),
                    null, serial, reason, agreementAccepted, caller.auditActor()));
            return "redirect:/orders/" + order.id() + "/sign";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            return page(serial, OrderType.REVOCATION, caller, model, Map.of("reason", reason == null ? "" : reason));
        }
    }

    private String page(String serial, OrderType type, Caller caller, Model model, Map<String, String> form) {
        HeldCertificateView c = certificates.owned(serial, caller.applicantId());
        return starts.confirmPage(c, type, form, "/certificates/" + c.serialHex()
                + (type == OrderType.REVOCATION ? "/revocation" : "/orders/" + type.name()), "/certificates", model);
    }

    private static OrderType type(String raw) {
        return switch (raw) {
            case "RENEWAL" -> OrderType.RENEWAL;
            case "CHANGE" -> OrderType.CHANGE;
            case "REISSUE" -> OrderType.REISSUE;
            default -> throw new NotFoundException("orderType", raw);
        };
    }
}
