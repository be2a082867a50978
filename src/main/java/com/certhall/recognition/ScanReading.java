package com.certhall.recognition;

/**
 * What one scan said: the fields of an ID card's front or back or of a business licence, or why nothing could be
 * taken from it. Readings are personal data: their {@code toString} masks names and numbers, and a stored scan's
 * reading is kept sealed (docs/recognition.md, "Stored readings").
 */
public sealed interface ScanReading permits IdCardFront, IdCardBack, LicenceReading, Unreadable {

    ScanKind kind();

    default boolean readable() {
        return !(this instanceof Unreadable);
    }
}
