package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.verification.domain.PinDepositor;
import com.certhall.verification.domain.VerificationSteps;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The verification facade: starts a case for one party of an order by one method, takes the applicant's answers,
 * lets a micro-deposit be skipped to manual review, and reports the status (asking the face service for its verdict
 * while a face check is pending). Provider calls (bank, carrier, card network, face service, SMS) run outside any
 * transaction; each change to a case is then one transaction that saves it with its auditable events
 * ({@link VerificationStarted}, {@link VerificationPassed}, {@link VerificationFailed},
 * {@link VerificationNeedsManualReview}, {@link VerificationAnswerRejected}, {@link FaceLinkRequested}).
 * A provider that is down raises {@link ProviderUnavailableException} and changes nothing. Each identity may start
 * a limited number of cases per method and day (China Standard Time). It also tells where an order's certificate PIN
 * goes ({@link #pinDelivery}) and pays the deposit whose memo carries it ({@link #sendPinByDeposit}).
 */
@Service
public class VerificationManagement {

    private final VerificationSteps steps;
    private final PinDepositor depositor;

    VerificationManagement(VerificationSteps steps, PinDepositor depositor) {
        this.steps = steps;
        this.depositor = depositor;
    }

    /**
     * Starts a case. Inconsistent data (信息不一致) still gives a case, {@code FAILED}; it counts toward the day's
     * limit like every paid provider call.
     *
     * @throws com.certhall.shared.NotFoundException if the order does not exist
     * @throws com.certhall.shared.RateLimitedException (429) when this identity used up today's attempts for the method
     * @throws ProviderUnavailableException (503) when the provider is down; nothing is recorded
     */
    public VerificationView start(StartVerification cmd) {
        return steps.start(cmd);
    }

    /** Takes an amount (micro-deposit) or an SMS code; a case whose time is up is closed instead. */
    public VerificationView answer(VerificationId id, VerificationAnswer answer, String actor) {
        return steps.answer(id, answer, actor);
    }

    /**
     * The absolute link of a face check that goes out by SMS, for the sender to put into the SMS; empty once the
     * check is decided or expired (the stored event carries no link).
     */
    public Optional<String> faceLinkToSend(VerificationId id) {
        return steps.faceLinkToSend(id);
    }

    /**
     * Sends a new SMS code for a pending 3- or 4-factor case (the earlier one expired or never arrived); the
     * accounts module's resend interval and daily limits apply (429).
     */
    public VerificationView resendCode(VerificationId id) {
        return steps.resendCode(id);
    }

    /** Skips a micro-deposit: the order's organisation is then checked by manual review. */
    public VerificationView skip(VerificationId id, String actor) {
        return steps.skip(id, actor);
    }

    /**
     * The case as it stands; closes it if its time is up, and while a face check is pending asks the face service
     * for its verdict (a service that is down leaves the case pending).
     */
    public VerificationView status(VerificationId id) {
        return steps.status(id);
    }

    /**
     * {@link #status} of a case of an order of {@code account}: the one check of the pages and the API.
     *
     * @throws com.certhall.shared.NotFoundException when the order is another account's or the case another order's
     */
    public VerificationView statusOwned(OrderId order, VerificationId id, UUID account) {
        return steps.statusOwned(order, id, account);
    }

    /** The order's cases, newest first. */
    public List<VerificationView> ofOrder(OrderId order) {
        return steps.ofOrder(order);
    }

    /**
     * The newest case of one party of the order. When the legal representative handles the order himself, the
     * wizard asks for {@code LEGAL_REP} for the handler too and so reuses that result.
     */
    public Optional<VerificationView> latest(OrderId order, PartyRole party) {
        return steps.latest(order, party);
    }

    /**
     * Where the order's certificate PIN goes (BJCA-QH rule): the channel of the newest passed verification of the
     * organisation or person, or of its legal representative when the organisation has none.
     */
    public Optional<PinDelivery> pinDelivery(OrderId order) {
        return steps.pinDelivery(order);
    }

    /**
     * Sends a certificate PIN in the memo of a 0.01 CNY deposit to the company account the order's organisation was
     * verified with ({@link PinChannel#DEPOSIT_MEMO}). Once per {@code deliveryId}: asked again, it answers what the
     * bank said the first time and pays nothing. Audited ({@link PinDepositMade}) with the account masked and without
     * the PIN. The bank call runs outside any transaction of the caller.
     *
     * @return paid, or refused by the bank for good (the caller then sends the PIN another way)
     * @throws com.certhall.shared.ConflictException when the order's PIN does not go by deposit memo
     * @throws ProviderUnavailableException (503) when the bank does not answer: nothing was paid, try again later
     */
    public PinDepositResult sendPinByDeposit(SendPinByDeposit cmd) {
        return depositor.send(cmd);
    }

    /** Closes every pending case whose time is up (called by the scheduled sweep). @return how many */
    public int expireOverdue() {
        return steps.expireOverdue();
    }
}
