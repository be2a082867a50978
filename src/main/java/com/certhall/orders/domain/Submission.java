package com.certhall.orders.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.documents.DocumentManagement;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderCommands.SubmitOnPaper;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderDetails.WizardStep;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing and submitting an order, and what still keeps it from being submitted (the {@link Completeness} rule and
 * the wizard's step indicator drawn from it); the applicant's cancellation.
 */
@Service
public class Submission {

    private final Orders orders;
    private final CatalogManagement catalog;
    private final DocumentManagement documents;
    private final SmsChallengeService sms;
    private final VerificationRecords verifications;
    private final DuplicateGuard duplicates;
    private final LifecycleOrders lifecycle;
    private final Clock clock;

    Submission(Orders orders, CatalogManagement catalog, DocumentManagement documents, SmsChallengeService sms,
            VerificationRecords verifications, DuplicateGuard duplicates, LifecycleOrders lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.catalog = catalog;
        this.documents = documents;
        this.sms = sms;
        this.verifications = verifications;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /** Sends the SIGN code for the application signature to the handler's mobile. */
    @Transactional
    public SmsChallengeTicket sendSignatureCode(OrderId id, UUID accountId, Locale locale,
            @Nullable String clientIp) {
        Order order = orders.owned(id, accountId);
        order.requireEditable();
        Subject subject = DraftSteps.requireStep(order.draft().subject(), "subject");
        return sms.issue(new MobileNumber(subject.handler().mobile()), SmsPurpose.SIGN, locale, clientIp);
    }

    /** What still keeps the order from being submitted, one violation per missing step, material or letter. */
    @Transactional(readOnly = true)
    public List<FieldViolation> missing(OrderId id, UUID accountId) {
        return missing(orders.owned(id, accountId));
    }

    private List<FieldViolation> missing(Order order) {
        return Completeness.missing(order, catalog.channel(order.channel()),
                documents.list(OrderMaterials.owner(order.id())), verifications.of(order.id()),
                !lifecycle.needsOnlySignature(order));
    }

    /**
     * The wizard's step indicator for an editable order, with {@code current} marked ({@code verify} on the
     * verification module's page); empty once the order is submitted.
     */
    @Transactional(readOnly = true)
    public List<WizardStep> progress(OrderId id, UUID accountId, String current) {
        Order order = orders.owned(id, accountId);
        if (!order.status().isEditable()) {
            return List.of();
        }
        return WizardSteps.of(order.id(), order.draft(), route(order), missing(order), current);
    }

    private WizardSteps.Route route(Order order) {
        return new WizardSteps.Route(catalog.channel(order.channel()).verificationStage(), order.isOnPaper());
    }

    /**
     * Signs with the SMS code sent to the handler and submits: every step must be complete; the materials are
     * locked; the order itself decides where it goes (payment, review, or waiting in {@code SUBMITTED} for checks
     * after submission). A rejected order is resubmitted the same way.
     */
    @Transactional
    public OrderView submit(SubmitOrder cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        if (!order.status().isEditable()) {
            throw new IllegalTransition("submit", order.status(), OrderStatus.SUBMITTED);
        }
        ChannelRules rules = catalog.channel(order.channel());
        List<FieldViolation> missing = new ArrayList<>(missing(order));
        if (!Boolean.TRUE.equals(cmd.agreementAccepted())) {
            missing.add(FieldViolation.of("agreementAccepted", "required", "orders.agreement.required",
                    "agreementAccepted"));
        }
        if (cmd.smsCode() == null || cmd.smsCode().isBlank()) {
            missing.add(FieldViolation.of("smsCode", "required", "validation.required", "smsCode"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        duplicates.check(order, order.subjectKey());
        sms.verify(new MobileNumber(order.draft().subject().handler().mobile()), SmsPurpose.SIGN, cmd.smsCode());
        Instant now = clock.instant();
        order.editDraft("sign", d -> d.signed(now), now);
        order.signedIn(cmd.language());
        documents.lock(OrderMaterials.owner(order.id()), cmd.actor());
        if (order.status() == OrderStatus.REJECTED) {
            order.resubmit(cmd.actor(), now);
        } else if (order.type() == OrderType.NEW) {
            order.submit(rules.flow(), rules.verificationStage(), cmd.actor(), now);
        } else {
            order.submit(rules.flow(), rules.verificationStage(), lifecycle.needsOnlySignature(order),
                    order.draft().totalFen() == 0, cmd.actor(), now);
            lifecycle.approved(order, cmd.actor());
        }
        return OrderViews.view(orders.save(order));
    }

    /**
     * Submits a draft on the paper path with its printed form: the steps paper does not replace must be complete
     * and no other order of the subject may be in progress; the order then waits for its paper.
     */
    @Transactional
    public OrderView submitOnPaper(SubmitOnPaper cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        if (!order.isOnPaper() || order.status() != OrderStatus.DRAFT) {
            throw new ActionRefused("submitOnPaper", order.status());
        }
        List<FieldViolation> missing = missing(order);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        duplicates.check(order, order.subjectKey());
        order.signedIn(cmd.language());
        order.submitOnPaper(cmd.actor(), clock.instant());
        return OrderViews.view(orders.save(order));
    }

    /** The applicant cancels an order (refunds of paid orders are the payments module's, on the event). */
    @Transactional
    public OrderView cancel(CancelOrder cmd) {
        Order order = orders.owned(cmd.order(), cmd.accountId());
        order.cancel(cmd.reason(), cmd.actor(), clock.instant());
        return OrderViews.view(orders.save(order));
    }
}
