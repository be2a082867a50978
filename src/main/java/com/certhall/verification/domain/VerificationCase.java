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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One attempt to verify one party of an order by one method. Opened {@link VerificationStatus#PENDING} once the
 * provider accepted the data (deposit paid, identity matched and code sent, face session opened) — or recorded
 * {@link VerificationStatus#FAILED} at once when the provider found the data inconsistent. While pending it takes
 * answers until {@code maxAttempts} wrong ones or {@code expiresAt}; a micro-deposit that ends without proof (wrong
 * amount three times, expiry, skip) becomes {@link VerificationStatus#MANUAL}, any other method
 * {@link VerificationStatus#FAILED}. A final result never changes. Every result names who, when and how, and
 * publishes an auditable event; no raw identifier and no biometric data is kept, only masked values (the mobile
 * and company account are kept encrypted because the certificate PIN goes there).
 */
@Entity
@Table(name = "verification_case")
public class VerificationCase extends AbstractAggregateRoot<VerificationCase> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "order_id", nullable = false)
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
    @Column(name = "identity_key", nullable = false, length = 64)
    private String identityKey;
    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;
    @Column(name = "masked_identifier", nullable = false, length = 64)
    private String maskedIdentifier;
    @Column(name = "mobile_sealed", length = 200)
    private String mobile;
    @Column(name = "bank_name", length = 100)
    private String bankName;
    @Column(name = "bank_account_sealed", length = 200)
    private String bankAccount;
    @Column(name = "amount_fen")
    private Long amountFen;
    @Column(name = "provider_ref", length = 100)
    private String providerRef;
    @Column(name = "challenge_id")
    private UUID challengeId;
    @Column(name = "phone_url", length = 500)
    private String phoneUrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "face_delivery", length = 20)
    private FaceDelivery faceDelivery;
    @Enumerated(EnumType.STRING)
    @Column(name = "pin_channel", nullable = false, length = 20)
    private PinChannel pinChannel;
    @Column(name = "attempts_used", nullable = false)
    private int attemptsUsed;
    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_by", length = 200)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_how", length = 60)
    private String decidedHow;

    protected VerificationCase() {
    }

    /** A pending case; the caller then records what the provider did ({@link #depositMade}, {@link #codeSent} ...). */
    public static VerificationCase open(VerificationId id, OrderId order, PartyRole party, VerificationMethod method,
            Subject subject, MethodRules rules, String actor, Instant now) {
        VerificationCase c = new VerificationCase();
        c.id = id.id();
        c.orderId = order.id();
        c.party = party;
        c.method = method;
        c.status = VerificationStatus.PENDING;
        c.identityKey = subject.identityKey();
        c.subjectName = subject.name();
        c.maskedIdentifier = subject.maskedIdentifier();
        c.mobile = subject.sealedMobile();
        c.bankName = subject.bankName();
        c.bankAccount = subject.sealedAccount();
        c.pinChannel = method == VerificationMethod.MICRO_DEPOSIT ? PinChannel.DEPOSIT_MEMO : PinChannel.SMS;
        c.maxAttempts = rules.maxAttempts();
        c.expiresAt = now.plus(rules.validity());
        c.createdBy = actor;
        c.createdAt = now;
        c.registerEvent(new VerificationStarted(id, order, party, method, c.maskedIdentifier, actor, now));
        return c;
    }

    /** The provider found the data inconsistent (信息不一致) or refused them: recorded as failed at once. */
    public static VerificationCase refused(VerificationId id, OrderId order, PartyRole party,
            VerificationMethod method, Subject subject, MethodRules rules, String refusalCode, String actor,
            Instant now) {
        VerificationCase c = open(id, order, party, method, subject, rules, actor, now);
        c.fail("MISMATCH".equals(refusalCode) ? "identityMismatch" : "refused:" + refusalCode, actor, now);
        return c;
    }

    public void depositMade(long amountFen, String reference) {
        requireSetup(VerificationMethod.MICRO_DEPOSIT);
        this.amountFen = amountFen;
        this.providerRef = reference;
    }

    public void codeSent(UUID challengeId) {
        if (method != VerificationMethod.TELECOM_3F && method != VerificationMethod.BANKCARD_4F) {
            throw new IllegalStateException("no SMS code for " + method);
        }
        this.challengeId = challengeId;
    }

    /** A new code replaced the earlier one; wrong answers so far still count. */
    public void codeResent(UUID newChallengeId, Instant now) {
        if (challengeId == null) {
            throw new IllegalStateException("no SMS code for " + method);
        }
        requirePending();
        if (!now.isBefore(expiresAt)) {
            throw notPending();
        }
        this.challengeId = newChallengeId;
    }

    /** The face session is open at {@code url}; with {@code SMS_LINK} the absolute link goes to {@code mobile}. */
    public void faceSessionOpened(String sessionId, String url, FaceDelivery delivery, String absoluteUrl,
            @Nullable String linkMobile, Locale locale) {
        requireSetup(VerificationMethod.FACE);
        this.providerRef = sessionId;
        this.phoneUrl = url;
        this.faceDelivery = delivery;
        if (delivery == FaceDelivery.SMS_LINK) {
            registerEvent(new FaceLinkRequested(id(), Objects.requireNonNull(linkMobile, "mobile"), absoluteUrl, locale,
                    createdBy, createdAt));
        }
    }

    /** The applicant's amount; the third wrong one sends the case to manual review. */
    public void answerAmount(long fen, String actor, Instant now) {
        if (method != VerificationMethod.MICRO_DEPOSIT) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        requirePending();
        if (amountFen != null && amountFen == fen) {
            pass("amountMatched", actor, now);
        } else {
            wrongAnswer("tooManyWrongAmounts", actor, now);
        }
    }

    /** The outcome of checking the applicant's SMS code; the third wrong one fails the case. */
    public void answerCode(boolean correct, String actor, Instant now) {
        if (challengeId == null) {
            throw InvalidInputException.of("amountFen", "required", "validation.required", "amountFen");
        }
        requirePending();
        if (correct) {
            pass("smsCode", actor, now);
        } else {
            wrongAnswer("tooManyWrongCodes", actor, now);
        }
    }

    /** The face service's verdict on the session. */
    public void faceChecked(boolean passed, String code, Instant now) {
        requireSetup(VerificationMethod.FACE);
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
        if (method != VerificationMethod.MICRO_DEPOSIT) {
            throw new ConflictException("verification.skip.notAllowed", "only a micro-deposit can be skipped",
                    method.name());
        }
        if (status != VerificationStatus.PENDING && status != VerificationStatus.FAILED) {
            throw notPending();
        }
        decide(VerificationStatus.MANUAL, "skipped", actor, now);
        registerEvent(new VerificationNeedsManualReview(id(), order(), party, method, "skipped", actor, now));
    }

    /** Ends a pending case whose time is up; @return whether it did. */
    public boolean expireIfDue(Instant now) {
        if (status != VerificationStatus.PENDING || now.isBefore(expiresAt)) {
            return false;
        }
        if (method == VerificationMethod.MICRO_DEPOSIT) {
            decide(VerificationStatus.MANUAL, "expired", "system", now);
            registerEvent(new VerificationNeedsManualReview(id(), order(), party, method, "expired", "system", now));
        } else {
            fail("expired", "system", now);
        }
        return true;
    }

    private void wrongAnswer(String exhausted, String actor, Instant now) {
        attemptsUsed++;
        registerEvent(new VerificationAnswerRejected(id(), order(), method, attemptsLeft(), actor, now));
        if (attemptsLeft() > 0) {
            return;
        }
        if (method == VerificationMethod.MICRO_DEPOSIT) {
            decide(VerificationStatus.MANUAL, exhausted, actor, now);
            registerEvent(new VerificationNeedsManualReview(id(), order(), party, method, exhausted, actor, now));
        } else {
            fail(exhausted, actor, now);
        }
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
        this.decidedHow = how.length() > 60 ? how.substring(0, 60) : how;
        this.decidedBy = actor;
        this.decidedAt = now;
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

    private void requireSetup(VerificationMethod expected) {
        if (method != expected) {
            throw new IllegalStateException(expected + " step on a " + method + " case");
        }
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptsUsed);
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

    public String subjectName() {
        return subjectName;
    }

    public String maskedIdentifier() {
        return maskedIdentifier;
    }

    /** Keyed one-way hash of the verified identity ({@code uscc:<USCC>} or {@code id:<ID number>}). */
    public String identityKey() {
        return identityKey;
    }

    /** The mobile, encrypted ({@link com.certhall.shared.DataProtection}). */
    public @Nullable String sealedMobile() {
        return mobile;
    }

    public @Nullable String bankName() {
        return bankName;
    }

    /** The company account, encrypted. */
    public @Nullable String sealedBankAccount() {
        return bankAccount;
    }

    public @Nullable String providerRef() {
        return providerRef;
    }

    public @Nullable UUID challengeId() {
        return challengeId;
    }

    public @Nullable String phoneUrl() {
        return phoneUrl;
    }

    public @Nullable FaceDelivery faceDelivery() {
        return faceDelivery;
    }

    public PinChannel pinChannel() {
        return pinChannel;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decidedHow() {
        return decidedHow;
    }

    public long version() {
        return version;
    }
}
