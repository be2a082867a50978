package com.certhall.recognition;

import com.certhall.documents.StoredDocument;
import java.util.function.Supplier;

/**
 * Reads a scan's fields (docs/recognition.md). Never throws for what the scan contains: a scan that cannot be read
 * is an {@link Unreadable} answer, so a caller's flow goes on as it would without recognition.
 */
public interface ScanRecognition {

    /** Whether an OCR engine is there; when not, every reading is {@code Unreadable(kind, "off")}. */
    boolean enabled();

    /** Reads an uploaded image (JPEG, PNG, BMP, GIF) or PDF (first page) as a scan of {@code kind}. */
    ScanReading read(ScanKind kind, byte[] content);

    /**
     * The reading of a stored scan: made once, kept sealed with the document's content hash, and given back from
     * then on without OCR (docs/recognition.md, "Stored readings"). {@code content} is only fetched when the scan
     * has not been read yet.
     */
    ScanReading readStored(StoredDocument document, ScanKind kind, Supplier<byte[]> content);
}
