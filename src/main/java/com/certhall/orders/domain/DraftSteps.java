package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.DeliveryOption;
import com.certhall.catalog.Medium;
import com.certhall.catalog.PolicyDecision;
import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.DeliveryForm;
import com.certhall.orders.OrderCommands.InvoiceForm;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.ConflictException;
import com.certhall.shared.DataProtection;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's data of a new order, step by step (docs/architecture.md, "where is X"): start with the agreement,
 * then subject, products, invoice and delivery. Every step is saved at once and checked against the channel's
 * rules; saving a step again with the same data changes nothing, so a repeated request is harmless.
 */
@Service
public class DraftSteps {

    private static final Logger log = LoggerFactory.getLogger(DraftSteps.class);

    private final Orders orders;
    private final OrderNumbers numbers;
    private final CatalogManagement catalog;
    private final DataProtection protection;
    private final OrderLines lines;
    private final DuplicateGuard duplicates;
    private final TransactionTemplate tx;
    private final Clock clock;

    DraftSteps(Orders orders, OrderNumbers numbers, CatalogManagement catalog, DataProtection protection,
            ObjectProvider<CertificateRequestCheck> csrCheck, DuplicateGuard duplicates, TransactionTemplate tx,
            Clock clock) {
        this.tx = tx;
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.protection = protection;
        this.lines = new OrderLines(catalog, csrCheck);
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /** Step 1: the agreement accepted, a draft order in the channel for an organisation or a person. */
    @Transactional
    public OrderView start(StartOrder cmd) {
        ChannelRules rules = catalog.channel(cmd.channel());
        boolean offered = rules.products().stream()
                .anyMatch(p -> p.certType().forOrganization() == (cmd.subjectType() == SubjectType.ORGANIZATION));
        if (!offered) {
            throw InvalidInputException.of("subjectType", "notOffered", "orders.subjectType.notOffered",
                    "subjectType");
        }
        Instant now = clock.instant();
        Order order = Order.draft(OrderId.random(), numbers.next(), cmd.accountId(), rules.code(), OrderType.NEW,
                cmd.subjectType(), cmd.actor(), now);
        order.editDraft("agreement", d -> d.withAgreement(now), now);
        return OrderViews.view(orders.save(order));
    }

    /** Each person's identity document must be one the channel accepts (catalog, per channel). */
    private void refuseDocumentsNotAccepted(String channel, Subject subject) {
        Set<String> accepted = catalog.identityDocuments(channel).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, Subject.Party> people = new LinkedHashMap<>();
        if (subject instanceof Subject.Organization org) {
            people.put("organization.legalRep.idType", org.legalRep());
            if (!org.handlerIsLegalRep()) {
                people.put("handler.idType", org.handler());
            }
        } else {
            people.put("person.idType", subject.handler());
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        people.forEach((field, party) -> {
            if (!accepted.contains(party.idType().name())) {
                errors.add(FieldViolation.of(field, "notAccepted", "orders.idType.notAccepted", field));
            }
        });
        errors.throwIfAny();
    }

    /**
     * Keeps a subject form the wizard refused, sealed, in a transaction of its own, so that nothing typed is lost
     * on an error or a restart. A courtesy: a form too large for its column is not kept.
     */
    public void keepTypedSubject(SaveSubject cmd) {
        try {
            tx.executeWithoutResult(status -> keepTyped(cmd));
        } catch (RuntimeException notKept) {
            log.info("order {}: the refused subject form was not kept ({})", cmd.order(),
                    notKept.getClass().getSimpleName());
        }
    }

    private void keepTyped(SaveSubject cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        if (order.status().isEditable()) {
            order.keepTypedSubject(cmd.form(), clock.instant());
            orders.save(order);
        }
    }

    @Transactional(readOnly = true)
    public Optional<SubjectForm> typedSubject(OrderId id, UUID accountId) {
        return Optional.ofNullable(orders.owned(id, accountId).typedSubject());
    }

    /** The organisation with its legal representative and handler, or the person; duplicate and prerequisite checks. */
    @Transactional
    public OrderView saveSubject(SaveSubject cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        order.requireEditable();
        Subject subject = cmd.form().toSubject(order.subjectType());
        requireSameSubject(order, subject);
        refuseDocumentsNotAccepted(order.channel(), subject);
        if (subject instanceof Subject.Organization org) {
            PolicyDecision prerequisite = catalog.checkPrerequisite(order.channel(), new Uscc(org.uscc()));
            if (prerequisite instanceof PolicyDecision.Rejection r) {
                throw new InvalidInputException(List.of(r.toViolation("organization.uscc")));
            }
        }
        String key = protection.keyedHash(subject.code());
        duplicates.check(order, key);
        if (subject.equals(order.draft().subject()) && key.equals(order.subjectKey())) {
            return OrderViews.view(order);
        }
        order.changeSubject(subject, key, clock.instant());
        return OrderViews.view(orders.save(order));
    }

    /** The products: each line quoted by the catalog; a holder CSR checked where the channel allows one. */
    @Transactional
    public OrderView chooseProducts(ChooseProducts cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        order.requireEditable();
        if (order.type() != OrderType.NEW) {
            // a lifecycle order renews, changes or replaces the certificate it was started for, nothing else
            throw new ConflictException("orders.lifecycle.itemsFixed", "a lifecycle order keeps its product");
        }
        ChannelRules rules = catalog.channel(order.channel());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<OrderLine> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cmd.items().size(); i++) {
            OrderLine line = lines.line("items[" + i + "].", cmd.items().get(i), order.subjectType(), rules, seen,
                    errors);
            if (line != null) {
                chosen.add(line);
            }
        }
        errors.throwIfAny();
        if (chosen.equals(order.draft().lines())) {
            return OrderViews.view(order);
        }
        order.editDraft("items", d -> d.withLines(chosen), clock.instant());
        DeliveryInfo delivery = order.draft().delivery();
        if (delivery != null && !deliveryFits(rules, delivery, medium(chosen))) {
            order.editDraft("delivery", d -> d.withDelivery(null), clock.instant());
        }
        return OrderViews.view(orders.save(order));
    }

    /** The invoice: the title is the subject's name and an organisation's tax number its USCC. */
    @Transactional
    public OrderView saveInvoice(SaveInvoice cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        order.requireEditable();
        Subject subject = requireStep(order.draft().subject(), "subject");
        InvoiceForm f = cmd.form();
        InvoiceInfo invoice;
        if (Boolean.FALSE.equals(f.wanted())) {
            invoice = InvoiceInfo.none();
        } else {
            if (!catalog.channel(order.channel()).invoiceApplies()) {
                throw InvalidInputException.of("wanted", "notOffered", "orders.invoice.notOffered", "wanted");
            }
            invoice = DraftValues.invoice(subject, f);
        }
        if (invoice.equals(order.draft().invoice())) {
            return OrderViews.view(order);
        }
        order.editDraft("invoice", d -> d.withInvoice(invoice), clock.instant());
        return OrderViews.view(orders.save(order));
    }

    /**
     * Delivery of a UKEY by mail or pickup; cloud certificates need none. Needs the products first. After
     * submission only the mailing address may change, and only until the UKEY is shipped.
     */
    @Transactional
    public OrderView saveDelivery(SaveDelivery cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        DeliveryForm f = cmd.form();
        DeliveryInfo current = order.draft().delivery();
        if (!order.status().isEditable() && current != null && current.method() == DeliveryInfo.Method.MAIL) {
            order.changeMailingAddress(DraftValues.delivery(DeliveryInfo.Method.MAIL, f, order.draft().subject()),
                    clock.instant());
            return OrderViews.view(orders.save(order));
        }
        order.requireEditable();
        Subject subject = requireStep(order.draft().subject(), "subject");
        List<OrderLine> chosen = order.draft().lines();
        if (chosen.isEmpty()) {
            throw new StepMissingException("items");
        }
        DeliveryInfo.Method method;
        try {
            method = DeliveryInfo.Method.valueOf(InputHygiene.compact(f.method()));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("method", "required", "orders.delivery.method", "method");
        }
        catalog.channel(order.channel()).checkDelivery(DeliveryOption.valueOf(method.name()), medium(chosen))
                .orThrow("method");
        DeliveryInfo delivery = method == DeliveryInfo.Method.NONE ? DeliveryInfo.none()
                : DraftValues.delivery(method, f, subject);
        if (delivery.equals(current)) {
            return OrderViews.view(order);
        }
        order.editDraft("delivery", d -> d.withDelivery(delivery), clock.instant());
        return OrderViews.view(orders.save(order));
    }

    /**
     * A renewal or information change may correct the subject's data, never make the certificate another
     * subject's (its USCC or ID number stays); a reissue or revocation changes nothing (docs/lifecycle.md).
     */
    private static void requireSameSubject(Order order, Subject subject) {
        if (order.type() == OrderType.NEW) {
            return;
        }
        if (order.type() != OrderType.RENEWAL && order.type() != OrderType.CHANGE) {
            throw new ConflictException("orders.lifecycle.subjectFixed", "this lifecycle order keeps its subject");
        }
        Subject before = order.draft().subject();
        if (before != null && !before.code().equals(subject.code())) {
            String field = subject instanceof Subject.Organization ? "organization.uscc" : "person.idNumber";
            throw InvalidInputException.of(field, "changed", "orders.lifecycle.otherSubject", field);
        }
    }

    static Medium medium(List<OrderLine> lines) {
        return lines.stream().anyMatch(l -> l.medium() == Medium.UKEY) ? Medium.UKEY : Medium.CLOUD;
    }

    private static boolean deliveryFits(ChannelRules rules, DeliveryInfo delivery, Medium medium) {
        return rules.checkDelivery(DeliveryOption.valueOf(delivery.method().name()), medium).isAllowed();
    }

    static <T> T requireStep(@Nullable T value, String step) {
        if (value == null) {
            throw new StepMissingException(step);
        }
        return value;
    }
}
