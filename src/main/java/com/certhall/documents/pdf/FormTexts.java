package com.certhall.documents.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Labels and sentences of the printed forms in one language, from {@code i18n/documents*.properties}. */
final class FormTexts {

    private final MessageSource messages;
    private final Locale locale;

    FormTexts(MessageSource messages, Locale requested) {
        this.messages = messages;
        this.locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    String get(String key, Object... args) {
        return messages.getMessage("documents.form." + key, args, locale);
    }

    /** The translation of a code ({@code UKEY}) under {@code prefix}, or the text itself when it is not a code. */
    String translated(String prefix, String value) {
        return messages.getMessage("documents.form." + prefix + "." + value, null, value, locale);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(get("datePattern"), locale));
    }

    static String yuan(long fen) {
        return String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }

    /** The value, or a dash so an empty cell reads as "not given" rather than "forgotten". */
    static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
