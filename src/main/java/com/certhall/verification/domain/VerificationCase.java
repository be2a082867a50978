package com.certhall.verification.domain;

import com.certhall.orders.OrderId;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.FaceLinkRequested;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationAnswerRejected;
import com.certhall.verification.VerificationFailed;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationNeedsManualReview;
import com.certhall.verification.VerificationPassed;
import com.certhall.verification.VerificationStarted;
import com.certhall.verification.VerificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One attempt to verify one party of an order by one method. Opened {@link VerificationStatus#PENDING} once the
 * provider accepted the data (deposit paid, identity matched and code sent, face session opened) — or recorded
 * {@link VerificationStatus#FAILED} at once when the provider found the data inconsistent. While pending it takes
 * answers until {@code maxAttempts} wrong ones or {@code expiresAt}; a micro-deposit that ends without proof becomes
 * {@link VerificationStatus#MANUAL} ({@link MicroDepositPolicy}), any other method {@link VerificationStatus#FAILED}.
 * What each method exchanged with the provider is its {@link Challenge}. A final result never changes. Every result
 * names who, when and how, and publishes an auditable event; no raw identifier and no biometric data is kept, only
 * masked values (the mobile and company account are kept encrypted because the certificate PIN goes there).
 */
@Entity
@Table(name = "verification_case")
class VerificationCase extends AbstractAggregateRoot<VerificationCase> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyRole party;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationMethod method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationStatus status;
    @Embedded
    private Subject subject;
    @Embedded
    private @Nullable StoredChallenge challenge;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PinChannel pinChannel;
    @Embedded
    private Attempts attempts;
    @Column(nullable = false, length = 200)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Embedded
    private @Nullable Verdict verdict;

    protected VerificationCase() {
    }

    /** A pending case with what the provider did: the deposit paid, the code sent, the face session opened. */
    public static VerificationCase open(VerificationId id, OrderId order, PartyRole party, Subject subject,
            Challenge challenge, MethodRules rules, String actor, Instant now) {
        VerificationCase c = new VerificationCase();
        c.id = id.id();
        c.orderId = order.id();
        c.party = party;
        c.method = challenge.method();
        c.status = VerificationStatus.PENDING;
        c.subject = subject;
        c.challenge = StoredChallenge.of(challenge);
        c.pinChannel = challenge.pinChannel();
        c.attempts = Attempts.of(rules, now);
        c.createdBy = actor;
        c.createdAt = now;
        c.registerEvent(new VerificationStarted(id, order, party, c.method, subject.maskedIdentifier(), actor, now));
        return c;
    }

    /** The provider found the data inconsistent (信息不一致) or refused them: recorded as failed at once. */
    public static VerificationCase refused(VerificationId id, OrderId order, PartyRole party, Subject subject,
            Challenge unanswered, MethodRules rules, String refusalCode, String actor, Instant now) {
        VerificationCase c = open(id, order, party, subject, unanswered, rules, actor, now);
        c.fail("MISMATCH".equals(refusalCode) ? "identityMismatch" : "refused:" + refusalCode, actor, now);
        return c;
    }

    /** A new code replaced the earlier one; wrong answers so far still count. */
    public void codeResent(UUID newChallengeId, Instant now) {
        if (!(challenge() instanceof Challenge.SmsCode code) || code.codeId() == null) {
            throw new IllegalStateException("no SMS code for " + method);
        }
        requirePending();
        if (attempts.isOver(now)) {
            throw notPending();
        }
        change(code.withCode(newChallengeId));
    }

    /** The face link goes to {@code mobile} by SMS ({@link FaceDelivery#SMS_LINK}). */
    public void faceLinkRequested(String mobile, Locale locale) {
        if (!(challenge() instanceof Challenge.FaceSession face) || face.delivery() != FaceDelivery.SMS_LINK) {
            throw new IllegalStateException("no face link to send for this " + method + " case");
        }
        registerEvent(new FaceLinkRequested(id(), mobile, locale, createdBy, createdAt));
    }

    /** The applicant's amount; the last wrong one ends the case as the micro-deposit rule says. */
    public void answerAmount(long fen, String actor, Instant now) {
        if (!(challenge() instanceof Challenge.MicroDeposit deposit)) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        answer(deposit.matches(fen), "amountMatched", "tooManyWrongAmounts", actor, now);
    }

    /** The outcome of checking the applicant's SMS code; the third wrong one fails the case. */
    public void answerCode(boolean correct, String actor, Instant now) {
        if (!(challenge() instanceof Challenge.SmsCode code) || code.codeId() == null) {
            throw InvalidInputException.of("amountFen", "required", "validation.required", "amountFen");
        }
        answer(correct, "smsCode", "tooManyWrongCodes", actor, now);
    }

    /** The face service's verdict on the session. */
    public void faceChecked(boolean passed, String code, Instant now) {
        if (method != VerificationMethod.FACE) {
            throw new IllegalStateException("face verdict on a " + method + " case");
        }
        requirePending();
        if (passed) {
            pass("faceCheck", "provider:face", now);
        } else {
            fail("faceCheckFailed:" + code, "provider:face", now);
        }
    }

    /**
     * Skips a micro-deposit (the bank is not supported, the deposit failed, or the applicant prefers it): manual
     * review decides instead. Other methods cannot be skipped.
     */
    public void skip(String actor, Instant now) {
        MicroDepositPolicy.checkSkip(method, status).orThrowConflict();
        manualReview("skipped", actor, now);
    }

    /** Ends a pending case whose time is up; @return whether it did. */
    public boolean expireIfDue(Instant now) {
        if (status != VerificationStatus.PENDING || !attempts.isOver(now)) {
            return false;
        }
        endUnproven("expired", "system", now);
        return true;
    }

    private void answer(boolean right, String how, String exhausted, String actor, Instant now) {
        requirePending();
        if (right) {
            pass(how, actor, now);
            return;
        }
        attempts = attempts.wrong();
        registerEvent(new VerificationAnswerRejected(id(), order(), method, attemptsLeft(), actor, now));
        if (attemptsLeft() == 0) {
            endUnproven(exhausted, actor, now);
        }
    }

    private void endUnproven(String how, String actor, Instant now) {
        if (MicroDepositPolicy.unprovenGoesToManualReview(method)) {
            manualReview(how, actor, now);
        } else {
            fail(how, actor, now);
        }
    }

    private void manualReview(String how, String actor, Instant now) {
        decide(VerificationStatus.MANUAL, how, actor, now);
        registerEvent(new VerificationNeedsManualReview(id(), order(), party, method, how, actor, now));
    }

    private void pass(String how, String actor, Instant now) {
        decide(VerificationStatus.PASSED, how, actor, now);
        registerEvent(new VerificationPassed(id(), order(), party, method, pinChannel, how, actor, now));
    }

    private void fail(String how, String actor, Instant now) {
        decide(VerificationStatus.FAILED, how, actor, now);
        registerEvent(new VerificationFailed(id(), order(), party, method, how, actor, now));
    }

    private void decide(VerificationStatus result, String how, String actor, Instant now) {
        this.status = result;
        this.verdict = new Verdict(actor, now, how);
    }

    private void requirePending() {
        if (status != VerificationStatus.PENDING) {
            throw notPending();
        }
    }

    private ConflictException notPending() {
        return new ConflictException("verification.notPending", "the verification is already " + status,
                status.name());
    }

    private void change(Challenge next) {
        this.challenge = StoredChallenge.of(next);
    }

    /** What this case's method exchanged with the provider and the applicant. */
    public Challenge challenge() {
        return StoredChallenge.read(challenge, method);
    }

    public int attemptsLeft() {
        return attempts.left();
    }

    public VerificationId id() {
        return new VerificationId(id);
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public PartyRole party() {
        return party;
    }

    public VerificationMethod method() {
        return method;
    }

    public VerificationStatus status() {
        return status;
    }

    public Subject subject() {
        return subject;
    }

    public PinChannel pinChannel() {
        return pinChannel;
    }

    public Instant expiresAt() {
        return attempts.expiresAt();
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String decidedBy() {
        return verdict == null ? null : verdict.by();
    }

    public @Nullable Instant decidedAt() {
        return verdict == null ? null : verdict.at();
    }

    public @Nullable String decidedHow() {
        return verdict == null ? null : verdict.how();
    }
}
