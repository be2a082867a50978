package com.certhall.orders.domain;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.FlowStep;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderEvents.AuthorizationSigned;
import com.certhall.orders.OrderEvents.MailingAddressChanged;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.orders.OrderType;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.shared.FreeText;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
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
@Table(name = "applications_order")
class Order extends OrderState {

    private static final Set<OrderStatus> PAPER_ON_ITS_WAY = EnumSet.of(OrderStatus.SUBMITTED,
            OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW, OrderStatus.REJECTED, OrderStatus.AWAITING_PAPER,
            OrderStatus.APPROVED);


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

    /** Refuses ({@link ActionRefused}) a change of the applicant's data once the order is no longer editable. */
    public void requireEditable() {
        refuseUnless(status.isEditable(), "edit");
    }

    private void refuseUnless(boolean allowed, String action) {
        if (!allowed) {
            throw new ActionRefused(action, status);
        }
    }

    /** Changes the applicant's data; only while the order is a draft or has been rejected for correction. */
    public void editDraft(String step, UnaryOperator<OrderDraft> change, Instant now) {
        refuseUnless(status.isEditable(), "edit");
        draft = change.apply(draft);
        updatedAt = now;
    }

    /**
     * Sets the subject and the keyed hash of its USCC or ID number, which the one-active-order guard searches by
     * (the number itself is only stored encrypted). Other people void an online authorization given or asked for.
     */
    public void changeSubject(Subject subject, String subjectKey, Instant now) {
        Subject before = draft.subject();
        editDraft("subject", d -> d.withSubject(subject), now);
        this.subjectKey = subjectKey;
        this.typedSubject = null;
        if (!samePeople(before, subject)) {
            authorization = OnlineAuthorization.NONE;
        }
    }

    /**
     * Keeps what the applicant typed on a refused subject step so that nothing typed is lost (docs/security.md
     * "Bad input"); only while the data can be edited. The subject saved before, if any, stays as it was.
     */
    public void keepTypedSubject(SubjectForm typed, Instant now) {
        refuseUnless(status.isEditable(), "edit");
        this.typedSubject = typed;
        updatedAt = now;
    }

    private static boolean samePeople(Subject before, Subject after) {
        return before instanceof Subject.Organization b && after instanceof Subject.Organization a
                && b.legalRep().equals(a.legalRep()) && b.handler().equals(a.handler()) && b.uscc().equals(a.uscc());
    }

    /** The legal representative is asked to sign the authorization letter online; a new link replaces the last. */
    public void requestOnlineAuthorization(String tokenHash, String tokenSealed, Instant expiresAt, Instant now) {
        refuseUnless(status.isEditable(), "authorize");
        authorization = authorization().requested(tokenHash, tokenSealed, expiresAt);
        updatedAt = now;
    }

    /** The sealed token of the link expiring at {@code expiresAt} while it may still be used, for its SMS. */
    public @Nullable String sealedAuthorizationToken(Instant expiresAt, Instant now) {
        return status.isEditable() ? authorization().sealedToken(expiresAt, now) : null;
    }

    /** Whether the link may still be used to sign. */
    public boolean authorizationLinkValid(Instant now) {
        return authorization().linkValid(now) && status.isEditable();
    }

    /** The legal representative confirmed the authorization with an SMS code on his phone. */
    public void authorizeOnline(String signer, Instant now) {
        refuseUnless(authorizationLinkValid(now), "authorize");
        authorization = authorization().signed(signer, now);
        updatedAt = now;
        registerEvent(new AuthorizationSigned(id(), number, channel, signer, now));
    }

    /** Carrier and tracking number of the mailed paper, changeable until staff record their arrival. */
    public void recordPaperMailing(String carrier, String trackingNumber, Instant now) {
        refuseUnless(PAPER_ON_ITS_WAY.contains(status) && !paper().received(), "mailPaper");
        paper = paper().mailed(carrier, trackingNumber, now);
        updatedAt = now;
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

    /** After submission the UKEY's mailing address may still change, until it has been shipped (OrderStatus). */
    public void changeMailingAddress(DeliveryInfo delivery, Instant now) {
        refuseUnless(status.allowsAddressChange(), "changeAddress");
        draft = draft.withDelivery(delivery);
        updatedAt = now;
        registerEvent(new MailingAddressChanged(id(), number, now));
    }

}
