package com.certhall.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Localized text of a {@link FieldViolation}, for the API's problem details and for error messages next to page
 * fields alike. The field name in a message's first argument becomes its label, looked up as
 * {@code field.<module>.<path>}, then {@code field.<path>}, then {@code field.<last segment>} — so that
 * {@code method} can read 支付方式 in payments and 配送方式 in orders.
 */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(FieldViolation v, Locale locale, String module) {
        Object[] args = v.args().toArray();
        if (args.length > 0 && v.field().equals(args[0])) {
            args[0] = label(v.field(), locale, module);
        }
        return messages.getMessage(v.messageKey(), args, v.messageKey(), locale);
    }

    public String label(String field, Locale locale, String module) {
        String path = field.replaceAll("\\[\\d+]", "");
        String last = path.substring(path.lastIndexOf('.') + 1);
        String label = messages.getMessage("field." + last, null, field, locale);
        label = messages.getMessage("field." + path, null, label, locale);
        if (module != null) {
            label = messages.getMessage("field." + module + "." + path, null, label, locale);
        }
        return label;
    }

    /**
     * Puts a refusal into a page model: {@code errors} maps each bad field to its message (shown next to the field,
     * the typed values stay in the form); {@code alert} holds the message of a refusal that names no field.
     */
    public void showOnPage(ProblemException e, org.springframework.ui.Model model, Locale locale, String module) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), message(v, locale, module));
        }
        model.addAttribute("errors", errors);
        if (errors.isEmpty() || e.status() != 400) {
            model.addAttribute("alert", message(e, locale));
        }
    }

    /** An empty {@code errors} map for a page shown without a refusal. */
    public static void noErrorsOnPage(org.springframework.ui.Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
    }

    /**
     * A refusal as sentences for a page that shows it in one place (a flash alert, a list): one per bad field with
     * the field named by its label, or the refusal's own message when it names no field.
     */
    public java.util.List<String> sentences(ProblemException e, Locale locale, String module) {
        if (e.violations().isEmpty()) {
            return java.util.List.of(message(e, locale));
        }
        return e.violations().stream().map(v -> message(v, locale, module)).toList();
    }

    /** The message of a refusal itself (its key and arguments). */
    public String message(ProblemException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }
}
