package com.certhall.accounts.web;

import com.certhall.shared.FieldMessages;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refusal into an account page: field messages next to the fields, an alert for a refusal that names none. The work is done by {@link FieldMessages#showOnPage}, with labels looked up under this module.
 */
@Component
class FormErrors {

    private final FieldMessages labels;

    FormErrors(FieldMessages labels) {
        this.labels = labels;
    }

    void show(ProblemException e, Model model, Locale locale) {
        labels.showOnPage(e, model, locale, "accounts");
    }

    static void none(Model model) {
        FieldMessages.noErrorsOnPage(model);
    }
}
