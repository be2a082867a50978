package com.certhall.recognition;

/**
 * Nothing was taken from a scan, and why: {@code off} (no engine), {@code format} (not an image or PDF that can be
 * drawn), {@code noText} (no lines of text found), {@code engine} (the engine failed or timed out),
 * {@code idNumber}/{@code uscc} (no number with a right check character), {@code birthDate} (the printed birth date
 * is missing or is not the one the ID number encodes), {@code fields} (the back's authority or validity not found).
 */
public record Unreadable(ScanKind kind, String why) implements ScanReading {
}
