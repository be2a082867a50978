package com.certhall.verification.web;

import com.certhall.shared.FieldMessages;
import com.certhall.shared.ProblemException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal as sentences for a page: one per bad field, the field named by its label. */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    public static List<String> of(ProblemException e, FieldMessages labels) {
        return labels.sentences(e, LocaleContextHolder.getLocale(), "verification");
    }
}
