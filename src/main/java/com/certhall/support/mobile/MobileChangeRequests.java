package com.certhall.support.mobile;

import com.certhall.accounts.AccountManagement;
import com.certhall.accounts.ApplicantProfile;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.StoredDocument;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.RateLimitedException;
import com.certhall.support.conversation.ContactCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lost registered mobile (SPEC row 4, docs/help.md "Lost mobile"): the holder proves the new number by SMS code
 * and uploads the business licence (enterprise) or his ID card (person) and the handler's ID card; SUPPORT staff
 * approve or refuse with a reason. Approval changes the account's mobile through the accounts module, which ends every
 * bearer token and browser session of the account and tells both numbers. At most {@link #PER_DAY} requests
 * a day from one address and one pending request per account; every step is audited.
 */
@Service
public class MobileChangeRequests {

    static final int PER_DAY = 3;

    private final JdbcMobileChanges store;
    private final AccountManagement accounts;
    private final ContactCodes codes;
    private final MobileChangeDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MobileChangeRequests(JdbcMobileChanges store, AccountManagement accounts, ContactCodes codes,
            MobileChangeDocuments documents, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.codes = codes;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A request with its scans; 400 naming each missing or bad field, 409 when one is pending already. */
    @Transactional
    public MobileChangeView submit(MobileChangeCommand cmd, String clientIp, Locale locale) {
        Instant now = clock.instant();
        if (store.from(clientIp, now.minus(Duration.ofDays(1))) >= PER_DAY) {
            throw new RateLimitedException("support.error.tooManyMobileChanges", Duration.ofHours(24));
        }
        ApplicantProfile account = accounts.findApplicantByLogin(cmd.login()).orElseThrow(
                () -> InvalidInputException.of("login", "unknown", "support.validation.loginUnknown", "login"));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (DocumentKind kind : MobileChangeDocuments.required(account.type())) {
            if (!cmd.files().containsKey(kind)) {
                errors.add(FieldViolation.of(MobileChangeDocuments.field(kind), "required", "validation.required",
                        MobileChangeDocuments.field(kind)));
            }
        }
        errors.throwIfAny();
        if (store.pendingFor(account.accountId())) {
            throw new ConflictException("support.error.mobileChangePending", "A request is already pending");
        }
        MobileNumber mobile = codes.prove(cmd.mobile(), SmsPurpose.CHANGE_MOBILE, cmd.smsCode());
        if (mobile.equals(account.mobile())) {
            throw InvalidInputException.of("mobile", "unchanged", "support.validation.mobileUnchanged", "mobile");
        }
        MobileChangeView request = new MobileChangeView(UUID.randomUUID(), account.accountId(), account.loginName(),
                mobile.value(), "PENDING", null, now, null, null);
        store.insert(request, clientIp);
        documents.store(request.id(), cmd.files(), "applicant:" + account.accountId());
        audit.record(AuditRecord.of("support.mobileChange.requested", "applicant:" + account.accountId(),
                "account:" + account.accountId()).with("request", request.id()).with("to", request.maskedMobile()));
        events.publishEvent(new MobileChangeEvents.Requested(request.id(), account.mobile().value(), locale));
        return request;
    }

    @Transactional(readOnly = true)
    public List<MobileChangeView> recent() {
        return store.recent(100);
    }

    @Transactional(readOnly = true)
    public MobileChangeView get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("mobileChange", id));
    }

    public List<StoredDocument> documents(UUID id) {
        return documents.list(get(id).id());
    }

    /** The thumbnail of one scan of request {@code id}; an unknown request or document is not found. */
    public DocumentContent thumbnail(UUID id, DocumentId document) {
        return documents.thumbnail(get(id).id(), document);
    }

    /** Approves: the account's mobile becomes the proven new one, its tokens and sessions end, both numbers told. */
    @Transactional
    public void approve(UUID id, String actor) {
        MobileChangeView r = decide(id, "APPROVED", null, actor);
        ApplicantProfile account = accounts.findApplicant(r.accountId())
                .orElseThrow(() -> new NotFoundException("account", r.accountId()));
        accounts.replaceLostMobile(r.accountId(), new MobileNumber(r.newMobile()), account.locale());
        audit.record(AuditRecord.of("support.mobileChange.approved", actor, "account:" + r.accountId())
                .with("request", id));
    }

    @Transactional
    public void reject(UUID id, String reason, String actor) {
        String text = FreeText.required("reason", reason, FreeText.REASON);
        MobileChangeView r = decide(id, "REJECTED", text, actor);
        Locale locale = accounts.findApplicant(r.accountId()).map(ApplicantProfile::locale)
                .orElse(Locale.SIMPLIFIED_CHINESE);
        audit.record(AuditRecord.of("support.mobileChange.rejected", actor, "account:" + r.accountId())
                .with("request", id));
        events.publishEvent(new MobileChangeEvents.Refused(id, r.newMobile(), text, locale));
    }

    private MobileChangeView decide(UUID id, String status, @Nullable String reason, String actor) {
        MobileChangeView r = get(id);
        if (!store.decide(id, status, reason, actor, clock.instant())) {
            throw new ConflictException("support.error.mobileChangeDecided", "The request was already decided");
        }
        return r;
    }

    /** What the holder sends: the account's login, the new number with its code, and the scans by kind. */
    public record MobileChangeCommand(String login, String mobile, String smsCode,
            Map<DocumentKind, MobileChangeDocuments.File> files) {

        public MobileChangeCommand {
            login = login == null ? "" : login.strip();
            if (login.isEmpty()) {
                throw InvalidInputException.of("login", "required", "validation.required", "login");
            }
            files = Map.copyOf(files);
        }
    }
}
