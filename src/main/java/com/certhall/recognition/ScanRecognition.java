package com.certhall.recognition;

/**
 * Reads a scan's fields (docs/recognition.md). Never throws for what the scan contains: a scan that cannot be read
 * is an {@link Unreadable} answer, so a caller's flow goes on as it would without recognition.
 */
public interface ScanRecognition {

    /** Whether an OCR engine is there; when not, every reading is {@code Unreadable(kind, "off")}. */
    boolean enabled();

    /** Reads an uploaded image (JPEG, PNG, BMP, GIF) or PDF (first page) as a scan of {@code kind}. */
    ScanReading read(ScanKind kind, byte[] content);
}
