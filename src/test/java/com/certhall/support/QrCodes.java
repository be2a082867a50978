package com.certhall.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the QR codes the pages show (payment, face check) the way a phone camera would: with ZXing. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The text of the QR code in a PNG (or any image ImageIO reads). */
    public static String decode(byte[] image) {
        try {
            LuminanceSource source = new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(image)));
            Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            // the pages draw the QR without anything around it: a pure barcode first, then a general search
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
            } catch (NotFoundException e) {
                hints.remove(DecodeHintType.PURE_BARCODE);
                return new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints)
                        .getText();
            }
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code in a {@code data:image/png;base64,...} URI (an {@code img src}). */
    public static String decodeDataUri(String dataUri) {
        return decode(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)));
    }
}
