package com.certhall.web;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Localized text of a {@link FieldViolation}, for the API's problem details and for error messages next to page
 * fields alike. The field name in a message's first argument becomes its label, looked up as
 * {@code field.<module>.<path>}, then {@code field.<path>}, then {@code field.<last segment>} — so that
 * {@code method} can read 支付方式 in payments and 配送方式 in orders.
 */
@Component
class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    String message(FieldViolation v, Locale locale, @Nullable String module) {
        Object[] args = v.args().toArray();
        if (args.length > 0 && v.field().equals(args[0])) {
            args[0] = label(v.field(), locale, module);
        }
        return messages.getMessage(v.messageKey(), args, v.messageKey(), locale);
    }

    String label(String field, Locale locale, @Nullable String module) {
        String path = field.replaceAll("\\[\\d+]", "");
        String last = path.substring(path.lastIndexOf('.') + 1);
        String label = messages.getMessage("field." + last, null, field, locale);
        label = messages.getMessage("field." + path, null, label, locale);
        if (module != null) {
            label = messages.getMessage("field." + module + "." + path, null, label, locale);
        }
        return label;
    }

    /** A page's own text without arguments, e.g. the message of a decision taken. */
    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The message of a refusal itself (its key and arguments). */
    String message(ProblemException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }
}
