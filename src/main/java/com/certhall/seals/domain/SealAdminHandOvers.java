package com.certhall.seals.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.seals.SealAdminTransfer;
import com.certhall.seals.SealMember;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over of an organisation's seal administrator role (BJCA manual §7; docs/seals.md "Administration"): the
 * administrator names a seal user, who receives an SMS code; the code completes the hand-over and the old
 * administrator stays a seal user. Who may act is decided by {@link SealAdministration}; every step is audited.
 */
@Service
public class SealAdminHandOvers {

    private final SealMembers members;
    private final SealAdministration administration;
    private final SmsChallengeService sms;
    private final AuditTrail audit;

    SealAdminHandOvers(SealMembers members, SealAdministration administration, SmsChallengeService sms,
            AuditTrail audit) {
        this.members = members;
        this.administration = administration;
        this.sms = sms;
        this.audit = audit;
    }

    /** Starts handing the administrator role to a user of the organisation: he gets an SMS code. */
    @Transactional
    public SmsChallengeTicket startTransfer(UUID account, String uscc, UUID to, Locale locale, String actor) {
        SealMembers.Row from = administration.admin(account, uscc);
        SealMembers.Row next = administration.user(account, uscc, to);
        members.requestTransfer(uscc, from.id(), next.id());
        audit.record(AuditRecord.of("seals.admin.transferRequested", actor, "org:" + uscc).with("to", to));
        return sms.issue(new MobileNumber(next.mobile()), SmsPurpose.VERIFY, locale, null);
    }

    /**
     * The new administrator's SMS code completes the hand-over; the old administrator stays a seal user (离职 is a
     * removal by the new administrator). Either of the two may type the code in.
     */
    @Transactional
    public SealMember confirmTransfer(UUID account, String uscc, @Nullable String smsCode, String actor) {
        SealMembers.Transfer transfer = members.pendingTransfer(uscc)
                .orElseThrow(() -> new ConflictException("seals.transfer.none", "no hand-over is waiting"));
        SealMembers.Row next = members.member(transfer.to()).orElseThrow(() -> new ConflictException(
                "seals.transfer.none", "no hand-over is waiting"));
        String mine = administration.mobile(account);
        SealMembers.Row from = members.member(transfer.from()).orElseThrow();
        if (!mine.equals(from.mobile()) && !mine.equals(next.mobile())) {
            throw new NotAdministratorException();
        }
        if (smsCode == null || smsCode.isBlank()) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        sms.verify(new MobileNumber(next.mobile()), SmsPurpose.VERIFY, smsCode.strip());
        members.role(from.id(), "USER");
        members.role(next.id(), "ADMIN");
        members.finishTransfer(transfer.id(), "DONE");
        audit.record(AuditRecord.of("seals.admin.transferred", actor, "org:" + uscc).with("from", from.id())
                .with("to", next.id()));
        return members.view(members.member(next.id()).orElseThrow());
    }

    /** The pending hand-over's new administrator, if one waits. */
    public Optional<SealMember> pendingTransfer(UUID account, String uscc) {
        administration.member(account, uscc);
        return members.pendingTransfer(uscc).flatMap(t -> members.member(t.to())).map(members::view);
    }

    /** Starts the hand-over to the seal user with this mobile; he gets an SMS code. */
    @Transactional
    public SealAdminTransfer startTransferTo(UUID account, String uscc, @Nullable String mobile, Locale locale,
            String actor) {
        administration.admin(account, uscc);
        MobileNumber phone = MobileNumber.parse("mobile", mobile);
        SealMembers.Row next = members.ofUscc(uscc).stream()
                .filter(m -> "USER".equals(m.role()) && m.mobile().equals(phone.value())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("mobile", "notUser", "seals.transfer.notUser", "mobile"));
        SmsChallengeTicket ticket = startTransfer(account, uscc, next.id(), locale, actor);
        SealMembers.Transfer transfer = members.pendingTransfer(uscc).orElseThrow();
        return new SealAdminTransfer(transfer.id(), uscc, next.id(), phone.masked(), "PENDING", ticket.expiresAt(),
                ticket.resendAfter());
    }

    /** Completes the hand-over {@code transfer}; another than the one waiting is not found. */
    @Transactional
    public SealMember confirmTransfer(UUID account, String uscc, UUID transfer, @Nullable String smsCode,
            String actor) {
        administration.member(account, uscc);
        if (members.pendingTransfer(uscc).filter(t -> t.id().equals(transfer)).isEmpty()) {
            throw new NotFoundException("transfer", transfer);
        }
        return confirmTransfer(account, uscc, smsCode, actor);
    }
}
