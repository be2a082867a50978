package com.certhall.orders;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.orders.StepForms.DeliveryForm;
import com.certhall.orders.StepForms.InvoiceForm;
import com.certhall.orders.StepForms.ItemForm;
import com.certhall.orders.domain.Order;
import com.certhall.orders.persistence.Orders;
import com.certhall.orders.persistence.OrderNumbers;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.Medium;
import com.certhall.catalog.PolicyDecision;
import com.certhall.catalog.VerificationStage;
import com.certhall.documents.DocumentManagement;
import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.DataProtection;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of a new order, step by step: start with the agreement, then subject,
 * products, invoice, delivery (materials through {@link OrderMaterials}), signature and submission. Every step is
 * saved at once and checked against the channel's rules; saving a step again with the same data changes nothing,
 * so a repeated request is harmless. Only the owning account reaches an order; another account gets a 404.
 */
@Service
public class OrderSteps {

    private static final Set<OrderStatus> FINISHED = EnumSet.of(OrderStatus.COMPLETED,
            OrderStatus.CANCELLED);

    private final Orders orders;
    private final OrderNumbers numbers;
    private final CatalogManagement catalog;
    private final DocumentManagement documents;
    private final SmsChallengeService sms;
    private final DataProtection protection;
    private final OrderLines lines;
    private final VerificationRecords verifications;
    private final Clock clock;

    OrderSteps(Orders orders, OrderNumbers numbers, CatalogManagement catalog,
            DocumentManagement documents, SmsChallengeService sms, DataProtection protection,
            ObjectProvider<CertificateRequestCheck> csrCheck, VerificationRecords verifications, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.documents = documents;
        this.sms = sms;
        this.protection = protection;
        this.lines = new OrderLines(catalog, csrCheck);
        this.verifications = verifications;
        this.clock = clock;
    }

