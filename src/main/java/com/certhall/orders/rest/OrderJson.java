package com.certhall.orders.rest;

import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.orders.domain.NextActions;
import com.certhall.shared.Masking;
import java.util.LinkedHashMap;
import java.util.Map;

/** The order as the API shows it: identifiers, mobiles and accounts masked; CSRs reduced to whether one is present. */
final class OrderJson {

    private OrderJson() {
    }

    static Map<String, Object> summary(OrderView v, VerificationStage stage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id().toString());
        m.put("number", v.number());
        m.put("channel", v.channel());
        m.put("type", v.type());
        m.put("subjectType", v.subjectType());
        m.put("status", v.status());
        m.put("nextActions", NextActions.of(v.status(), stage));
        m.put("payFirst", v.payFirst());
        m.put("paid", v.paid());
        m.put("rejectionReason", v.rejectionReason());
        m.put("createdAt", v.createdAt());
        m.put("updatedAt", v.updatedAt());
        return m;
    }

    static Map<String, Object> full(OrderDetails d, VerificationStage stage) {
        Map<String, Object> m = summary(d.order(), stage);
        OrderDraft draft = d.draft();
        m.put("agreementAcceptedAt", draft.agreementAcceptedAt());
        m.put("subject", subject(draft.subject()));
        m.put("lines", draft.lines().stream().map(OrderJson::line).toList());
        m.put("totalFen", draft.totalFen());
        m.put("invoice", invoice(draft.invoice()));
        m.put("delivery", delivery(draft.delivery()));
        if (d.authorizationSignedAt() != null) {
            m.put("authorization", Map.of("signedAt", d.authorizationSignedAt(), "signedBy",
                    d.authorizationSignedBy()));
        }
        m.put("signedAt", draft.signedAt());
        m.put("history", d.history().stream().map(h -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("from", h.from());
            line.put("to", h.to());
            line.put("action", h.action());
            line.put("note", h.note());
            line.put("at", h.at());
            return line;
        }).toList());
        return m;
    }

    private static Object subject(Subject s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (s instanceof Subject.Organization org) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", org.name());
            o.put("uscc", Masking.mask(org.uscc(), 4, 4));
            o.put("address", org.address());
            o.put("legalRep", party(org.legalRep()));
            m.put("organization", o);
            m.put("handler", party(org.handler()));
            m.put("handlerIsLegalRep", org.handlerIsLegalRep());
        } else {
            m.put("person", party(s.handler()));
        }
        return m;
    }

    private static Map<String, Object> party(Party p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("idType", p.idType());
        m.put("idNumber", p.maskedIdNumber());
        m.put("mobile", p.maskedMobile());
        if (!p.email().isEmpty()) {
            m.put("email", Masking.maskEmail(p.email()));
        }
        if (!p.address().isEmpty()) {
            m.put("address", p.address());
        }
        if (!p.department().isEmpty()) {
            m.put("department", p.department());
        }
        return m;
    }

    private static Map<String, Object> line(OrderLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("productCode", l.productCode());
        m.put("productName", l.productName());
        m.put("certType", l.certType());
        m.put("medium", l.medium());
        m.put("years", l.years());
        m.put("quantity", l.quantity());
        m.put("keyAlgorithm", l.keyAlgorithm());
        m.put("holderCsr", l.csrPem() != null);
        m.put("totalFen", l.totalFen());
        return m;
    }

    private static Object invoice(InvoiceInfo i) {
        if (i == null) {
            return null;
        }
        if (!i.wanted()) {
            return Map.of("wanted", false);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wanted", true);
        m.put("title", i.title());
        m.put("taxNumber", Masking.mask(i.taxNumber(), 4, 4));
        m.put("address", i.address());
        m.put("phone", i.phone());
        m.put("bankName", i.bankName());
        m.put("bankAccount", Masking.mask(i.bankAccount(), 4, 4));
        m.put("email", Masking.maskEmail(i.email()));
        return m;
    }

    private static Object delivery(DeliveryInfo d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", d.method());
        m.put("recipient", d.recipient());
        m.put("phone", Masking.mask(d.phone(), 3, 4));
        m.put("address", d.address());
        return m;
    }
}
