package com.certhall.web;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page shows a refusal it caught. Field labels are looked up under the page's module
 * ({@code field.<module>.<path>} first), as the API's problem details do. Refusals a page does not catch show the
 * error page ({@link PageExceptionHandler}).
 */
@Component
public class PageErrors {

    private final FieldMessages messages;

    PageErrors(FieldMessages messages) {
        this.messages = messages;
    }

    /**
     * Puts a refusal into a page model: {@code errors} maps each bad field to its message (shown next to the field,
     * the typed values stay in the form); {@code alert} holds the message of a refusal that names no field.
     */
    public void show(ProblemException e, Model model, Locale locale, String module) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), messages.message(v, locale, module));
        }
        model.addAttribute("errors", errors);
        if (errors.isEmpty() || e.status() != 400) {
            model.addAttribute("alert", messages.message(e, locale));
        }
    }

    /** An empty {@code errors} map for a page shown without a refusal. */
    public static void none(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /**
     * A refusal as sentences for a page that shows it in one place (a flash alert, a list): one per bad field with
     * the field named by its label, or the refusal's own message when it names no field.
     */
    public List<String> sentences(ProblemException e, Locale locale, String module) {
        if (e.violations().isEmpty()) {
            return List.of(messages.message(e, locale));
        }
        return e.violations().stream().map(v -> messages.message(v, locale, module)).toList();
    }

    /**
     * Runs a staff decision taken on a list page and flashes its outcome to the page it goes back to: {@code done}
     * holds the message under {@code doneKey}; a refusal is caught and {@code error} holds its sentences.
     *
     * @return the redirect to {@code back}
     */
    public String decide(RedirectAttributes flash, Locale locale, String module, String doneKey, String back,
            Runnable decision) {
        try {
            decision.run();
            flash.addFlashAttribute("done", messages.text(doneKey, locale));
        } catch (ProblemException e) {
            flash.addFlashAttribute("error", String.join(" ", sentences(e, locale, module)));
        }
        return "redirect:" + back;
    }

    /** The message of one bad field, its label looked up under the module. */
    public String fieldMessage(FieldViolation v, Locale locale, String module) {
        return messages.message(v, locale, module);
    }

    /** The message of a refusal itself (its key and arguments). */
    public String message(ProblemException e, Locale locale) {
        return messages.message(e, locale);
    }

    /**
     * Binds every violation of a refused Spring form onto its binding result, so each message shows next to its
     * field; labels are looked up as {@code field.<form>.<path>} first, e.g. {@code field.channel.name}.
     */
    public void bind(InvalidInputException e, BindingResult result, String form, Locale locale) {
        for (FieldViolation v : e.violations()) {
            // no message codes: the message is already resolved with the field's label as its first argument
            result.addError(new FieldError(result.getObjectName(), v.field(), null, false, null, null,
                    messages.message(v, locale, form)));
        }
    }
}
