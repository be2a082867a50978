package com.certhall.shared;

import java.util.List;
import java.util.Locale;

/**
 * The two languages CertHall speaks, Chinese first: every page, document and message is written in one of them, and
 * anything else a browser or a partner asks for is answered in Chinese, except English in any of its variants.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Languages() {
    }

    /** The supported language closest to {@code requested}. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    /** The supported language of a stored language tag ({@link Locale#toLanguageTag()}); Chinese when unknown. */
    public static Locale of(String tag) {
        return tag == null ? Locale.SIMPLIFIED_CHINESE : supported(Locale.forLanguageTag(tag));
    }
}
