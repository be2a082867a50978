package com.certhall.verification.domain;

import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.shared.ConflictException;
import com.certhall.shared.DataProtection;
import com.certhall.shared.Uscc;
import com.certhall.verification.PinChannel;
import com.certhall.verification.PinDepositResult;
import com.certhall.verification.ProviderUnavailableException;
import com.certhall.verification.SendPinByDeposit;
import com.certhall.verification.provider.CorporateAccountVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays the 0.01 CNY whose memo carries a certificate PIN (BJCA-QH: "证书密码将以 1 分钱打款附言告知") to the company
 * account the order's organisation was verified with — once per PIN delivery. The claim, the bank call and the
 * bank's answer are three steps, claim and answer each committed on its own (also when the caller runs in a
 * transaction, as an event listener does), so a listener that fails later never makes the bank pay again. Should a
 * node die between the bank's payment and its record, the abandoned claim is taken over after two minutes and the
 * same memo may be paid once more; that is the only case of a second payment.
 */
@Component
public class PinDepositor {

    private static final Logger log = LoggerFactory.getLogger(PinDepositor.class);
    static final long AMOUNT_FEN = 1;
    /** Bank memos (附言) are short; this one fits in twenty characters. */
    static final int MAX_MEMO = 20;
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

    private final PinDeposits deposits;
    private final VerificationCases cases;
    private final CorporateAccountVerifier bank;
    private final OrderManagement orders;
    private final DataProtection protection;
    private final TransactionTemplate tx;
    private final Clock clock;

    PinDepositor(PinDeposits deposits, VerificationCases cases, CorporateAccountVerifier bank,
            OrderManagement orders, DataProtection protection, PlatformTransactionManager transactions,
            Clock clock) {
        this.deposits = deposits;
        this.cases = cases;
        this.bank = bank;
        this.orders = orders;
        this.protection = protection;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A payee the bank is asked to pay: the verified company and its account, in full. */
    private record Payee(VerificationCase verified, Uscc uscc, String bankName, String account) {
    }

    /** Either the answer the bank gave before, or the payee to pay now. */
    private record Claim(@Nullable PinDepositResult earlier, @Nullable Payee payee) {
    }

    /**
     * @throws ConflictException when the order's PIN does not go by deposit memo
     * @throws ProviderUnavailableException when the bank does not answer, or this delivery's deposit is being made
     *                                      right now by another call; nothing is recorded as paid
     */
    public PinDepositResult send(SendPinByDeposit cmd) {
        Claim claim = claim(cmd);
        if (claim.earlier() != null) {
            return claim.earlier();
        }
        Payee payee = Objects.requireNonNull(claim.payee());
        String memo = memo(cmd);
        CorporateAccountVerifier.Deposit deposit;
        try {
            deposit = bank.deposit(payee.verified().subject().name(), payee.uscc(), payee.bankName(), payee.account(),
                    AMOUNT_FEN, memo);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> deposits.findById(cmd.deliveryId()).filter(d -> !d.decided())
                    .ifPresent(PinDeposit::unanswered));
            log.warn("PIN delivery {} (order {}): the bank did not answer ({}); to be tried again",
                    cmd.deliveryId(), cmd.order(), e.getClass().getSimpleName());
            throw e;
        }
        PinDepositResult result = decide(cmd, d -> {
            if (deposit.paid()) {
                d.paid(deposit.reference(), clock.instant());
            } else {
                d.refused(deposit.refusal(), clock.instant());
            }
        });
        log.info("PIN delivery {} (order {}): deposit to {} {}", cmd.deliveryId(), cmd.order(),
                result.destination(), result.paid() ? "paid" : "refused with " + result.refusal());
        return result;
    }

    private Claim claim(SendPinByDeposit cmd) {
        Instant now = clock.instant();
        try {
            return Objects.requireNonNull(tx.execute(s -> {
                Optional<PinDeposit> existing = deposits.findById(cmd.deliveryId());
                if (existing.isPresent() && existing.get().decided()) {
                    return new Claim(existing.get().result(), null);
                }
                if (existing.isPresent() && !existing.get().claimable(now, CLAIM_TIMEOUT)) {
                    throw inProgress();
                }
                VerificationCase verified = depositCase(cmd);
                Challenge.MicroDeposit deposited = (Challenge.MicroDeposit) verified.challenge();
                String bankName = deposited.bankName();
                String account = protection.decrypt(deposited.sealedAccount());
                PinDeposit d = existing.orElseGet(() -> PinDeposit.claim(cmd.deliveryId(), cmd.order(), verified.id(),
                        bankName, maskedAccount(account), now));
                d.attempt(now);
                Optional<Uscc> uscc = verifiedUscc(cmd, verified);
                if (uscc.isEmpty()) {
                    d.refused("SUBJECT_CHANGED", now);
                    return new Claim(deposits.save(d).result(), null);
                }
                deposits.saveAndFlush(d);
                return new Claim(null, new Payee(verified, uscc.get(), bankName, account));
            }));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw inProgress();
        }
    }

    private VerificationCase depositCase(SendPinByDeposit cmd) {
        return PinRouting.decidingCase(cases.findByOrder(cmd.order().id()))
                .filter(c -> c.pinChannel() == PinChannel.DEPOSIT_MEMO
                        && c.challenge() instanceof Challenge.MicroDeposit)
                .orElseThrow(() -> new ConflictException("verification.pinDeposit.notByDeposit",
                        "the PIN of order " + cmd.order() + " does not go by deposit memo", cmd.order().toString()));
    }

    /** The order's USCC, if it is still the one the company account was verified for. */
    private Optional<Uscc> verifiedUscc(SendPinByDeposit cmd, VerificationCase verified) {
        Subject subject = orders.details(cmd.order()).draft().subject();
        if (!(subject instanceof Subject.Organization org) || org.uscc() == null || !Uscc.isValid(org.uscc())) {
            return Optional.empty();
        }
        Uscc uscc = Uscc.parse("uscc", org.uscc());
        return protection.keyedHash("uscc:" + uscc.value()).equals(verified.subject().identityKey()) ? Optional.of(uscc)
                : Optional.empty();
    }

    private PinDepositResult decide(SendPinByDeposit cmd, java.util.function.Consumer<PinDeposit> step) {
        return Objects.requireNonNull(tx.execute(s -> {
            PinDeposit d = deposits.findById(cmd.deliveryId()).orElseThrow();
            step.accept(d);
            return deposits.save(d).result();
        }));
    }

    /** {@code 证书口令12345678 尾号3FA2}: the PIN and which certificate it opens, short enough for any bank. */
    static String memo(SendPinByDeposit cmd) {
        String memo = "证书口令" + cmd.pin() + " 尾号" + cmd.serialTail();
        if (memo.length() > MAX_MEMO) {
            throw new IllegalStateException("memo longer than " + MAX_MEMO + " characters");
        }
        return memo;
    }

    /** {@code ****3456}: the tail an accountant recognises the account by. */
    static String maskedAccount(String account) {
        return "****" + account.substring(Math.max(0, account.length() - 4));
    }

    private static ProviderUnavailableException inProgress() {
        return new ProviderUnavailableException("BANK", "the deposit of this PIN is being made");
    }
}
