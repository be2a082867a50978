package com.certhall.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC Regular (SIL OFL 1.1, {@code fonts/OFL.txt}), shipped in the jar so that generated documents (forms,
 * the sandbox's invoices) render the same on any machine without a font package.
 */
public final class BundledFont {

    /** Where the TrueType file sits on the class path. */
    public static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private BundledFont() {
    }

    /** The TrueType bytes; a jar without the font fails here, at start-up of the bean that reads it. */
    public static byte[] bytes() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
