package com.certhall.catalog.web;

import com.certhall.shared.FieldMessages;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the violations of a refused form onto its binding result, localized, so each message shows next to its
 * field. Field labels come from {@code field.<path>} or {@code field.<last segment>}, as in the JSON API.
 */
@Component
public class CatalogFormErrors {

    private final FieldMessages labels;

    CatalogFormErrors(FieldMessages labels) {
        this.labels = labels;
    }

    /** Binds every violation; labels are looked up as {@code field.<form>.<path>} first, e.g. {@code field.channel.name}. */
    public void bind(InvalidInputException e, BindingResult result, String form, Locale locale) {
        for (FieldViolation v : e.violations()) {
            // no message codes: the message is already resolved with the field's label as its first argument
            result.addError(new FieldError(result.getObjectName(), v.field(), null, false, null, null,
                    message(v, form, locale)));
        }
    }

    public String message(FieldViolation v, String form, Locale locale) {
        return labels.message(v, locale, form);
    }

}
