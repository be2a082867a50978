package com.certhall.seals.pdf;

import com.certhall.shared.Caller;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.signing.DocumentSigning;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Signing jobs of the API (docs/seals.md "Signing jobs", API.md "Seals"): a PDF, a seal record and a place in, the
 * draft of the sealing page ({@link PdfSealing}) out, its scan-to-sign started at once; then either the phone's
 * approval (seen when the job is read) or the signing PIN, and the signed PDF. Every rule of sealing stays in
 * {@link PdfSealing}; this class checks the job's own fields and words the signing service's refusals as field errors.
 */
@Service
public class SigningJobs {

    private final PdfSealing sealing;
    private final SealChoices seals;
    private final SigningDrafts drafts;
    private final DocumentSigning signing;

    SigningJobs(PdfSealing sealing, SealChoices seals, SigningDrafts drafts, DocumentSigning signing) {
        this.sealing = sealing;
        this.seals = seals;
        this.drafts = drafts;
        this.signing = signing;
    }

    /** What a job is now: waiting for authorization, signed, or its scan-to-sign denied or expired (PIN still open). */
    public enum Status { PENDING, SIGNED, DENIED, EXPIRED }

    /** A job as its creator reads it. */
    public record Job(UUID id, Status status, @Nullable String qrUrl, @Nullable UUID sealId, String fileName,
            int page, double x, double y, @Nullable Instant signedAt) {
    }

    /**
     * A new job: {@code page} counted from 1, {@code x}/{@code y} the seal's top-left corner as fractions (0 to 1) of
     * the page's width and height from its top-left corner. Each bad field is refused by its name.
     */
    public Job create(Caller caller, @Nullable String fileName, byte[] pdf, @Nullable String sealId,
            @Nullable Integer page, @Nullable Double x, @Nullable Double y) {
        PdfFiles.check(pdf);
        SealChoices.SealChoice seal = seal(caller, sealId);
        // pages count from 1 here; a page below 1 is out of range (a negative index would mean the last page)
        int index = page == null ? 0 : page < 1 ? Integer.MAX_VALUE : page - 1;
        Placement placement = new Placement(index, fraction("x", x, 0.62), fraction("y", y, 0.70));
        PdfSealing.pageIndex(pdf, placement);
        UUID id = sealing.upload(caller, fileName, pdf);
        try {
            DocumentSigning.Pending pending = sealing.startScan(caller, id, seal.key(), placement);
            drafts.qrUrl(id, pending.qrUrl());
        } catch (DocumentSigning.Refused e) {
            throw refusal(e, caller, seal.credentialId());
        }
        return read(caller, id);
    }

    /** The job; while it waits for the phone, asking also seals it once the holder approved. */
    public Job read(Caller caller, UUID id) {
        job(caller, id);
        Status status = Status.PENDING;
        try {
            sealing.pollScan(caller, id);
        } catch (DocumentSigning.Refused e) {
            status = switch (e.error()) {
                case "access_denied" -> Status.DENIED;
                case "expired_token" -> Status.EXPIRED;
                default -> Status.PENDING;
            };
        }
        return view(sealing.draft(caller, id), status);
    }

    /** Signs the job with the signing PIN (the seal and place chosen at its start). */
    public Job authorize(Caller caller, UUID id, @Nullable String pin) {
        SigningDrafts.Draft draft = job(caller, id);
        try {
            sealing.signChosenWithPin(caller, id, pin);
        } catch (DocumentSigning.Refused e) {
            throw refusal(e, caller, Objects.requireNonNull(draft.credentialId()));
        }
        return view(sealing.draft(caller, id), Status.SIGNED);
    }

    /** The signed PDF; 409 while the job is not signed. */
    public PdfSealing.SignedFile document(Caller caller, UUID id) {
        return sealing.signed(caller, read(caller, id).id()).orElseThrow(() -> new ConflictException(
                "seals.job.unsigned", "signing job " + id + " is not signed yet"));
    }

    private SigningDrafts.Draft job(Caller caller, UUID id) {
        SigningDrafts.Draft draft = sealing.draft(caller, id);
        if (draft.placement() == null || draft.credentialId() == null) {
            // a draft of the sealing page that never started scan-to-sign is no job
            throw new NotFoundException("signing job", id);
        }
        return draft;
    }

    private SealChoices.SealChoice seal(Caller caller, @Nullable String sealId) {
        if (sealId == null || sealId.isBlank()) {
            throw InvalidInputException.of("sealId", "required", "validation.seals.sign.seal", "sealId");
        }
        String key = sealId.strip();
        // a seal record's id only: a credential's serial is the CSC API's name, not this API's
        if (key.length() != 36) {
            throw unknownSeal();
        }
        return seals.choice(caller, key).filter(s -> s.sealId() != null).orElseThrow(SigningJobs::unknownSeal);
    }

    private static InvalidInputException unknownSeal() {
        return InvalidInputException.of("sealId", "unknown", "validation.seals.job.seal", "sealId");
    }

    private static double fraction(String field, @Nullable Double value, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw InvalidInputException.of(field, "range", "validation.seals.job.fraction", field);
        }
        return value;
    }

    private RuntimeException refusal(DocumentSigning.Refused e, Caller caller, String credentialId) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ("invalid_authentication_data".equals(e.error())) {
            int left = signing.credential(caller, credentialId).retriesLeft();
            return InvalidInputException.of("pin", "wrong", "validation.seals.job.wrongPin", "pin", left);
        }
        if (message.contains("locked")) {
            return InvalidInputException.of("pin", "locked", "validation.seals.job.locked", "pin");
        }
        if (message.contains("not activated")) {
            return InvalidInputException.of("sealId", "inactive", "validation.seals.job.inactive", "sealId");
        }
        return new ConflictException("seals.job.refused", message, message);
    }

    private static Job view(SigningDrafts.Draft draft, Status status) {
        Placement placement = Objects.requireNonNull(draft.placement());
        Status now = draft.signed() != null ? Status.SIGNED : status == Status.SIGNED ? Status.PENDING : status;
        return new Job(draft.id(), now, now == Status.PENDING ? draft.qrUrl() : null, draft.sealId(),
                draft.fileName(), placement.page() + 1, placement.left(), placement.top(), draft.signedAt());
    }
}
