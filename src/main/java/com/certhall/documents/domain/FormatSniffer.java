package com.certhall.documents.domain;

import com.certhall.documents.DocumentFormat;
import java.util.Optional;

/** Recognises a format by its magic bytes; the file name and the browser's content type are never trusted. */
final class FormatSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] BMP = {'B', 'M'};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};

    private FormatSniffer() {
    }

    static Optional<DocumentFormat> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentFormat.JPEG);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentFormat.PNG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(DocumentFormat.GIF);
        }
        // "BM" alone is two printable letters; a real BMP header is 14 bytes and its pixel offset lies inside the file
        if (startsWith(content, BMP) && content.length >= 26 && bmpOffsetFits(content)) {
            return Optional.of(DocumentFormat.BMP);
        }
        return Optional.empty();
    }

    private static boolean bmpOffsetFits(byte[] content) {
        long offset = (content[10] & 0xFFL) | (content[11] & 0xFFL) << 8 | (content[12] & 0xFFL) << 16
                | (content[13] & 0xFFL) << 24;
        return offset >= 26 && offset <= content.length;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
