package com.certhall.lifecycle.web;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.lifecycle.CertificateQueryManagement.ActingHolder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The signature step of an order started from the certificate query: the SMS code of the application signature goes
 * to the handler on record of the order (the one the certificate's own order proved), as from "我的证书".
 */
@Component
class QuerySignature {

    private final OrderManagement orders;
    private final PageErrors errors;

    QuerySignature(OrderManagement orders, PageErrors errors) {
        this.orders = orders;
        this.errors = errors;
    }

    String sendAndShow(OrderView order, ActingHolder holder, Model model, Locale locale) {
        SmsChallengeTicket sent = null;
        try {
            sent = orders.sendSignatureCode(order.id(), holder.certificate().accountId(), locale, null);
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
        }
        return show(order, holder, model, sent);
    }

    String show(OrderView order, ActingHolder holder, Model model, @Nullable SmsChallengeTicket sent) {
        PageErrors.none(model);
        Subject subject = orders.details(order.id()).draft().subject();
        model.addAttribute("order", order);
        model.addAttribute("certificate", holder.certificate());
        model.addAttribute("mobile", subject == null ? "" : new MobileNumber(subject.handler().mobile()).masked());
        model.addAttribute("sent", sent);
        return "lifecycle/query-sign";
    }
}
