package com.certhall.orders.web;

import com.certhall.accounts.ApplicantProfile;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ProductSpec;
import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.InvoiceForm;
import com.certhall.orders.OrderCommands.ItemForm;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm.OrganizationForm;
import com.certhall.orders.SubjectForm.PartyForm;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.web.TypedNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wizard's HTML forms as records, bound by Spring from the posted names ({@code organization.legalRep.idNumber},
 * {@code p[org].years}); the subject, invoice and delivery steps bind the API's own form records. Here: the forms
 * that only pages have, and what a saved draft shows in each form.
 */
final class PageForms {

    private PageForms() {
    }

    /** The first page: subject type and the channel's agreement. */
    record StartForm(@Nullable String subjectType, @Nullable Boolean agreementAccepted) {
    }

    /** The signature page: the SMS code and the agreement tick. */
    record SignForm(@Nullable String smsCode, @Nullable Boolean agreementAccepted) {
    }

    /** The product step: one choice per product code of the channel ({@code p[code].years} …). */
    record ProductForm(@Nullable Map<String, ProductChoice> p) {

        ProductForm {
            p = p == null ? Map.of() : Map.copyOf(p);
        }

        /** The selected products in the channel's order (all when it has one); {@code codes} gets each line's code. */
        List<ItemForm> items(ChannelRules rules, List<String> codes) {
            List<ItemForm> items = new ArrayList<>();
            for (ProductSpec product : rules.products()) {
                ProductChoice choice = p.getOrDefault(product.code(), ProductChoice.NONE);
                if (rules.products().size() == 1 || Boolean.TRUE.equals(choice.selected())) {
                    items.add(new ItemForm(product.code(), TypedNumber.of(choice.years()),
                            TypedNumber.of(choice.quantity()), choice.keyAlgorithm(), choice.csr()));
                    codes.add(product.code());
                }
            }
            return items;
        }
    }

    /** One product as typed; years and quantity stay text so that a bad number is reported, not a binding error. */
    record ProductChoice(@Nullable Boolean selected, @Nullable String years, @Nullable String quantity,
            @Nullable String keyAlgorithm, @Nullable String csr) {

        static final ProductChoice NONE = new ProductChoice(null, null, null, null, null);
    }

    static ProductForm product(OrderDraft d) {
        Map<String, ProductChoice> choices = new LinkedHashMap<>();
        for (OrderLine l : d.lines()) {
            choices.put(l.productCode(), new ProductChoice(true, String.valueOf(l.years()),
                    String.valueOf(l.quantity()), l.keyAlgorithm().name(), l.csrPem()));
        }
        return new ProductForm(choices);
    }

    /** A saved subject as the subject step shows it; a new order starts with the handler being the legal rep. */
    static SubjectForm subject(@Nullable Subject s) {
        if (s instanceof Subject.Organization org) {
            return new SubjectForm(new OrganizationForm(org.name(), org.uscc(), org.address(), party(org.legalRep()),
                    SubjectForm.regionOf(org.address()), org.sealName()), party(org.handler()),
                    org.handlerIsLegalRep(), null);
        }
        if (s instanceof Subject.Person p) {
            return new SubjectForm(null, null, null, party(p.person()));
        }
        return new SubjectForm(null, null, true, null);
    }

    /**
     * A new order's subject step, prefilled from the account: an enterprise account's name and USCC for an
     * organisation; a person's own name, mobile and e-mail when the person applies for himself.
     */
    static SubjectForm newSubject(SubjectType type, @Nullable ApplicantProfile account) {
        if (account == null) {
            return subject(null);
        }
        boolean enterprise = account.uscc() != null;
        if (type == SubjectType.ORGANIZATION) {
            return enterprise ? new SubjectForm(new OrganizationForm(account.displayName(), account.uscc().value(),
                    null, null), null, true, null) : subject(null);
        }
        return enterprise ? subject(null) : new SubjectForm(null, null, null, new PartyForm(account.displayName(),
                null, null, account.mobile().value(), account.email(), null, null));
    }

    private static PartyForm party(Party p) {
        return new PartyForm(p.name(), p.idType().name(), p.idNumber(), p.mobile(), p.email(), p.address(),
                p.department(), SubjectForm.regionOf(p.address()));
    }

    /** A saved invoice choice; a new order starts with "invoice wanted". */
    static InvoiceForm invoice(@Nullable InvoiceInfo i) {
        return i == null ? new InvoiceForm(true, null, null, null, null, null, null)
                : new InvoiceForm(i.wanted(), i.taxNumber(), i.address(), i.phone(), i.bankName(), i.bankAccount(),
                        i.email());
    }

    /** The invoice step as posted: an absent choice means an invoice is wanted, as the page preselects. */
    static InvoiceForm invoice(InvoiceForm posted) {
        return posted.wanted() != null ? posted : new InvoiceForm(true, posted.taxNumber(), posted.address(),
                posted.phone(), posted.bankName(), posted.bankAccount(), posted.email());
    }

    static DeliveryForm delivery(@Nullable DeliveryInfo d) {
        return d == null ? new DeliveryForm(null, null, null, null)
                : new DeliveryForm(d.method().name(), d.recipient(), d.phone(), d.address());
    }
}
