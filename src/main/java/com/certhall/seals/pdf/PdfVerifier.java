package com.certhall.seals.pdf;

import com.certhall.pki.CadesSignatures;
import com.certhall.pki.CadesSignatures.SignerStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 验章/验签 (docs/seals.md "Verifying"): every signature field of a PDF with its signer, seal image, time
 * (time-stamped or claimed), whether the document changed after it was signed, and the signer's certificate status
 * now and when signed, by {@link CadesSignatures#verify}. A signature whose byte range ends before the file does is
 * followed by later revisions: they are compared page by page with the signed revision, so that validation data and
 * later signatures (ISO 32000-2 §12.8.2.2, DocMDP's allowed additions) are told from changed pages.
 */
@Component
public class PdfVerifier {

    private final CadesSignatures cades;

    PdfVerifier(CadesSignatures cades) {
        this.cades = cades;
    }

    /** What changed after signing: nothing, only signatures or validation data added, or the pages. */
    public enum Changes { NONE, ADDITIONS, MODIFIED }

    /** One signature as the verification page shows it. */
    public record SignatureReport(String field, @Nullable String name, @Nullable String signer,
            @Nullable String serialHex, @Nullable String issuer, @Nullable String algorithm, String subFilter,
            @Nullable Instant claimedTime, @Nullable Instant timestamp, boolean timestampValid,
            boolean coversWholeDocument, Changes changes, boolean valid, boolean digestMatches,
            boolean signatureValid, boolean issuedHere, SignerStatus statusNow, @Nullable SignerStatus statusAtSigning,
            @Nullable Integer page, byte @Nullable [] sealPng, @Nullable String problem) {
    }

    /** All signatures of a PDF and whether it carries validation data for offline checks (a DSS). */
    public record Report(List<SignatureReport> signatures, boolean validationData) {
    }

    public Report verify(byte[] pdf) {
        List<SignatureReport> reports = new ArrayList<>();
        try (PDDocument document = PdfFiles.load(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    reports.add(readable(document, field, signature, pdf));
                }
            }
            boolean dss = document.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("DSS"));
            return new Report(reports, dss);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SignatureReport readable(PDDocument document, PDSignatureField field, PDSignature signature, byte[] pdf) {
        try {
            return report(document, field, signature, pdf);
        } catch (IOException | RuntimeException e) {
            // a damaged signature dictionary is a finding about this signature, not a failure of the whole check
            return new SignatureReport(field.getFullyQualifiedName(), signature.getName(), null, null, null, null,
                    String.valueOf(signature.getSubFilter()), null, null, false, false, Changes.MODIFIED, false,
                    false, false, false, SignerStatus.UNKNOWN, null, null, null, "unreadable");
        }
    }

    private SignatureReport report(PDDocument document, PDSignatureField field, PDSignature signature, byte[] pdf)
            throws IOException {
        String subFilter = signature.getSubFilter() == null ? "" : signature.getSubFilter();
        Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        PDAnnotationWidget widget = field.getWidgets().isEmpty() ? null : field.getWidgets().get(0);
        Integer page = widget == null || widget.getPage() == null ? null
                : document.getPages().indexOf(widget.getPage()) + 1;
        byte[] seal = widget == null ? null : seal(widget);
        String name = signature.getName();
        boolean rangeSound = range.length == 4 && range[0] == 0 && range[1] >= 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length;
        if (!rangeSound || !(subFilter.equals("ETSI.CAdES.detached") || subFilter.equals("adbe.pkcs7.detached"))) {
            return new SignatureReport(field.getFullyQualifiedName(), name, null, null, null, null, subFilter,
                    claimed, null, false, false, Changes.MODIFIED, false, false, false, false, SignerStatus.UNKNOWN,
                    null, page == null || page == 0 ? null : page, seal, rangeSound ? "subFilter" : "byteRange");
        }
        int end = range[2] + range[3];
        boolean whole = end == pdf.length;
        Changes changes = whole ? Changes.NONE : compare(Arrays.copyOf(pdf, end), document);
        CadesSignatures.Verified v = cades.verify(signature.getContents(pdf), signature.getSignedContent(pdf),
                claimed);
        return new SignatureReport(field.getFullyQualifiedName(), name, v.signerSubject(), v.signerSerialHex(),
                v.issuerSubject(), v.algorithm(), subFilter, claimed, v.timestamp(), v.timestampValid(), whole,
                changes, v.valid() && changes != Changes.MODIFIED, v.digestMatches(), v.signatureValid(),
                v.issuedHere(), v.statusNow(), v.statusAtSigning(), page == null || page == 0 ? null : page, seal,
                v.problem());
    }

    // The signed revision against the whole file: the same pages with the same content streams, and the same
    // annotations apart from signature widgets.
    private static Changes compare(byte[] revision, PDDocument current) {
        try (PDDocument signed = Loader.loadPDF(revision)) {
            if (signed.getNumberOfPages() != current.getNumberOfPages()) {
                return Changes.MODIFIED;
            }
            for (int i = 0; i < signed.getNumberOfPages(); i++) {
                PDPage before = signed.getPage(i);
                PDPage after = current.getPage(i);
                if (!Arrays.equals(content(before), content(after))
                        || !annotations(before).equals(annotations(after))) {
                    return Changes.MODIFIED;
                }
            }
            return Changes.ADDITIONS;
        } catch (IOException | RuntimeException e) {
            return Changes.MODIFIED;
        }
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static List<String> annotations(PDPage page) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            boolean signatureWidget = a instanceof PDAnnotationWidget
                    && "Sig".equals(a.getCOSObject().getNameAsString(COSName.FT, ""))
                    || a.getCOSObject().getCOSDictionary(COSName.PARENT) != null
                    && "Sig".equals(a.getCOSObject().getCOSDictionary(COSName.PARENT).getNameAsString(COSName.FT));
            if (!signatureWidget) {
                out.add(a.getSubtype() + " " + a.getRectangle() + " " + a.getContents());
            }
        }
        return out;
    }

    private static byte @Nullable [] seal(PDAnnotationWidget widget) {
        try {
            PDAppearanceStream normal = widget.getNormalAppearanceStream();
            BufferedImage image = normal == null ? null : image(normal.getResources(), 0);
            if (image == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable BufferedImage image(@Nullable PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return null;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject picture) {
                return picture.getImage();
            }
            if (x instanceof PDFormXObject form) {
                BufferedImage inner = image(form.getResources(), depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
