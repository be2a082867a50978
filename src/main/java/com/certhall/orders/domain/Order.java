package com.certhall.orders.domain;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.FlowStep;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView.SealRequest;
import com.certhall.orders.SubjectType;
import com.certhall.shared.FreeText;
import com.certhall.shared.KeptPerNode;
import com.certhall.shared.Languages;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A business order (业务单). Born a {@link OrderStatus#DRAFT} owned by one account in one channel; the applicant
 * fills it step by step, signs and submits it; it is then paid and reviewed in the order its channel's
 * {@link FlowOrder} sets (taken at submission, so a later change of the channel does not reroute it), approved,
 * issued, possibly shipped and completed — or rejected (editable, then resubmitted), sent down the paper path, or
 * cancelled. Every move goes through {@link #move}, which checks the transition table, records the history line
 * and publishes {@link OrderStatusChanged}; an action that is not a move and that the state forbids is an
 * {@link ActionRefused}. Online authorization and paper mailing are value types with their own rules. Optimistic
 * locking guards concurrent moves.
 */
@Entity
@EntityListeners(KeptPerNode.Changes.class)
@Table(name = "applications_order")
class Order extends OrderEdits {



    protected Order() {
    }

    public static Order draft(OrderId id, String number, UUID accountId, String channel, OrderType type,
            SubjectType subjectType, String actor, Instant now) {
        Order o = new Order();
        o.id = id.id();
        o.number = Objects.requireNonNull(number);
        o.accountId = Objects.requireNonNull(accountId);
        o.channel = Objects.requireNonNull(channel);
        o.type = Objects.requireNonNull(type);
        o.subjectType = Objects.requireNonNull(subjectType);
        o.status = OrderStatus.DRAFT;
        o.createdAt = now;
        o.updatedAt = now;
        o.history.add(new HistoryLine(o, null, OrderStatus.DRAFT, "create", actor, null, now));
        return o;
    }

    /**
     * A lifecycle order (renewal, change, reissue, revocation) on one certificate: the subject, product and delivery
     * are carried over from the certificate's order by the caller ({@link LifecycleStart}).
     */
    public static Order lifecycle(OrderId id, String number, UUID accountId, String channel, OrderType type,
            SubjectType subjectType, Certificate certificate, String actor, Instant now) {
        Order o = draft(id, number, accountId, channel, type, subjectType, actor, now);
        o.certificateSerial = Objects.requireNonNull(certificate.serial());
        o.originOrderId = certificate.origin().id();
        o.certificateNotAfter = certificate.notAfter();
        o.revocationReason = certificate.revocationReason();
        return o;
    }

    /**
     * A seal order (补章, 变章) on a seal of an e-seal certificate: a lifecycle order on that certificate that also
     * remembers the seal, the kind and the name asked for.
     */
    public static Order seal(OrderId id, String number, UUID accountId, String channel, OrderType type,
            SubjectType subjectType, Certificate certificate, SealRequest seal, String actor,
            Instant now) {
        Order o = lifecycle(id, number, accountId, channel, type, subjectType, certificate, actor, now);
        o.sealId = seal.sealId();
        o.sealKind = seal.kind();
        o.sealName = seal.name();
        return o;
    }

    /** The certificate a lifecycle order acts on, and for a revocation the RFC 5280 reason the holder gave. */
    public record Certificate(String serial, OrderId origin, Instant notAfter, @Nullable String revocationReason) {
    }

    /**
     * A lifecycle order is submitted: as {@link #submit(FlowOrder, VerificationStage, String, Instant)}, except that
     * a free order has nothing to pay and an order that needs no review (a renewal with nothing changed, a
     * revocation) is approved at once (docs/lifecycle.md); each is a line in the history.
     */
    public void submit(FlowOrder channelFlow, VerificationStage stage, boolean autoApprove, boolean free,
            String actor, Instant now) {
        requireStatus("submit", OrderStatus.DRAFT, OrderStatus.SUBMITTED);
        flow = Objects.requireNonNull(channelFlow);
        move("submit", OrderStatus.SUBMITTED, actor, null, now);
        if (free) {
            paid = true;
            history.add(new HistoryLine(this, status, status, "free", actor, null, now));
        }
        if (autoApprove) {
            approved = true;
            history.add(new HistoryLine(this, status, status, "autoApprove", actor, null, now));
        }
        if (autoApprove || stage != VerificationStage.AFTER_SUBMISSION) {
            route(actor, now);
        }
    }

    /** An approved order that issues nothing (a revocation, carried out in the same request) is done. */
    public void fulfil(String actor, Instant now) {
        requireStatus("fulfil", OrderStatus.APPROVED, OrderStatus.COMPLETED);
        move("fulfil", OrderStatus.COMPLETED, actor, null, now);
    }

    /**
     * Signed and submitted for the first time. The flow order is the channel's at this moment; unless the channel
     * checks identities after submission, the order goes straight on to payment or review.
     */
    public void submit(FlowOrder channelFlow, VerificationStage stage, String actor, Instant now) {
        requireStatus("submit", OrderStatus.DRAFT, OrderStatus.SUBMITTED);
        flow = Objects.requireNonNull(channelFlow);
        move("submit", OrderStatus.SUBMITTED, actor, null, now);
        if (stage != VerificationStage.AFTER_SUBMISSION) {
            route(actor, now);
        }
    }

    /** The applicant signs in {@code locale}: from now on the order's messages are written in that language. */
    public void signedIn(Locale locale) {
        language = Languages.supported(locale).toLanguageTag();
    }

    /** The applicant fixed what the reviewer asked for; back into the review queue with its history. */
    public void resubmit(String actor, Instant now) {
        requireStatus("resubmit", OrderStatus.REJECTED, OrderStatus.PENDING_REVIEW);
        move("resubmit", OrderStatus.PENDING_REVIEW, actor, null, now);
    }

    /** Identities checked after submission: on to the first step of the flow not done yet. */
    public void route(String actor, Instant now) {
        requireStatus("route", OrderStatus.SUBMITTED, OrderStatus.PENDING_REVIEW);
        move("route", firstOpenStep(), actor, null, now);
    }

    public void markPaid(String actor, Instant now) {
        requireStatus("markPaid", OrderStatus.PENDING_PAYMENT, OrderStatus.APPROVED);
        paid = true;
        move("markPaid", approved ? OrderStatus.APPROVED : OrderStatus.PENDING_REVIEW, actor, null, now);
    }

    public void approve(String actor, Instant now) {
        requireStatus("approve", OrderStatus.PENDING_REVIEW, OrderStatus.APPROVED);
        approved = true;
        rejectionReason = null;
        move("approve", paid ? OrderStatus.APPROVED : OrderStatus.PENDING_PAYMENT, actor, null, now);
    }

    public void reject(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        String text = FreeText.required("reason", reason, FreeText.REASON);
        move("reject", OrderStatus.REJECTED, actor, text, now);
        rejectionReason = text;
    }

    /**
     * Gives up the online path for the paper form. A draft stays a draft on the paper path: the applicant still
     * chooses the products, the invoice and the delivery address, which paper does not replace, and then submits
     * with the printed form ({@link #submitOnPaper}). A submitted or rejected order has all of that and waits for
     * its paper at once. The channel's flow order is taken here, as a submission would, so a pay-first order still
     * asks for payment when its paper arrives.
     */
    public void goOffline(FlowOrder channelFlow, String actor, Instant now) {
        if (status == OrderStatus.DRAFT) {
            if (!paperPath) {
                flow = Objects.requireNonNull(channelFlow);
                paperPath = true;
                updatedAt = now;
                history.add(new HistoryLine(this, status, status, "goOffline", actor, null, now));
                registerEvent(new OrderStatusChanged(id(), number, channel, status, status, "goOffline", actor,
                        null, now));
            }
            return;
        }
        move("goOffline", OrderStatus.AWAITING_PAPER, actor, null, now);
        paperPath = true;
    }

    /** A complete draft on the paper path is submitted with its printed form and waits for it. */
    public void submitOnPaper(String actor, Instant now) {
        refuseUnless(paperPath, "submitOnPaper");
        move("submitOnPaper", OrderStatus.AWAITING_PAPER, actor, null, now);
    }

    /** Staff recorded that the paper materials of an order waiting for them arrived. */
    public void receivePaper(String actor, Instant now) {
        requireStatus("receivePaper", OrderStatus.AWAITING_PAPER, OrderStatus.PENDING_REVIEW);
        move("receivePaper", firstOpenStep(), actor, null, now);
    }

    public void startIssuing(String actor, Instant now) {
        move("startIssuing", OrderStatus.ISSUING, actor, null, now);
    }

    public void markIssued(String actor, Instant now) {
        move("markIssued", OrderStatus.ISSUED, actor, null, now);
    }

    public void ship(String actor, String note, Instant now) {
        move("ship", OrderStatus.SHIPPED, actor, FreeText.optional("note", note, FreeText.REASON), now);
    }

    public void complete(String actor, Instant now) {
        if (status == OrderStatus.APPROVED) {
            // only an order that issues nothing is done straight from APPROVED, by fulfil
            throw new IllegalTransition("complete", status, OrderStatus.COMPLETED);
        }
        move("complete", OrderStatus.COMPLETED, actor, null, now);
    }

    public void cancel(String reason, String actor, Instant now) {
        move("cancel", OrderStatus.CANCELLED, actor, FreeText.optional("reason", reason, FreeText.REASON), now);
    }

    /**
     * Where an order goes once it may proceed (after submission, identity checks or the paper): the flow order's
     * first step, unless that is payment and it is already paid. Approval needs payment and payment needs approval
     * whatever the order, so {@link #markPaid} and {@link #approve} lead to fulfilment only once both are done.
     */
    private OrderStatus firstOpenStep() {
        if (approved) {
            return paid ? OrderStatus.APPROVED : OrderStatus.PENDING_PAYMENT;
        }
        return flow.afterSubmission() == FlowStep.PAYMENT && !paid ? OrderStatus.PENDING_PAYMENT
                : OrderStatus.PENDING_REVIEW;
    }

    private void requireStatus(String action, OrderStatus expected, OrderStatus target) {
        if (status != expected) {
            throw new IllegalTransition(action, status, target);
        }
    }

    private void move(String action, OrderStatus next, String actor, String note, Instant now) {
        if (!status.canTransitionTo(next)) {
            throw new IllegalTransition(action, status, next);
        }
        OrderStatus from = status;
        status = next;
        updatedAt = now;
        history.add(new HistoryLine(this, from, next, action, actor, note, now));
        registerEvent(new OrderStatusChanged(id(), number, channel, from, next, action, actor, note, now));
    }

    /** Staff recorded that the paper materials arrived; an order waiting for paper then moves on. */
    public void recordPaperReceipt(String actor, Instant now) {
        refuseUnless(!paper().received() && (status == OrderStatus.AWAITING_PAPER
                || PAPER_ON_ITS_WAY.contains(status)), "receivePaper");
        if (status == OrderStatus.AWAITING_PAPER) {
            receivePaper(actor, now);
        }
        paper = paper().receivedBy(actor, now);
        updatedAt = now;
    }
}
