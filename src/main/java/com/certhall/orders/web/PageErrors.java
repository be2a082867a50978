package com.certhall.orders.web;

import com.certhall.shared.FieldMessages;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refusal into a wizard page: field messages next to the fields, an alert for a refusal that names none. The work is done by {@link FieldMessages#showOnPage}, with labels looked up under this module.
 */
@Component("applicationPageErrors")
class PageErrors {

    private final FieldMessages labels;

    PageErrors(FieldMessages labels) {
        this.labels = labels;
    }

    void show(ProblemException e, Model model, Locale locale) {
        labels.showOnPage(e, model, locale, "orders");
    }

    static void none(Model model) {
        FieldMessages.noErrorsOnPage(model);
    }

    String fieldMessage(FieldViolation v, Locale locale) {
        return labels.message(v, locale, "orders");
    }
}
