package com.certhall.applications.web;

import com.certhall.shared.FieldMessages;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refusal into a wizard page: {@code errors} maps each bad field to its localized message (shown next to the
 * field, the typed values stay in the form); {@code alert} holds a refusal that names no field.
 */
@Component("applicationPageErrors")
class PageErrors {

    private final MessageSource messages;
    private final FieldMessages labels;

    PageErrors(MessageSource messages, FieldMessages labels) {
        this.messages = messages;
        this.labels = labels;
    }

    void show(ProblemException e, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), fieldMessage(v, locale));
        }
        model.addAttribute("errors", errors);
        if (errors.isEmpty() || e.status() != 400) {
            model.addAttribute("alert", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
    }

    static void none(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    String fieldMessage(FieldViolation v, Locale locale) {
        return labels.message(v, locale, "applications");
    }

}
