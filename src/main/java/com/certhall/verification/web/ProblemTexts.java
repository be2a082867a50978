package com.certhall.verification.web;

import com.certhall.shared.ProblemException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal as sentences for a page: one per bad field, the field named by its label ({@code field.<name>}). */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    public static List<String> of(ProblemException e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        if (e.violations().isEmpty()) {
            return List.of(messages.getMessage(e.messageKey(), e.args(), e.getMessage(), locale));
        }
        return e.violations().stream().map(v -> {
            Object[] args = v.args().toArray();
            if (args.length > 0) {
                args[0] = messages.getMessage("field." + v.field(), null, v.field(), locale);
            }
            return messages.getMessage(v.messageKey(), args, v.messageKey(), locale);
        }).toList();
    }
}
