package com.certhall.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a QR code (ZXing) as vector squares, so it stays sharp when printed and scanned from paper. */
final class QrCode {

    private QrCode() {
    }

    /** Draws {@code text} as a QR code of {@code size} points with its lower left corner at (x, y). */
    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = encode(text);
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static BitMatrix encode(String text) {
        try {
            // width 0 asks for the smallest matrix; a one-module quiet zone is added around it
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }
}
