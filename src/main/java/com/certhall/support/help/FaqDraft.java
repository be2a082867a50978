package com.certhall.support.help;

import com.certhall.shared.FreeText;
import com.certhall.shared.InvalidInputException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A question as a channel admin typed it, checked in the constructor: both languages required, the answer at most
 * 2000 characters, and the link a path of this site (never another site: the help centre sends nobody away).
 * Violations name the field with its row, {@code faq[2].answerEn}.
 */
public record FaqDraft(String questionZh, String answerZh, String questionEn, String answerEn, String link) {

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9/_?=&.-]{0,199}");

    public static FaqDraft of(int row, @Nullable String questionZh, @Nullable String answerZh,
            @Nullable String questionEn, @Nullable String answerEn, @Nullable String link) {
        String prefix = "faq[" + row + "].";
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String qz = errors.check(() -> FreeText.required(prefix + "questionZh", questionZh, 200));
        String az = errors.check(() -> FreeText.required(prefix + "answerZh", answerZh, 2000));
        String qe = errors.check(() -> FreeText.required(prefix + "questionEn", questionEn, 200));
        String ae = errors.check(() -> FreeText.required(prefix + "answerEn", answerEn, 2000));
        String path = link == null || link.isBlank() ? "/help" : link.strip();
        if (!PATH.matcher(path).matches() || path.startsWith("//")) {
            errors.add(com.certhall.shared.FieldViolation.of(prefix + "link", "path", "support.validation.link",
                    prefix + "link"));
        }
        errors.throwIfAny();
        return new FaqDraft(qz, az, qe, ae, path);
    }

    /** A row left entirely empty on the form is no question. */
    public static boolean blank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
