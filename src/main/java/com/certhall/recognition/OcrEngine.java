package com.certhall.recognition;

import java.awt.image.BufferedImage;
import java.util.List;

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

    /**
     * The text of a prepared image as {@link #text} gives it, and its words with their boxes where the engine can
     * tell them (none by default). Recognition cuts a short field out by them and reads it again.
     */
    default Page page(BufferedImage prepared) {
        return new Page(text(prepared), List.of());
    }

    /** The words of an image holding one line of text (a strip cut from a prepared image); none by default. */
    default List<Word> line(BufferedImage strip) {
        return List.of();
    }

    /**
     * The words of strips that each hold one short name (a person's), by strip, read by the engine's model for
     * names where it has one (docs/recognition.md); by default each strip as {@link #line} reads it.
     */
    default List<List<Word>> names(List<BufferedImage> strips) {
        return strips.stream().map(this::line).toList();
    }

    /** A prepared image's text and words. */
    record Page(String text, List<Word> words) {

        public Page {
            words = List.copyOf(words);
        }
    }

    /** A word with its line ({@code line} numbers it within the page), its box in pixels and confidence 0–100. */
    record Word(String text, String line, int x, int y, int width, int height, double confidence) {
    }

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
