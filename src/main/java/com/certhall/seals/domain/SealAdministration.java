package com.certhall.seals.domain;

import com.certhall.accounts.AccountManagement;
import com.certhall.accounts.ApplicantProfile;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.seals.SealMember;
import com.certhall.seals.SealView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.verification.PersonChecks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seal administration (BJCA manual §7; docs/seals.md "Administration"): the organisation's administrator — first the
 * handler of its e-seal certificate — adds and removes seal users (verified by the carriers' 3-factor check), grants
 * each the seals he may use; the hand-over of the role is {@link SealAdminHandOvers}. Every change is audited. Who acts
 * is the signed-in account, matched to a member by its registered mobile; the checks of who may act are here.
 */
@Service
public class SealAdministration {

    private final SealMembers members;
    private final SealRows seals;
    private final AccountManagement accounts;
    private final PersonChecks persons;
    private final AuditTrail audit;
    private final Clock clock;

    SealAdministration(SealMembers members, SealRows seals, AccountManagement accounts, PersonChecks persons,
            AuditTrail audit, Clock clock) {
        this.members = members;
        this.seals = seals;
        this.accounts = accounts;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations (USCC) where the account is a member, with its membership. */
    public List<SealMember> memberships(UUID account) {
        return members.ofMobile(mobile(account)).stream().map(members::view).toList();
    }

    /** The members of an organisation, for its administrator. */
    public List<SealMember> members(UUID account, String uscc) {
        admin(account, uscc);
        return members.ofUscc(uscc).stream().map(members::view).toList();
    }

    /** The members of an organisation, for staff. */
    public List<SealMember> membersForStaff(String uscc) {
        return members.ofUscc(uscc).stream().map(members::view).toList();
    }

    @Transactional
    public SealMember addUser(UUID account, String uscc, @Nullable String name, @Nullable String idNumber,
            @Nullable String mobile, String actor) {
        admin(account, uscc);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String who = name == null ? "" : name.strip();
        if (who.isEmpty() || who.length() > 50) {
            errors.add(FieldViolation.of("name", "required", "validation.required", "name"));
        }
        ResidentIdNumber id = errors.check(() -> ResidentIdNumber.parse("idNumber", idNumber));
        MobileNumber phone = errors.check(() -> MobileNumber.parse("mobile", mobile));
        errors.throwIfAny();
        if (members.ofUscc(uscc).stream().anyMatch(m -> m.mobile().equals(phone.value()))) {
            throw InvalidInputException.of("mobile", "taken", "seals.member.taken", "mobile");
        }
        if (!persons.telecomMatches(who, id, phone)) {
            audit.recordNow(AuditRecord.of("seals.user.refused", actor, "org:" + uscc)
                    .with("mobile", phone.masked()).with("check", "TELECOM_3F"));
            throw InvalidInputException.of("mobile", "mismatch", "seals.member.telecomMismatch", "mobile");
        }
        UUID added = members.insert(uscc, "USER", who, id.masked(), phone.value(), actor);
        audit.record(AuditRecord.of("seals.user.added", actor, "org:" + uscc).with("member", added)
                .with("mobile", phone.masked()).with("check", "TELECOM_3F"));
        return members.view(members.member(added).orElseThrow());
    }

    @Transactional
    public void removeUser(UUID account, String uscc, UUID member, String actor) {
        SealMembers.Row row = user(account, uscc, member);
        members.remove(row.id(), actor);
        audit.record(AuditRecord.of("seals.user.removed", actor, "org:" + uscc).with("member", member));
    }

    /** Lets a user use a seal of the organisation ({@code allowed}) or stops him. */
    @Transactional
    public void grant(UUID account, String uscc, UUID member, UUID seal, boolean allowed, String actor) {
        user(account, uscc, member);
        SealView view = seals.find(seal, clock.instant()).filter(s -> s.uscc().equals(uscc))
                .orElseThrow(() -> new NotFoundException("seal", seal));
        boolean changed;
        if (allowed) {
            if (!view.status().usable()) {
                throw new ConflictException("seals.grant.ended", "the seal has ended", view.esId());
            }
            changed = members.grant(seal, member, actor);
        } else {
            changed = members.revokeGrant(seal, member, actor);
        }
        if (changed) {
            audit.record(AuditRecord.of(allowed ? "seals.grant.given" : "seals.grant.revoked", actor,
                    "seal:" + view.esId()).with("member", member));
        }
    }

    /** The seal users granted a seal (docs/api.md "Seals"); the administrator, who may use every seal, is not one. */
    public List<SealMember> sealUsers(UUID account, UUID seal) {
        String uscc = sealOrganisation(account, seal);
        return members.ofUscc(uscc).stream().filter(m -> "USER".equals(m.role())).map(members::view)
                .filter(m -> m.sealIds().contains(seal)).toList();
    }

    /** Lets the person with this mobile use a seal, adding him as a seal user first (carrier check) if he is none. */
    @Transactional
    public SealMember grantSealUser(UUID account, UUID seal, @Nullable String name, @Nullable String idNumber,
            @Nullable String mobile, String actor) {
        String uscc = sealOrganisation(account, seal);
        MobileNumber phone = MobileNumber.parse("mobile", mobile);
        Optional<SealMembers.Row> known = members.ofUscc(uscc).stream()
                .filter(m -> m.mobile().equals(phone.value())).findFirst();
        if (known.isPresent() && !"USER".equals(known.get().role())) {
            throw InvalidInputException.of("mobile", "administrator", "seals.users.administrator", "mobile");
        }
        UUID member = known.map(SealMembers.Row::id)
                .orElseGet(() -> addUser(account, uscc, name, idNumber, mobile, actor).id());
        grant(account, uscc, member, seal, true, actor);
        return members.view(members.member(member).orElseThrow());
    }

    /** Stops a seal user using a seal; {@code who} is his member id or his mobile. He stays a member. */
    @Transactional
    public void withdrawSealUser(UUID account, UUID seal, String who, String actor) {
        String uscc = sealOrganisation(account, seal);
        String key = who.strip();
        SealMembers.Row member = members.ofUscc(uscc).stream().filter(m -> "USER".equals(m.role()))
                .filter(m -> m.id().toString().equalsIgnoreCase(key) || m.mobile().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", key));
        grant(account, uscc, member.id(), seal, false, actor);
    }

    /** The organisation of a seal, for its administrator; a seal of an organisation he is not in is not found. */
    private String sealOrganisation(UUID account, UUID seal) {
        String uscc = seals.find(seal, clock.instant()).map(SealView::uscc)
                .orElseThrow(() -> new NotFoundException("seal", seal));
        String mobile = mobile(account);
        SealMembers.Row me = members.ofUscc(uscc).stream().filter(m -> m.mobile().equals(mobile)).findFirst()
                .orElseThrow(() -> new NotFoundException("seal", seal));
        if (!"ADMIN".equals(me.role())) {
            throw new NotAdministratorException();
        }
        return uscc;
    }

    SealMembers.Row admin(UUID account, String uscc) {
        SealMembers.Row me = member(account, uscc);
        if (!"ADMIN".equals(me.role())) {
            throw new NotAdministratorException();
        }
        return me;
    }

    SealMembers.Row member(UUID account, String uscc) {
        String mobile = mobile(account);
        return members.ofUscc(uscc).stream().filter(m -> m.mobile().equals(mobile)).findFirst()
                .orElseThrow(() -> new NotFoundException("organisation", uscc));
    }

    SealMembers.Row user(UUID account, String uscc, UUID member) {
        admin(account, uscc);
        return members.member(member).filter(m -> m.uscc().equals(uscc) && "USER".equals(m.role()))
                .orElseThrow(() -> new NotFoundException("member", member));
    }

    String mobile(UUID account) {
        return accounts.findApplicant(account).map(ApplicantProfile::mobile).map(MobileNumber::value)
                .orElseThrow(() -> new NotFoundException("account", account));
    }
}
