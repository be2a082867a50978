package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateQueryManagement.ActingHolder;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Renewal and revocation from the certificate query, without login (docs/lifecycle.md, "Certificate query without
 * login"): the same order as from "我的证书", started for the holder's account the query found, signed with the SMS
 * code to the handler on record. A revocation is carried out on signing; an unchanged renewal (of a cloud
 * certificate after the proof of possession with its signing PIN) is approved on signing and its payment waits in the
 * holder's account.
 */
@Controller
class QueryOrderPages {

    private static final String BASE = "/certificate-query/certificates/";

    private final QueryProof proof;
    private final OrderManagement orders;
    private final QuerySignature signature;
    private final LifecycleStarts starts;
    private final PageErrors errors;

    QueryOrderPages(QueryProof proof, OrderManagement orders, QuerySignature signature, LifecycleStarts starts,
            PageErrors errors) {
        this.proof = proof;
        this.orders = orders;
        this.signature = signature;
        this.starts = starts;
        this.errors = errors;
    }

    @GetMapping(BASE + "{serial}/{kind:renewal|revocation}")
    String confirm(@PathVariable String serial, @PathVariable String kind, HttpSession session, Model model) {
        return page(proof.holder(session, serial), type(kind), model, Map.of());
    }

    @PostMapping(BASE + "{serial}/{kind:renewal|revocation}")
    String start(@PathVariable String serial, @PathVariable String kind,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Boolean agreementAccepted,
            @RequestParam(required = false) @Nullable String pin,
            @RequestParam(required = false) @Nullable String smsCode, HttpSession session, Model model,
            Locale locale) {
        ActingHolder holder = proof.holder(session, serial);
        OrderType type = type(kind);
        try {
            StartOrder command = StartOrder.of(holder.certificate().accountId(), null, type.name(), null, serial,
                    type == OrderType.REVOCATION ? reason : null, agreementAccepted, holder.actor());
            OrderView order = starts.start(command, holder.certificate(), pin, smsCode);
            return signature.sendAndShow(order, holder, model, locale);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            return page(holder, type, model, Map.of("reason", reason == null ? "" : reason));
        }
    }

    @PostMapping(BASE + "{serial}/renewal/possession-sms")
    String possessionSms(@PathVariable String serial, HttpSession session, Model model, Locale locale) {
        ActingHolder holder = proof.holder(session, serial);
        try {
            starts.sendSms(holder.certificate(), locale, model);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return page(holder, OrderType.RENEWAL, model, Map.of());
    }

    @PostMapping("/certificate-query/orders/{id}/signature-code")
    String resend(@PathVariable UUID id, HttpSession session, Model model, Locale locale) {
        OrderView order = orders.get(new OrderId(id));
        return signature.sendAndShow(order, owned(order, session), model, locale);
    }

    @PostMapping("/certificate-query/orders/{id}/signature")
    String sign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String smsCode,
            HttpSession session, Model model, Locale locale) {
        OrderView order = orders.get(new OrderId(id));
        ActingHolder holder = owned(order, session);
        try {
            OrderView signed = orders.submit(new SubmitOrder(order.id(), holder.certificate().accountId(), smsCode,
                    true, locale, holder.actor()));
            model.addAttribute("order", signed);
            model.addAttribute("certificate", holder.certificate());
            return "lifecycle/query-done";
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            return signature.show(order, holder, model, null);
        }
    }

    /** The order must be a lifecycle order on a certificate of this session's answered query, held by its account. */
    private ActingHolder owned(OrderView order, HttpSession session) {
        if (order.certificateSerial() == null) {
            throw new NotFoundException("order", order.id());
        }
        ActingHolder holder = proof.holder(session, order.certificateSerial());
        if (!holder.certificate().accountId().equals(order.accountId())) {
            throw new NotFoundException("order", order.id());
        }
        return holder;
    }

    private String page(ActingHolder holder, OrderType type, Model model, Map<String, String> form) {
        HeldCertificateView c = holder.certificate();
        return starts.confirmPage(c, type, form, BASE + c.serialHex()
                + (type == OrderType.REVOCATION ? "/revocation" : "/renewal"), "/certificate-query", model);
    }

    private static OrderType type(String kind) {
        return "revocation".equals(kind) ? OrderType.REVOCATION : OrderType.RENEWAL;
    }
}
