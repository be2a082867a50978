package com.certhall.recognition;

import java.awt.image.BufferedImage;

/**
 * The port to an OCR engine (Tesseract through its command line today; a cloud OCR service could implement it).
 * It gets an image already cropped, upright and binarized, and returns the text line by line.
 */
public interface OcrEngine {

    /** Whether the engine can run on this machine (checked once at start). */
    boolean available();

    /**
     * The text of a prepared image, lines separated by {@code \n}.
     *
     * @throws OcrFailedException when the engine fails or runs out of time
     */
    String text(BufferedImage prepared);

    /** The engine could not give an answer for one image. */
    final class OcrFailedException extends RuntimeException {

        public OcrFailedException(String message, Throwable cause) {
            super(message, cause);
        }

        public OcrFailedException(String message) {
            super(message);
        }
    }
}
