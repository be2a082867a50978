package com.certhall.seals.pdf;

import com.certhall.pki.CadesSignatures;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.seals.SealKind;
import com.certhall.shared.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Component;

/**
 * PAdES baseline signatures with PDFBox (docs/seals.md "Signing PDFs"; ETSI EN 319 142-1, ISO 32000-2 §12.8): an
 * incremental revision with a signature field whose appearance is the seal image, {@code /SubFilter
 * /ETSI.CAdES.detached}, {@code /M} the claimed time, the CMS from {@link CadesSignatures} (B-T); then a second
 * revision with the DSS dictionary (B-LT: certificates, OCSP answers, CRLs).
 */
@Component
public class PadesSigner {

    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS: three certificates, the time-stamp token with two more, and slack. */
    private static final int SIGNATURE_SIZE = 24 * 1024;
    private static final double POINTS_PER_MM = 72 / 25.4;

    private final CadesSignatures cades;
    private final Clock clock;

    PadesSigner(CadesSignatures cades, Clock clock) {
        this.cades = cades;
        this.clock = clock;
    }

    /** What signs: the key's algorithm, the certificate and its chain (DER, signer first), and the key's callback. */
    public record Signer(KeyAlgorithm algorithm, List<byte[]> certificates, String name,
            CadesSignatures.HashSigner key) {
    }

    /** The signed PDF (B-LT), or refused as {@code file} when the PDF cannot take a signature. */
    public byte[] sign(byte[] pdf, Placement placement, byte[] sealPng, SealKind kind, String reason, Signer signer) {
        byte[] signed;
        try (PDDocument document = PdfFiles.load(pdf)) {
            int pageIndex = pageIndex(document, placement);
            PDRectangle box = document.getPage(pageIndex).getCropBox();
            float width = (float) (kind.widthMm() * POINTS_PER_MM);
            float height = (float) (kind.heightMm() * POINTS_PER_MM);
            float x = box.getLowerLeftX() + (float) (clamp(placement.left()) * box.getWidth());
            float y = box.getUpperRightY() - (float) (clamp(placement.top()) * box.getHeight()) - height;
            x = Math.min(Math.max(box.getLowerLeftX(), x), box.getUpperRightX() - width);
            y = Math.min(Math.max(box.getLowerLeftY(), y), box.getUpperRightY() - height);
            PDRectangle rect = new PDRectangle(x, y, width, height);

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(signer.name());
            signature.setReason(reason);
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 64 * 1024);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setPage(pageIndex);
                options.setVisualSignature(appearance(document.getPage(pageIndex), rect, sealPng));
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] digest;
                try (InputStream content = external.getContent()) {
                    digest = cades.digest(signer.algorithm(), content);
                }
                external.setSignature(cades.sign(new CadesSignatures.Request(signer.algorithm(), digest,
                        signer.certificates(), true), signer.key()));
            }
            signed = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withValidationData(signed);
    }

    /** The 0-based page the placement names (negative: the last), refused as the field {@code page} otherwise. */
    static int pageIndex(PDDocument document, Placement placement) {
        int pageIndex = placement.page() < 0 ? document.getNumberOfPages() - 1 : placement.page();
        if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
            throw InvalidInputException.of("page", "range", "validation.seals.pdf.page", "page",
                    document.getNumberOfPages());
        }
        return pageIndex;
    }

    /** B-LT: a revision with the DSS dictionary of the last signature's certificates, OCSP answers and CRLs. */
    byte[] withValidationData(byte[] signed) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            byte[] cms = signatures.get(signatures.size() - 1).getContents();
            CadesSignatures.ValidationData data = cades.validationData(cms);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), streams(document, data.certificates()));
            dss.setItem(COSName.getPDFName("OCSPs"), streams(document, data.ocspResponses()));
            dss.setItem(COSName.getPDFName("CRLs"), streams(document, data.crls()));
            dss.setNeedToBeUpdated(true);
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + 32 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSArray streams(PDDocument document, List<byte[]> items) throws IOException {
        COSArray array = new COSArray();
        for (byte[] der : items) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(der);
            }
            stream.setNeedToBeUpdated(true);
            array.add(stream);
        }
        array.setNeedToBeUpdated(true);
        return array;
    }

    // ISO 32000-2 §12.7.5.5: the signature field's widget, its normal appearance the seal image over the rectangle;
    // PDFBox merges this one-page template into the signed revision.
    private static InputStream appearance(PDPage target, PDRectangle rect, byte[] sealPng) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            page.setCropBox(target.getCropBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rect);
            widget.setPrinted(true);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            BufferedImage seal = ImageIO.read(new ByteArrayInputStream(sealPng));
            PDImageXObject image = LosslessFactory.createFromImage(template, seal);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.drawImage(image, 0, 0, rect.getWidth(), rect.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static double clamp(double fraction) {
        return Double.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    }
}