    /** Step 1: the agreement accepted, a draft order in the channel for an organisation or a person. */
    @Transactional
    public OrderView start(UUID accountId, String channelCode, @Nullable String subjectType,
            @Nullable Boolean agreementAccepted, String actor) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (channelCode == null || channelCode.isBlank()) {
            errors.add(FieldViolation.of("channel", "required", "validation.required", "channel"));
        }
        SubjectType type = parseSubjectType(subjectType, errors);
        if (!Boolean.TRUE.equals(agreementAccepted)) {
            errors.add(FieldViolation.of("agreementAccepted", "required", "orders.agreement.required",
                    "agreementAccepted"));
        }
        errors.throwIfAny();
        ChannelRules rules = catalog.channel(channelCode.trim());
        boolean offered = rules.products().stream()
                .anyMatch(p -> p.certType().forOrganization() == (type == SubjectType.ORGANIZATION));
        if (!offered) {
            throw InvalidInputException.of("subjectType", "notOffered", "orders.subjectType.notOffered",
                    "subjectType");
        }
        Instant now = clock.instant();
        Order a = Order.draft(OrderId.random(), numbers.next(), accountId, rules.code(),
                OrderType.NEW, type, actor, now);
        a.editDraft("agreement", d -> d.withAgreement(now), now);
        return OrderManagement.view(orders.save(a));
    }

    /** The organisation with its legal representative and handler, or the person; duplicate and prerequisite checks. */
    @Transactional
    public OrderView saveSubject(OrderId id, UUID accountId, SubjectForm form) {
        Order a = owned(id, accountId);
        requireEditable(a, "subject");
        Subject subject = (form == null ? new SubjectForm(null, null, null, null) : form).toSubject(a.subjectType());
        if (subject instanceof Subject.Organization org) {
            PolicyDecision prerequisite = catalog.checkPrerequisite(a.channel(), new Uscc(org.uscc()));
            if (prerequisite instanceof PolicyDecision.Rejection r) {
                throw new InvalidInputException(List.of(r.toViolation("organization.uscc")));
            }
        }
        String key = subjectKey(subject);
        guardDuplicate(a, key);
        if (subject.equals(a.draft().subject()) && key.equals(a.subjectKey())) {
            return OrderManagement.view(a);
        }
        a.changeSubject(subject, key, clock.instant());
        return OrderManagement.view(orders.save(a));
    }

    /** The products: each line quoted by the catalog; a holder CSR checked where the channel allows one. */
    @Transactional
    public OrderView saveItems(OrderId id, UUID accountId, List<ItemForm> items) {
        Order a = owned(id, accountId);
        requireEditable(a, "items");
        ChannelRules rules = catalog.channel(a.channel());
        if (items == null || items.isEmpty()) {
            throw InvalidInputException.of("items", "required", "orders.items.required", "items");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<OrderLine> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            OrderLine line = lines.line("items[" + i + "].", items.get(i), a.subjectType(), rules, seen, errors);
            if (line != null) {
                chosen.add(line);
            }
        }
        errors.throwIfAny();
        if (chosen.equals(a.draft().lines())) {
            return OrderManagement.view(a);
        }
        a.editDraft("items", d -> d.withLines(chosen), clock.instant());
        if (a.draft().delivery() != null && !deliveryFits(rules, a.draft().delivery(), medium(chosen))) {
            a.editDraft("delivery", d -> d.withDelivery(null), clock.instant());
        }
        return OrderManagement.view(orders.save(a));
    }

    /** The invoice: the title is the subject's name and an organisation's tax number its USCC. */
    @Transactional
    public OrderView saveInvoice(OrderId id, UUID accountId, InvoiceForm form) {
        Order a = owned(id, accountId);
        requireEditable(a, "invoice");
        Subject subject = requireStep(a.draft().subject(), "subject");
        ChannelRules rules = catalog.channel(a.channel());
        InvoiceForm f = form == null ? new InvoiceForm(null, null, null, null, null, null, null) : form;
        InvoiceInfo invoice;
        if (Boolean.FALSE.equals(f.wanted())) {
            invoice = InvoiceInfo.none();
        } else {
            if (!rules.invoiceApplies()) {
                throw InvalidInputException.of("wanted", "notOffered", "orders.invoice.notOffered", "wanted");
            }
            invoice = DraftValues.invoice(subject, f);
        }
        if (invoice.equals(a.draft().invoice())) {
            return OrderManagement.view(a);
        }
        a.editDraft("invoice", d -> d.withInvoice(invoice), clock.instant());
        return OrderManagement.view(orders.save(a));
    }

    /** Delivery of a UKEY by mail or pickup; cloud certificates need none. Needs the products first. */
    @Transactional
    public OrderView saveDelivery(OrderId id, UUID accountId, DeliveryForm form) {
        Order a = owned(id, accountId);
        if (!a.status().isEditable() && a.draft().delivery() != null
                && a.draft().delivery().method() == DeliveryInfo.Method.MAIL) {
            // after submission only the mailing address may change, and only until the UKEY is shipped
            DeliveryForm f = form == null ? new DeliveryForm(null, null, null, null) : form;
            DeliveryInfo changed = DraftValues.delivery(DeliveryInfo.Method.MAIL, f, a.draft().subject());
            a.changeMailingAddress(changed, clock.instant());
            return OrderManagement.view(orders.save(a));
        }
        requireEditable(a, "delivery");
        Subject subject = requireStep(a.draft().subject(), "subject");
        List<OrderLine> lines = a.draft().lines();
        if (lines.isEmpty()) {
            throw new StepMissingException("items");
        }
        ChannelRules rules = catalog.channel(a.channel());
        DeliveryForm f = form == null ? new DeliveryForm(null, null, null, null) : form;
        DeliveryInfo.Method method;
        try {
            method = DeliveryInfo.Method.valueOf(InputHygiene.compact(f.method()));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("method", "required", "orders.delivery.method", "method");
        }
        rules.checkDelivery(DeliveryOption.valueOf(method.name()), medium(lines)).orThrow("method");
        DeliveryInfo delivery = method == DeliveryInfo.Method.NONE ? DeliveryInfo.none()
                : DraftValues.delivery(method, f, subject);
        if (delivery.equals(a.draft().delivery())) {
            return OrderManagement.view(a);
        }
        a.editDraft("delivery", d -> d.withDelivery(delivery), clock.instant());
        return OrderManagement.view(orders.save(a));
    }

    static Medium medium(List<OrderLine> lines) {
        return lines.stream().anyMatch(l -> Medium.UKEY.name().equals(l.medium())) ? Medium.UKEY : Medium.CLOUD;
    }

    private static boolean deliveryFits(ChannelRules rules, DeliveryInfo delivery, Medium medium) {
        return rules.checkDelivery(DeliveryOption.valueOf(delivery.method().name()), medium).isAllowed();
    }

    /** Sends the SIGN code for the application signature to the handler's mobile. */
    @Transactional
    public SmsChallengeTicket sendSignatureCode(OrderId id, UUID accountId, Locale locale,
            @Nullable String clientIp) {
        Order a = owned(id, accountId);
        requireEditable(a, "sign");
        Subject subject = requireStep(a.draft().subject(), "subject");
        return sms.issue(new MobileNumber(subject.handler().mobile()), SmsPurpose.SIGN, locale, clientIp);
    }

    /** What still keeps the order from being submitted, one violation per missing step, material or letter. */
    @Transactional(readOnly = true)
    public List<FieldViolation> missing(OrderId id, UUID accountId) {
        Order a = owned(id, accountId);
        return Completeness.missing(a, catalog.channel(a.channel()), documents.list(OrderMaterials.owner(a.id())),
                verifications.of(a.id()));
    }

    /**
     * The wizard's step indicator for an editable order, with {@code current} marked ({@code verify} on the
     * verification module's page); empty once the order is submitted.
     */
    @Transactional(readOnly = true)
    public List<WizardSteps.Step> progress(OrderId id, UUID accountId, String current) {
        Order a = owned(id, accountId);
        if (!a.status().isEditable()) {
            return List.of();
        }
        ChannelRules rules = catalog.channel(a.channel());
        return WizardSteps.of(a.id(), a.draft(), rules.verificationStage(), Completeness.missing(a, rules,
                documents.list(OrderMaterials.owner(a.id())), verifications.of(a.id())), current);
    }

    /**
     * Signs with the SMS code sent to the handler and submits: every step must be complete; the materials are
     * locked; the order goes to payment or review as the channel says, or waits in {@code SUBMITTED} when the
     * channel verifies identities after submission. A rejected order is resubmitted the same way.
     */
    @Transactional
    public OrderView submit(OrderId id, UUID accountId, @Nullable String smsCode,
            @Nullable Boolean agreementAccepted, String actor) {
        Order a = owned(id, accountId);
        if (!a.status().isEditable()) {
            throw new IllegalTransition("submit", a.status(), OrderStatus.SUBMITTED);
        }
        ChannelRules rules = catalog.channel(a.channel());
        List<FieldViolation> missing = new ArrayList<>(Completeness.missing(a, rules,
                documents.list(OrderMaterials.owner(a.id())), verifications.of(a.id())));
        if (!Boolean.TRUE.equals(agreementAccepted)) {
            missing.add(FieldViolation.of("agreementAccepted", "required", "orders.agreement.required",
                    "agreementAccepted"));
        }
        if (smsCode == null || smsCode.isBlank()) {
            missing.add(FieldViolation.of("smsCode", "required", "validation.required", "smsCode"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        guardDuplicate(a, a.subjectKey());
        sms.verify(new MobileNumber(a.draft().subject().handler().mobile()), SmsPurpose.SIGN, smsCode);
        Instant now = clock.instant();
        a.editDraft("sign", d -> d.signed(now), now);
        documents.lock(OrderMaterials.owner(a.id()), actor);
        if (a.status() == OrderStatus.REJECTED) {
            a.resubmit(actor, now);
        } else {
            a.submit(rules.flow() == com.certhall.catalog.FlowOrder.PAY_THEN_REVIEW, actor, now);
            if (rules.verificationStage() != VerificationStage.AFTER_SUBMISSION) {
                a.route(actor, now);
            }
        }
        return OrderManagement.view(orders.save(a));
    }

    /** The applicant cancels an order (refunds of paid orders are the payments module's, on the event). */
    @Transactional
    public OrderView cancel(OrderId id, UUID accountId, @Nullable String reason, String actor) {
        Order a = owned(id, accountId);
        a.cancel(reason == null || reason.isBlank() ? null : InputHygiene.tidy(reason), actor, clock.instant());
        return OrderManagement.view(orders.save(a));
    }

    private void guardDuplicate(Order a, String key) {
        orders.findForSubject(a.channel(), key, FINISHED).stream()
                .filter(other -> !other.id().equals(a.id()))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateOrderException(other.number());
                });
    }

    private String subjectKey(Subject subject) {
        return protection.keyedHash(subject.code());
    }

    private Order owned(OrderId id, UUID accountId) {
        Order a = orders.findById(id.id()).orElseThrow(() -> new NotFoundException("order", id));
        if (!a.accountId().equals(accountId)) {
            throw new NotFoundException("order", id);
        }
        return a;
    }

    private static void requireEditable(Order a, String step) {
        if (!a.status().isEditable()) {
            throw new IllegalTransition("edit " + step, a.status(), a.status());
        }
    }

    private static <T> T requireStep(@Nullable T value, String step) {
        if (value == null) {
            throw new StepMissingException(step);
        }
        return value;
    }

    private static SubjectType parseSubjectType(@Nullable String raw, InvalidInputException.Collector errors) {
        try {
            return SubjectType.valueOf(InputHygiene.compact(raw));
        } catch (IllegalArgumentException e) {
            errors.add(FieldViolation.of("subjectType", "required", "orders.subjectType.required",
                    "subjectType"));
            return null;
        }
    }
}
