package com.certhall.recognition;

/**
 * What one scan said: the fields of an ID card's front or back or of a business licence, or why nothing could be
 * taken from it. Readings are personal data: their {@code toString} masks names and numbers, and they are not kept
 * (each reading is made again from the sealed scan when it is needed).
 */
public sealed interface ScanReading permits IdCardFront, IdCardBack, LicenceReading, Unreadable {

    ScanKind kind();

    default boolean readable() {
        return !(this instanceof Unreadable);
    }
}
