package com.certhall.recognition.domain;

import com.certhall.documents.StoredDocument;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.OcrEngine;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.ScanRecognition;
import com.certhall.recognition.Unreadable;
import com.certhall.recognition.persistence.StoredReadings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decode, prepare ({@link ScanPreparation}), ask the engine, parse ({@link IdCardText}, {@link LicenceText}). The
 * first available engine is used; with none, every answer is {@code Unreadable(kind, "off")}. Logs name the kind
 * and the outcome only, never what was read (the readings are personal data).
 */
@Service
public class RecognitionService implements ScanRecognition {

    private static final Logger log = LoggerFactory.getLogger(RecognitionService.class);
    private static final float PDF_DPI = 150f;
    /** Widths the document is scaled to before the engine reads it, the best of those measured (docs/recognition.md). */
    static final int CARD_WIDTH = 1000;
    static final int LICENCE_WIDTH = 2400;

    private final OcrEngine engine;
    private final ScanPreparation preparation = new ScanPreparation();
    private final StoredReadings readings;

    public RecognitionService(List<OcrEngine> engines, StoredReadings readings) {
        this.readings = readings;
        this.engine = engines.stream().filter(OcrEngine::available).findFirst().orElse(null);
        if (engine == null) {
            log.warn("Recognition is off: no OCR engine available; scans are stored and reviewed as before");
        }
    }

    @Override
    public boolean enabled() {
        return engine != null;
    }

    @Override
    public ScanReading read(ScanKind kind, byte[] content) {
        if (engine == null) {
            return new Unreadable(kind, "off");
        }
        long started = System.nanoTime();
        BufferedImage photo = decode(content);
        if (photo == null) {
            return new Unreadable(kind, "format");
        }
        ScanPreparation.Prepared prepared = preparation.prepare(photo,
                kind == ScanKind.BUSINESS_LICENCE ? LICENCE_WIDTH : CARD_WIDTH);
        if (!prepared.hasText()) {
            return new Unreadable(kind, "noText");
        }
        ScanReading reading;
        try {
            reading = switch (kind) {
                case ID_CARD_FRONT -> front(prepared.image());
                case ID_CARD_BACK -> IdCardText.back(engine.text(prepared.image()));
                case BUSINESS_LICENCE -> licence(prepared.image());
            };
        } catch (OcrEngine.OcrFailedException e) {
            log.warn("Recognition of a {} failed: {}", kind, e.getMessage());
            return new Unreadable(kind, "engine");
        }
        log.info("Recognition of a {} (turned {}°): {} in {} ms", kind, prepared.skew(),
                reading instanceof Unreadable u ? "unreadable (" + u.why() + ")" : "read",
                (System.nanoTime() - started) / 1_000_000);
        return reading;
    }

    @Override
    public ScanReading readStored(StoredDocument document, ScanKind kind, Supplier<byte[]> content) {
        if (engine == null) {
            return new Unreadable(kind, "off");
        }
        Optional<ScanReading> kept = readings.find(document.documentId(), document.sha256(), kind);
        if (kept.isPresent()) {
            return kept.get();
        }
        ScanReading reading = read(kind, content.get());
        readings.keep(document.documentId(), document.sha256(), reading);
        return reading;
    }

    /** An ID card front, its name read a second time from a strip of the page (see NameRereading). */
    private ScanReading front(BufferedImage image) {
        OcrEngine.Page page = engine.page(image);
        ScanReading reading = IdCardText.front(page.text());
        if (reading instanceof IdCardFront f && !page.words().isEmpty()) {
            return new IdCardFront(NameRereading.reread(f.name(), image, page.words(), engine, "姓名"), f.sex(),
                    f.ethnicity(), f.birthDate(), f.address(), f.idNumber());
        }
        return reading;
    }

    /** A licence, its legal representative read a second time from a strip of the page (see NameRereading). */
    private ScanReading licence(BufferedImage image) {
        OcrEngine.Page page = engine.page(image);
        ScanReading reading = LicenceText.read(page.text());
        if (reading instanceof LicenceReading l && !page.words().isEmpty()) {
            String legalRep = NameRereading.reread(l.legalRep(), image, page.words(), engine, "代表人", "负责人",
                    "经营者");
            return new LicenceReading(l.uscc(), l.name(), legalRep, l.address());
        }
        return reading;
    }

    private static BufferedImage decode(byte[] content) {
        try {
            if (content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                    && content[3] == 'F') {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    return pdf.getNumberOfPages() == 0 ? null
                            : new PDFRenderer(pdf).renderImageWithDPI(0, PDF_DPI, ImageType.RGB);
                }
            }
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
