package com.certhall.seals.pdf;

import com.certhall.pki.CadesSignatures;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.signing.DocumentSigning;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Sealing a PDF (docs/seals.md "Signing PDFs"): the holder's upload kept as a draft until signed, the seal's
 * credential authorized by its signing PIN or by scan-to-sign through {@link DocumentSigning} (the SAD bound to the
 * digest of the uploaded file), then PAdES B-LT by {@link PadesSigner}. Partners reach {@link #signDocument} through
 * CSC {@code signatures/signDoc} with the SAD they got from {@code credentials/authorize}. Refusals of the signing
 * service stay {@link DocumentSigning.Refused} for the caller to word.
 */
@Service
public class PdfSealing {

    private static final Duration DRAFT_LIFETIME = Duration.ofDays(1);
    private static final float PREVIEW_DPI = 96;

    private final SigningDrafts drafts;
    private final SealChoices seals;
    private final DocumentSigning signing;
    private final CadesSignatures cades;
    private final PadesSigner pades;
    private final Clock clock;

    PdfSealing(SigningDrafts drafts, SealChoices seals, DocumentSigning signing, CadesSignatures cades,
            PadesSigner pades, Clock clock) {
        this.drafts = drafts;
        this.seals = seals;
        this.signing = signing;
        this.cades = cades;
        this.pades = pades;
        this.clock = clock;
    }

    /** A draft as the page shows it: each page's width and height in points, and whether it is signed. */
    public record DraftView(UUID id, String fileName, List<float[]> pages, boolean signed, boolean scanning) {
    }

    /** A document a partner sent: signed with the seal of the credential, the SAD covering its digest. */
    public byte[] signDocument(Caller caller, String credentialId, String sad, byte[] pdf, Placement placement) {
        return sign(caller, seal(caller, credentialId), pdf, placement, digest -> sad);
    }

    public UUID upload(Caller caller, @Nullable String fileName, byte[] pdf) {
        try (PDDocument ignored = PdfFiles.load(pdf)) {
            UUID id = UUID.randomUUID();
            drafts.purge(caller.applicantId(), clock.instant().minus(DRAFT_LIFETIME));
            String name = fileName == null || fileName.isBlank() ? "document.pdf" : fileName.strip();
            drafts.insert(id, caller.applicantId(), name.length() > 200 ? name.substring(name.length() - 200) : name,
                    pdf, clock.instant());
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DraftView view(Caller caller, UUID id) {
        SigningDrafts.Draft draft = draft(caller, id);
        try (PDDocument document = PdfFiles.load(draft.content())) {
            List<float[]> pages = new ArrayList<>();
            document.getPages().forEach(p -> {
                PDRectangle box = p.getCropBox();
                pages.add(new float[] {box.getWidth(), box.getHeight()});
            });
            return new DraftView(id, draft.fileName(), pages, draft.signed() != null, draft.handle() != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of the draft as a PNG for placing the seal. */
    public byte[] preview(Caller caller, UUID id, int page) {
        try (PDDocument document = PdfFiles.load(draft(caller, id).content())) {
            if (page < 0 || page >= document.getNumberOfPages()) {
                throw new NotFoundException("page", Integer.toString(page));
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, PREVIEW_DPI);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs the draft after the PIN authorized it; a wrong PIN is refused as the field {@code pin}. */
    public void signWithPin(Caller caller, UUID id, @Nullable String seal, Placement placement, @Nullable String pin) {
        SigningDrafts.Draft draft = draft(caller, id);
        SealChoices.SealChoice choice = seal(caller, seal);
        pageIndex(draft.content(), placement);
        if (pin == null || pin.isBlank()) {
            throw InvalidInputException.of("pin", "required", "validation.seals.pin.required", "pin");
        }
        byte[] signed = sign(caller, choice, draft.content(), placement, digest -> signing.authorize(caller,
                choice.credentialId(), digest, description(draft), pin.strip()));
        drafts.signed(id, signed, clock.instant());
    }

    /** Signs the draft with the seal and place chosen when its scan-to-sign started, authorized by the PIN. */
    public void signChosenWithPin(Caller caller, UUID id, @Nullable String pin) {
        SigningDrafts.Draft draft = draft(caller, id);
        if (draft.signed() != null) {
            throw new com.certhall.shared.ConflictException("seals.job.signed", "signing job " + id + " is signed");
        }
        signWithPin(caller, id, chosenKey(draft), java.util.Objects.requireNonNull(draft.placement()), pin);
    }

    /** Starts scan-to-sign for the draft: the link the holder's phone opens (shown as a QR code). */
    public DocumentSigning.Pending startScan(Caller caller, UUID id, @Nullable String seal, Placement placement) {
        SigningDrafts.Draft draft = draft(caller, id);
        SealChoices.SealChoice choice = seal(caller, seal);
        pageIndex(draft.content(), placement);
        DocumentSigning.Pending pending = signing.start(caller, choice.credentialId(), digest(choice,
                draft.content()), description(draft));
        drafts.scanning(id, choice.credentialId(), choice.sealId(), placement, pending.handle());
        return pending;
    }

    /** Polls scan-to-sign: true once the holder approved and the draft is signed, false while pending. */
    public boolean pollScan(Caller caller, UUID id) {
        SigningDrafts.Draft draft = draft(caller, id);
        if (draft.signed() != null) {
            return true;
        }
        if (draft.handle() == null || draft.credentialId() == null || draft.placement() == null) {
            throw InvalidInputException.of("seal", "required", "validation.seals.sign.noScan", "seal");
        }
        Optional<String> sad = signing.check(caller, draft.handle());
        if (sad.isEmpty()) {
            return false;
        }
        byte[] signed = sign(caller, seal(caller, chosenKey(draft)), draft.content(), draft.placement(),
                digest -> sad.get());
        drafts.signed(id, signed, clock.instant());
        return true;
    }

    /** The signed PDF of a draft and its file name. */
    public Optional<SignedFile> signed(Caller caller, UUID id) {
        SigningDrafts.Draft draft = draft(caller, id);
        return Optional.ofNullable(draft.signed()).map(b -> new SignedFile(signedName(draft.fileName()), b));
    }

    /** A signed file to download. */
    public record SignedFile(String fileName, byte[] content) {
    }

    private interface SadSource {
        String sad(byte[] documentDigest);
    }

    private byte[] sign(Caller caller, SealChoices.SealChoice seal, byte[] pdf, Placement placement,
            SadSource sadSource) {
        String credentialId = seal.credentialId();
        DocumentSigning.Credential credential = signing.credential(caller, credentialId);
        byte[] digest = digest(seal, pdf);
        String sad = sadSource.sad(digest);
        List<byte[]> certificates = new ArrayList<>();
        certificates.add(credential.certificate());
        certificates.addAll(credential.chain());
        return pades.sign(pdf, placement, seal.image(), seal.kind(), "电子签章 / Seal",
                new PadesSigner.Signer(credential.algorithm(), certificates, seal.name(),
                        hash -> signing.sign(caller, credentialId, sad, digest, hash)));
    }

    private byte[] digest(SealChoices.SealChoice seal, byte[] pdf) {
        try {
            return cades.digest(seal.algorithm(), new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SealChoices.SealChoice seal(Caller caller, @Nullable String credentialId) {
        if (credentialId == null || credentialId.isBlank()) {
            throw InvalidInputException.of("seal", "required", "validation.seals.sign.seal", "seal");
        }
        return seals.choice(caller, credentialId)
                .orElseThrow(() -> InvalidInputException.of("seal", "unknown", "validation.seals.sign.seal", "seal"));
    }

    /** The 0-based page of the placement in this PDF, refused as the field {@code page} when it has no such page. */
    static int pageIndex(byte[] pdf, Placement placement) {
        try (PDDocument document = PdfFiles.load(pdf)) {
            return PadesSigner.pageIndex(document, placement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String chosenKey(SigningDrafts.Draft draft) {
        return draft.sealId() != null ? draft.sealId().toString()
                : java.util.Objects.requireNonNull(draft.credentialId());
    }

    SigningDrafts.Draft draft(Caller caller, UUID id) {
        return drafts.find(id, caller.applicantId()).orElseThrow(() -> new NotFoundException("draft", id.toString()));
    }

    private static String description(SigningDrafts.Draft draft) {
        return "PDF: " + draft.fileName();
    }

    private static String signedName(String fileName) {
        String base = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        return base + "-signed.pdf";
    }
}
