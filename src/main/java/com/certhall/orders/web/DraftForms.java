package com.certhall.orders.web;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ProductSpec;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Between the wizard's HTML forms (flat names such as {@code organization.legalRep.idNumber}) and the step forms:
 * what a saved draft shows in the fields, and what posted fields mean. Typed values are kept as typed.
 */
final class DraftForms {

    private DraftForms() {
    }

    static Map<String, String> product(OrderDraft d) {
        Map<String, String> form = new HashMap<>();
        for (OrderLine l : d.lines()) {
            String p = "p." + l.productCode() + ".";
            form.put(p + "selected", "on");
            form.put(p + "years", String.valueOf(l.years()));
            form.put(p + "quantity", String.valueOf(l.quantity()));
            form.put(p + "keyAlgorithm", l.keyAlgorithm().name());
            form.put(p + "csr", l.csrPem() == null ? "" : l.csrPem());
        }
        return form;
    }

    /** The selected products in the channel's order; {@code codes} receives each line's product code by index. */
    static List<OrderCommands.ItemForm> items(Map<String, String> form, ChannelRules rules, List<String> codes) {
        List<OrderCommands.ItemForm> items = new ArrayList<>();
        for (ProductSpec product : rules.products()) {
            String p = "p." + product.code() + ".";
            if (rules.products().size() == 1 || "on".equals(form.get(p + "selected"))) {
                items.add(new OrderCommands.ItemForm(product.code(), number(form.get(p + "years")),
                        number(form.get(p + "quantity")), form.get(p + "keyAlgorithm"), form.get(p + "csr")));
                codes.add(product.code());
            }
        }
        return items;
    }

    static Map<String, String> subject(Subject s) {
        Map<String, String> form = new HashMap<>();
        if (s instanceof Subject.Organization org) {
            form.put("organization.name", org.name());
            form.put("organization.uscc", org.uscc());
            form.put("organization.address", org.address());
            party(form, "organization.legalRep.", org.legalRep());
            party(form, "handler.", org.handler());
            form.put("handlerIsLegalRep", org.handlerIsLegalRep() ? "on" : "");
        } else if (s instanceof Subject.Person p) {
            party(form, "person.", p.person());
        }
        return form;
    }

    private static void party(Map<String, String> form, String prefix, Party p) {
        form.put(prefix + "name", p.name());
        form.put(prefix + "idType", p.idType().name());
        form.put(prefix + "idNumber", p.idNumber());
        form.put(prefix + "mobile", p.mobile());
        form.put(prefix + "email", p.email());
        form.put(prefix + "address", p.address());
        form.put(prefix + "department", p.department());
    }

    static SubjectForm subjectForm(Map<String, String> f) {
        boolean self = "on".equals(f.get("handlerIsLegalRep")) || "true".equals(f.get("handlerIsLegalRep"));
        return new SubjectForm(new SubjectForm.OrganizationForm(f.get("organization.name"),
                f.get("organization.uscc"), f.get("organization.address"), partyForm(f, "organization.legalRep.")),
                partyForm(f, "handler."), self, partyForm(f, "person."));
    }

    private static SubjectForm.PartyForm partyForm(Map<String, String> f, String prefix) {
        return new SubjectForm.PartyForm(f.get(prefix + "name"), f.get(prefix + "idType"), f.get(prefix + "idNumber"),
                f.get(prefix + "mobile"), f.get(prefix + "email"), f.get(prefix + "address"),
                f.get(prefix + "department"));
    }

    static Map<String, String> invoice(InvoiceInfo i) {
        Map<String, String> form = new HashMap<>();
        if (i == null) {
            form.put("wanted", "true");
            return form;
        }
        form.put("wanted", String.valueOf(i.wanted()));
        form.put("taxNumber", i.taxNumber());
        form.put("address", i.address());
        form.put("phone", i.phone());
        form.put("bankName", i.bankName());
        form.put("bankAccount", i.bankAccount());
        form.put("email", i.email());
        return form;
    }

    static OrderCommands.InvoiceForm invoiceForm(Map<String, String> f) {
        return new OrderCommands.InvoiceForm(!"false".equals(f.get("wanted")), f.get("taxNumber"), f.get("address"),
                f.get("phone"), f.get("bankName"), f.get("bankAccount"), f.get("email"));
    }

    static Map<String, String> delivery(DeliveryInfo d) {
        Map<String, String> form = new HashMap<>();
        if (d != null) {
            form.put("method", d.method().name());
            form.put("recipient", d.recipient());
            form.put("phone", d.phone());
            form.put("address", d.address());
        }
        return form;
    }

    static OrderCommands.DeliveryForm deliveryForm(Map<String, String> f) {
        return new OrderCommands.DeliveryForm(f.get("method"), f.get("recipient"), f.get("phone"), f.get("address"));
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
