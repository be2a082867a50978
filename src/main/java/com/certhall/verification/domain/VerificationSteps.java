package com.certhall.verification.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.DataProtection;
import com.certhall.shared.Masking;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.RateLimitedException;
import com.certhall.shared.SiteProperties;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinDelivery;
import com.certhall.verification.ProviderUnavailableException;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationAnswer;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationStatus;
import com.certhall.verification.VerificationView;
import com.certhall.verification.provider.FaceLiveness;
import com.certhall.verification.provider.VerificationCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases behind {@code verification.VerificationManagement}: opening, answering, expiring and reading them, each
 * change one transaction of its own after the provider has answered.
 */
@Service
public class VerificationSteps {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final VerificationCases cases;
    private final CaseOpener opener;
    private final VerificationCodes codes;
    private final FaceLiveness face;
    private final OrderManagement orders;
    private final TransactionTemplate tx;
    private final DataProtection protection;
    private final String baseUrl;
    private final Clock clock;

    VerificationSteps(VerificationCases cases, CaseOpener opener, VerificationCodes codes, FaceLiveness face,
            OrderManagement orders, TransactionTemplate tx, DataProtection protection, SiteProperties site,
            Clock clock) {
        this.baseUrl = site.baseUrl();
        this.cases = cases;
        this.opener = opener;
        this.codes = codes;
        this.face = face;
        this.orders = orders;
        this.tx = tx;
        this.protection = protection;
        this.clock = clock;
    }

    /**
     * Starts a case. Inconsistent data (信息不一致) still gives a case, {@code FAILED}; it counts toward the day's
     * limit like every paid provider call.
     *
     * @throws NotFoundException if the order does not exist
     * @throws RateLimitedException (429) when this identity used up today's attempts for the method
     * @throws ProviderUnavailableException (503) when the provider is down; nothing is recorded
     */
    public VerificationView start(StartVerification cmd) {
        OrderView order = orders.get(cmd.order());
        checkDailyLimit(cmd);
        VerificationCase opened = opener.open(cmd, order.number(), clock.instant());
        return Objects.requireNonNull(tx.execute(s -> view(cases.save(opened))));
    }

    /** Takes an amount (micro-deposit) or an SMS code; a case whose time is up is closed instead. */
    public VerificationView answer(VerificationId id, VerificationAnswer answer, String actor) {
        VerificationCase current = load(id);
        UUID codeId = current.challenge() instanceof Challenge.SmsCode code ? code.codeId() : null;
        if (current.expiresAt().isAfter(clock.instant()) && answer.smsCode() != null
                && codeId != null && current.status() == VerificationStatus.PENDING) {
            boolean right = codes.accept(codeId, answer.smsCode());
            return change(id, c -> c.answerCode(right, actor, clock.instant()));
        }
        return change(id, c -> {
            if (c.expireIfDue(clock.instant())) {
                return;
            }
            if (answer.amountFen() != null) {
                c.answerAmount(answer.amountFen(), actor, clock.instant());
            } else {
                c.answerCode(false, actor, clock.instant());
            }
        });
    }

    /**
     * Sends a new SMS code for a pending 3- or 4-factor case (the earlier one expired or never arrived); the
     * accounts module's resend interval and daily limits apply (429).
     */
    public VerificationView resendCode(VerificationId id) {
        VerificationCase current = load(id);
        if (!(current.challenge() instanceof Challenge.SmsCode code) || code.codeId() == null
                || current.status() != VerificationStatus.PENDING) {
            throw new ConflictException("verification.resend.notAllowed", "no SMS code to resend",
                    current.status().name());
        }
        MobileNumber mobile = new MobileNumber(protection.decrypt(code.sealedMobile()));
        VerificationCodes.Ticket ticket = codes.issue(mobile, LocaleContextHolder.getLocale());
        return change(id, c -> c.codeResent(ticket.challengeId(), clock.instant()));
    }

    /** Skips a micro-deposit: the order's organisation is then checked by manual review. */
    public VerificationView skip(VerificationId id, String actor) {
        return change(id, c -> c.skip(actor, clock.instant()));
    }

    /**
     * The case as it stands; closes it if its time is up, and while a face check is pending asks the face service
     * for its verdict (a service that is down leaves the case pending).
     */
    public Optional<String> faceLinkToSend(VerificationId id) {
        VerificationCase c = load(id);
        if (c.status() != VerificationStatus.PENDING || !c.expiresAt().isAfter(clock.instant())
                || !(c.challenge() instanceof Challenge.FaceSession face) || face.sealedPhoneUrl() == null) {
            return Optional.empty();
        }
        String url = protection.decrypt(face.sealedPhoneUrl());
        return Optional.of(url.startsWith("/") ? baseUrl + url : url);
    }

    /** {@link #status} of a case of an order of {@code account}; another account's order or case is not found. */
    public VerificationView statusOwned(OrderId order, VerificationId id, UUID account) {
        orders.getOwned(order, account);
        VerificationView v = status(id);
        if (!v.order().equals(order)) {
            throw new NotFoundException("verification", id.id());
        }
        return v;
    }

