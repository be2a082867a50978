package com.certhall.orders;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.SaveDelivery;
import com.certhall.orders.OrderCommands.SaveInvoice;
import com.certhall.orders.OrderCommands.SaveSubject;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.OrderCommands.SubmitOnPaper;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderDetails.WizardStep;
import com.certhall.orders.VerificationRecord.Offer;
import com.certhall.orders.VerificationRecord.Outcome;
import com.certhall.orders.domain.AuthorizationLinks;
import com.certhall.orders.domain.DraftSteps;
import com.certhall.orders.domain.LifecycleStart;
import com.certhall.orders.domain.OrderCancellation;
import com.certhall.orders.domain.OrderMoves;
import com.certhall.orders.domain.OrderReads;
import com.certhall.orders.domain.SealStart;
import com.certhall.orders.domain.Submission;
import com.certhall.orders.domain.VerificationPlan;
import com.certhall.orders.domain.VerificationRecords;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.PageOf;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The orders facade: the one way into an order from the pages, the API and other modules. Applicants act through
 * command records ({@link OrderCommands}); other modules report results here ({@link #markPaid}, {@link #approve},
 * {@link #reject}, issuance steps, identity checks) so the whole state machine lives in one aggregate. Each call is
 * one transaction that saves the order, its history line and its events (audit entry and outbox) together. Calls
 * that name an account see only that account's orders; another's is reported as not found.
 */
@Service
public class OrderManagement {

    private final OrderReads reads;
    private final DraftSteps drafts;
    private final Submission submission;
    private final OrderMoves moves;
    private final VerificationPlan plan;
    private final VerificationRecords records;
    private final AuthorizationLinks authorization;
    private final OrderCancellation cancellation;
    private final LifecycleStart lifecycle;
    private final SealStart seals;

    OrderManagement(OrderReads reads, DraftSteps drafts, Submission submission, OrderMoves moves,
            VerificationPlan plan, VerificationRecords records, AuthorizationLinks authorization,
            OrderCancellation cancellation, LifecycleStart lifecycle, SealStart seals) {
        this.lifecycle = lifecycle;
        this.seals = seals;
        this.authorization = authorization;
        this.reads = reads;
        this.drafts = drafts;
        this.submission = submission;
        this.moves = moves;
        this.plan = plan;
        this.records = records;
        this.cancellation = cancellation;
    }

    // ---- reading ----
    public OrderView get(OrderId id) {
        return reads.view(id);
    }

    /** The order if {@code accountId} owns it; another account's order is reported as not found. */
    public OrderView getOwned(OrderId id, UUID accountId) {
        return reads.viewOwned(id, accountId);
    }

    public List<OrderView> ofAccount(UUID accountId) {
        return reads.ofAccount(accountId);
    }

    public PageOf<OrderView.ForChannel> ofChannel(OrderView.ForChannel.Query query) {
        return reads.ofChannel(query);
    }

    /** The order with its data and history (for review, payments, verification, lifecycle). */
    public OrderDetails details(OrderId id) {
        return reads.details(id);
    }

    /**
     * Every order of a subject by its USCC or resident ID number in canonical form (lifecycle's certificate query
     * without login); whoever placed them. The caller proves a right to see them first.
     */
    public List<OrderDetails> ofSubject(String subjectCode) {
        return reads.ofSubject(subjectCode);
    }

    /** As {@link #details(OrderId)} when {@code accountId} owns the order; else 404. */
    public OrderDetails detailsOwned(OrderId id, UUID accountId) {
        return reads.detailsOwned(id, accountId);
    }

    /**
     * The online-authorization link of {@link OrderEvents.AuthorizationRequested} for its SMS; empty once it was
     * replaced, used or expired.
     */
    public Optional<String> authorizationLink(OrderId id, Instant expiresAt) {
        return authorization.link(id, expiresAt);
    }

    /** The order's total in fen as quoted when its products were chosen (its history is not read). */
    public long totalFen(OrderId id) {
        return reads.totalFen(id);
    }

    /** What still keeps the order from being submitted, one violation per missing step, material or letter. */
    public List<FieldViolation> missing(OrderId id, UUID accountId) {
        return submission.missing(id, accountId);
    }

    /** The wizard's step indicator with {@code current} marked; empty once the order is submitted. */
    public List<WizardStep> progress(OrderId id, UUID accountId, String current) {
        return submission.progress(id, accountId, current);
    }

    // ---- the applicant's steps ----
    /**
     * A new order, or a lifecycle order on a certificate the account holds (docs/lifecycle.md): 422 naming
     * {@code certificateSerial} when it holds none such, 409 naming it when the certificate does not allow the order
     * now (the problem says why and from when).
     */
    public OrderView start(StartOrder cmd) {
        return cmd.type() == OrderType.NEW ? drafts.start(cmd) : lifecycle.start(cmd);
    }

    /** The lifecycle orders in progress on a certificate (renewal, change, reissue, revocation), newest first. */
    public List<OrderView> activeForCertificate(String serial) {
        return reads.activeForCertificate(serial);
    }

    public OrderView saveSubject(SaveSubject cmd) {
        return drafts.saveSubject(cmd);
    }

    /** The wizard keeps a refused subject as typed, shown again until a subject is saved ({@link #typedSubject}). */
    public void keepTypedSubject(SaveSubject refused) {
        drafts.keepTypedSubject(refused);
    }

    /** What was typed on the last refused subject step of one's own order, if a subject has not been saved since. */
    public Optional<SubjectForm> typedSubject(OrderId id, UUID accountId) {
        return drafts.typedSubject(id, accountId);
    }

    public OrderView chooseProducts(ChooseProducts cmd) {
        return drafts.chooseProducts(cmd);
    }

    public OrderView saveInvoice(SaveInvoice cmd) {
        return drafts.saveInvoice(cmd);
    }

    public OrderView saveDelivery(SaveDelivery cmd) {
        return drafts.saveDelivery(cmd);
    }

    /** Sends the SIGN code for the application signature to the handler's mobile. */
    public SmsChallengeTicket sendSignatureCode(OrderId id, UUID accountId, Locale locale,
            @Nullable String clientIp) {
        return submission.sendSignatureCode(id, accountId, locale, clientIp);
    }

    public OrderView submit(SubmitOrder cmd) {
        return submission.submit(cmd);
    }

    /** A draft on the paper path ({@link #goOffline}) is submitted with its printed form and waits for it. */
    public OrderView submitOnPaper(SubmitOnPaper cmd) {
        return submission.submitOnPaper(cmd);
    }

    /** Cancels the order, then runs each {@link OrderFacts.CancellationFollowUp}; one failing does not undo it. */
    public OrderView cancel(CancelOrder cmd) {
        return cancellation.cancel(cmd);
    }

    // ---- identity checks (the verification module reports, review reads) ----
    /** The checks the order's channel offers, per party. */
    public List<Offer> verificationOffers(OrderId id) {
        return plan.options(id);
    }

    /** Refuses (400 naming {@code method}) a check the order's channel does not offer for that party. */
    public void requireVerificationOffered(OrderId id, String party, String method) {
        plan.check(id, party, method);
    }

    /** The parties whose check must still pass or go to a reviewer before submission. */
    public List<String> unverifiedParties(OrderId id) {
        return plan.unsettled(id);
    }

    /** The order's recorded checks, oldest first. */
    public List<VerificationRecord> verifications(OrderId id) {
        return records.of(id);
    }

    /** Records how a verification case ended; idempotent by its id (false when already recorded). */
    public boolean recordVerification(OrderId id, UUID verificationId, String party, String method, Outcome outcome,
            @Nullable String note, Instant at) {
        return records.record(id, verificationId, party, method, outcome, note, at);
    }

    // ---- moves reported by staff and other modules ----
    /** Verification after submission is done: on to payment or review as the order's flow says. */
    public OrderView route(OrderId id, String actor) {
        return moves.route(id, actor);
    }

    public OrderView cancel(OrderId id, String reason, String actor) {
        return cancellation.cancel(id, reason, actor);
    }

    public OrderView markPaid(OrderId id, String actor) {
        return moves.markPaid(id, actor);
    }

    public OrderView approve(OrderId id, String actor) {
        return moves.approve(id, actor);
    }

    /** Returns the order for correction: editable again and its materials unlocked for replacement. */
    public OrderView reject(OrderId id, String reason, String actor) {
        return moves.reject(id, reason, actor);
    }

    public OrderView startIssuing(OrderId id, String actor) {
        return moves.startIssuing(id, actor);
    }

    public OrderView markIssued(OrderId id, String actor) {
        return moves.markIssued(id, actor);
    }

    public OrderView ship(OrderId id, String note, String actor) {
        return moves.ship(id, note, actor);
    }

    public OrderView complete(OrderId id, String actor) {
        return moves.complete(id, actor);
    }

    /**
     * The paper path instead of online identity checks, materials and SMS signature. A draft stays a draft and goes
     * on through the steps paper does not replace (products, invoice, delivery), then {@link #submitOnPaper}; a
     * submitted or rejected order waits for its paper at once. The channel's flow order is kept.
     */
    public OrderView goOffline(OrderId id, String actor) {
        return moves.goOffline(id, actor);
    }

    public OrderView receivePaper(OrderId id, String actor) {
        return moves.receivePaper(id, actor);
    }

    /** Creates a draft order without the agreement step (staff and lifecycle orders). */
    public OrderView createDraft(UUID accountId, String channel, OrderType type, SubjectType subjectType,
            String actor) {
        return moves.createDraft(accountId, channel, type, subjectType, actor);
    }

    // ---- seal orders (docs/seals.md "Seal orders"): the seals module makes the seal, then calls complete ----
    /**
     * Starts a seal order on a seal the account administers: 404 for a seal it does not see, 409 naming
     * {@code sealId} when the seal or its certificate does not allow it now or the channel does not offer it.
     */
    public OrderView start(StartSealOrder cmd) {
        return seals.start(cmd);
    }

    /** The price and product of the seal order the account would start, with the same refusals as starting it. */
    public OrderView.SealQuote sealQuote(UUID accountId, UUID sealId, OrderType type) {
        return seals.quote(accountId, sealId, type);
    }

    /** What a seal order asks for; empty for an order of another type. */
    public Optional<OrderView.SealRequest> sealRequest(OrderId id) {
        return Optional.ofNullable(reads.sealRequest(id));
    }
}
