package com.certhall.catalog.web;

import com.certhall.shared.InvalidInputException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How a page that edits one part of a channel (identity documents, lifecycle terms, texts) saves: stored, the page
 * again with what was stored and a "saved" notice; refused, the page again as typed with each message next to its
 * field, labelled under this module.
 */
@Component
class ChannelSettingForms {

    private final PageErrors errors;

    ChannelSettingForms(PageErrors errors) {
        this.errors = errors;
    }

    <T> String save(Model model, Locale locale, Supplier<T> store, Function<T, String> stored,
            Supplier<String> typed) {
        try {
            T saved = store.get();
            model.addAttribute("saved", true);
            PageErrors.none(model);
            return stored.apply(saved);
        } catch (InvalidInputException e) {
            errors.show(e, model, locale, "catalog");
            return typed.get();
        }
    }
}
