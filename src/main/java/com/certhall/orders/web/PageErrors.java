package com.certhall.orders.web;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The order pages' shorthand for {@link com.certhall.web.PageErrors} with labels looked up under this module. To be
 * replaced by direct calls when the order pages are reshaped.
 */
@Component("applicationPageErrors")
class PageErrors {

    private final com.certhall.web.PageErrors errors;

    PageErrors(com.certhall.web.PageErrors errors) {
        this.errors = errors;
    }

    void show(ProblemException e, Model model, Locale locale) {
        errors.show(e, model, locale, "orders");
    }

    static void none(Model model) {
        com.certhall.web.PageErrors.none(model);
    }

    String fieldMessage(FieldViolation v, Locale locale) {
        return errors.fieldMessage(v, locale, "orders");
    }
}
