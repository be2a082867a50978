package com.certhall.orders.domain;

import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderEvents.AuthorizationSigned;
import com.certhall.orders.OrderEvents.MailingAddressChanged;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Subject;
import com.certhall.orders.SubjectForm;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The changes to an order's data that are not moves of its state: the applicant's draft and subject, the online
 * authorization, the paper's mailing and the UKEY's mailing address. Each is allowed only in the states its rule
 * names; a refusal is an {@link ActionRefused}. The moves are {@link Order}'s.
 */
@MappedSuperclass
abstract class OrderEdits extends OrderState {

    static final Set<OrderStatus> PAPER_ON_ITS_WAY = EnumSet.of(OrderStatus.SUBMITTED,
            OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW, OrderStatus.REJECTED, OrderStatus.AWAITING_PAPER,
            OrderStatus.APPROVED);

    /** Refuses ({@link ActionRefused}) a change of the applicant's data once the order is no longer editable. */
    public void requireEditable() {
        refuseUnless(status.isEditable(), "edit");
    }

    void refuseUnless(boolean allowed, String action) {
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

    /** After submission the UKEY's mailing address may still change, until it has been shipped (OrderStatus). */
    public void changeMailingAddress(DeliveryInfo delivery, Instant now) {
        refuseUnless(status.allowsAddressChange(), "changeAddress");
        draft = draft.withDelivery(delivery);
        updatedAt = now;
        registerEvent(new MailingAddressChanged(id(), number, now));
    }
}