    public VerificationView status(VerificationId id) {
        VerificationCase current = load(id);
        if (current.status() != VerificationStatus.PENDING) {
            return view(current);
        }
        if (!current.expiresAt().isAfter(clock.instant())) {
            return change(id, c -> c.expireIfDue(clock.instant()));
        }
        if (!(current.challenge() instanceof Challenge.FaceSession session) || session.sealedSessionId() == null) {
            return view(current);
        }
        FaceLiveness.Result result;
        try {
            result = face.result(protection.decrypt(Objects.requireNonNull(session.sealedSessionId())));
        } catch (ProviderUnavailableException e) {
            return view(current);
        }
        if (result.outcome() == FaceLiveness.Outcome.PENDING) {
            return view(current);
        }
        return change(id, c -> {
            if (c.status() == VerificationStatus.PENDING) {
                c.faceChecked(result.outcome() == FaceLiveness.Outcome.PASSED, result.code(), clock.instant());
            }
        });
    }

    /** The order's cases, newest first. */
    public List<VerificationView> ofOrder(OrderId order) {
        return Objects.requireNonNull(tx.execute(s -> cases.findByOrder(order.id()).stream()
                .map(this::view).toList()));
    }

    /**
     * The newest case of one party of the order. When the legal representative handles the order himself, the
     * wizard asks for {@code LEGAL_REP} for the handler too and so reuses that result.
     */
    public Optional<VerificationView> latest(OrderId order, PartyRole party) {
        return Objects.requireNonNull(tx.execute(s -> cases.findByOrder(order.id()).stream()
                .filter(c -> c.party() == party).findFirst().map(this::view)));
    }

    /**
     * Where the order's certificate PIN goes (BJCA-QH rule): the channel of the newest passed verification of the
     * organisation or person, or of its legal representative when the organisation has none.
     */
    public Optional<PinDelivery> pinDelivery(OrderId order) {
        return Objects.requireNonNull(tx.execute(s -> PinRouting.decidingCase(cases.findByOrder(order.id()))
                .map(this::pinDelivery)));
    }

    /** Closes every pending case whose time is up (called by the scheduled sweep). @return how many */
    public int expireOverdue() {
        Instant now = clock.instant();
        List<VerificationCase> overdue = Objects.requireNonNull(tx.execute(s -> cases
                .findIdsByStatusExpiringBefore(VerificationStatus.PENDING, now).stream()
                .map(uuid -> cases.findById(uuid).orElseThrow()).toList()));
        overdue.forEach(c -> change(c.id(), x -> x.expireIfDue(now)));
        return overdue.size();
    }

    private void checkDailyLimit(StartVerification cmd) {
        MethodRules rules = MethodRules.of(cmd.method());
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        Instant since = today.atStartOfDay(CHINA).toInstant();
        long started = Objects.requireNonNull(tx.execute(
                s -> cases.countStartedSince(Subject.of(cmd, protection).identityKey(), cmd.method(), since)));
        if (started >= rules.perDay()) {
            Duration wait = Duration.between(clock.instant(), today.plusDays(1).atStartOfDay(CHINA).toInstant());
            throw new RateLimitedException("verification.dailyLimit", wait, rules.perDay());
        }
    }

    private VerificationView change(VerificationId id, Consumer<VerificationCase> step) {
        return Objects.requireNonNull(tx.execute(s -> {
            VerificationCase c = cases.findById(id.id()).orElseThrow(() -> new NotFoundException("verification", id));
            step.accept(c);
            return view(cases.save(c));
        }));
    }

    private VerificationCase load(VerificationId id) {
        return Objects.requireNonNull(tx.execute(s -> cases.findById(id.id())
                .orElseThrow(() -> new NotFoundException("verification", id))));
    }

    private @Nullable String open(@Nullable String sealed) {
        return sealed == null ? null : protection.decrypt(sealed);
    }

    private PinDelivery pinDelivery(VerificationCase c) {
        Challenge challenge = c.challenge();
        Challenge.MicroDeposit deposit = challenge instanceof Challenge.MicroDeposit d ? d : null;
        return new PinDelivery(c.pinChannel(), c.id(), open(challenge.sealedMobile()),
                deposit == null ? null : deposit.bankName(), deposit == null ? null : open(deposit.sealedAccount()));
    }

    private VerificationView view(VerificationCase c) {
        Challenge challenge = c.challenge();
        String mobile = open(challenge.sealedMobile());
        String smsTo = !challenge.smsSent() || mobile == null ? null : Masking.mask(mobile, 3, 4);
        Challenge.FaceSession face = challenge instanceof Challenge.FaceSession f ? f : null;
        return new VerificationView(c.id(), c.order(), c.party(), c.method(), c.status(), c.attemptsLeft(),
                c.expiresAt(), c.subject().name(), c.subject().maskedIdentifier(),
                face == null ? null : open(face.sealedPhoneUrl()), face == null ? null : face.delivery(), smsTo, c.pinChannel(),
                c.createdBy(), c.createdAt(), c.decidedBy(), c.decidedAt(), c.decidedHow());
    }
}
