package com.certhall.verification.domain;

import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The corporate micro-deposit rule (对公打款验证), written down once. The bank pays a random 0.01–1.00 CNY into
 * the company account with a memo naming the order; the applicant has three tries at the amount within 72 hours;
 * a deposit that ends without proof — three wrong amounts, time up, or skipped by the applicant (also after the
 * bank refused to pay) — goes to manual review instead of failing the order. It verifies an organisation and
 * nothing else, and a passed one sends the certificate PIN back the same way, in a deposit memo.
 * Each check answers an {@link Allowance} or a {@link Rejection} carrying its message key.
 */
public final class MicroDepositPolicy {

    /** The smallest amount the bank pays, in fen. */
    public static final long MIN_FEN = 1;
    /** The largest amount, in fen: one guess in a hundred is right by chance. */
    public static final long MAX_FEN = 100;
    /** Tries at the amount, hours the deposit stays open, cases per company and day (each is a paid transfer). */
    static final MethodRules RULES = new MethodRules(3, Duration.ofHours(72), 3);
    /** The memo lets the company's accountant find the deposit among the day's receipts. */
    private static final String MEMO_PREFIX = "数字证书实名认证 ";

    private MicroDepositPolicy() {
    }

    /** The rule's figures as pages state them to the applicant. */
    public static Terms terms() {
        return new Terms(Money.ofFen(MIN_FEN).yuan().toPlainString(), Money.ofFen(MAX_FEN).yuan().toPlainString(),
                RULES.validity().toHours(), RULES.maxAttempts(), MEMO_PREFIX.strip());
    }

    /** The amount to pay, drawn anew for every case. */
    public static long drawAmount(RandomGenerator random) {
        return MIN_FEN + random.nextLong(MAX_FEN - MIN_FEN + 1);
    }

    /** The deposit's memo (附言) for an order. */
    public static String memo(String orderNumber) {
        return MEMO_PREFIX + orderNumber;
    }

    /** Where the certificate PIN goes once a micro-deposit decided the order's verification. */
    public static PinChannel pinChannel() {
        return PinChannel.DEPOSIT_MEMO;
    }

    /**
     * Whether a case of {@code method} that ends without proof (tries used up, time up) goes to manual review: a
     * micro-deposit does, since a company whose bank is slow or whose accountant is away is not thereby suspect;
     * the other methods fail.
     */
    public static boolean unprovenGoesToManualReview(VerificationMethod method) {
        return method == VerificationMethod.MICRO_DEPOSIT;
    }

    /** A micro-deposit verifies an organisation, and an organisation is verified only by micro-deposit. */
    public static Decision checkParty(VerificationMethod method, PartyRole party) {
        return (method == VerificationMethod.MICRO_DEPOSIT) == (party == PartyRole.ORGANIZATION) ? Allowance.INSTANCE
                : new Rejection("notForParty", "verification.method.notForParty", "method " + method
                        + " does not apply to " + party, List.of(method.name(), party.name()));
    }

    /** An answer must be an amount the bank could have paid. */
    public static Decision checkAnswer(long fen) {
        return fen >= MIN_FEN && fen <= MAX_FEN ? Allowance.INSTANCE
                : new Rejection("range", "verification.amountFen.range", "amount out of range", List.of());
    }

    /** Only a micro-deposit may be skipped, while pending or after the bank refused it. */
    public static Decision checkSkip(VerificationMethod method, VerificationStatus status) {
        if (method != VerificationMethod.MICRO_DEPOSIT) {
            return new Rejection("notAllowed", "verification.skip.notAllowed", "only a micro-deposit can be skipped",
                    List.of(method.name()));
        }
        if (status != VerificationStatus.PENDING && status != VerificationStatus.FAILED) {
            return new Rejection("notPending", "verification.notPending", "the verification is already " + status,
                    List.of(status.name()));
        }
        return Allowance.INSTANCE;
    }

    /** The amounts in yuan ({@code 0.01}, {@code 1.00}), the hours and tries the applicant has, the memo's words. */
    public record Terms(String minYuan, String maxYuan, long validityHours, int tries, String memo) {
    }

    /** What the policy answers. */
    public sealed interface Decision permits Allowance, Rejection {

        /** As a 400 naming {@code field} when rejected. */
        default void orThrowInvalid(String field) {
            if (this instanceof Rejection r) {
                Object[] args = new Object[r.args().size() + 1];
                args[0] = field;
                for (int i = 0; i < r.args().size(); i++) {
                    args[i + 1] = r.args().get(i);
                }
                throw InvalidInputException.of(field, r.code(), r.messageKey(), args);
            }
        }

        /** As a 409 when rejected. */
        default void orThrowConflict() {
            if (this instanceof Rejection r) {
                throw new ConflictException(r.messageKey(), r.detail(), r.args().toArray());
            }
        }
    }

    /** The rule allows it. */
    public record Allowance() implements Decision {
        static final Allowance INSTANCE = new Allowance();
    }

    /** The rule refuses it: a stable {@code code}, the message key with its arguments, and a detail for logs. */
    public record Rejection(String code, String messageKey, String detail, List<Object> args) implements Decision {
        public Rejection {
            args = List.copyOf(args);
        }
    }
}
