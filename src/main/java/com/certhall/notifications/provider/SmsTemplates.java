package com.certhall.notifications.provider;

import com.certhall.notifications.SmsDeliveryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the provider template registered for one of the platform's templates. Keys are compared without case and
 * punctuation, so {@code code.LOGIN}, {@code [code.LOGIN]} and {@code code-login} in a configuration file name the
 * same template (Spring binds map keys from YAML and from the environment differently).
 */
public final class SmsTemplates {

    private SmsTemplates() {
    }

    /**
     * @param id     the provider's template id (Aliyun {@code SMS_…}, Tencent Cloud a number)
     * @param params the names of its variables in the order of the platform's arguments (Aliyun only; Tencent Cloud
     *               templates are positional, {@code {1}}, {@code {2}} …)
     */
    public record Template(String id, List<String> params) {

        public Template {
            params = params == null ? List.of() : List.copyOf(params);
        }
    }

    /**
     * The registered template for {@code name}, else the catch-all template (one variable holding the whole text),
     * else a final refusal: a provider never gets a message it has no approved template for.
     */
    public static Resolved resolve(Map<String, Template> templates, Template fallback, String name) {
        Optional<Template> registered = templates.entrySet().stream()
                .filter(entry -> key(entry.getKey()).equals(key(name))).map(Map.Entry::getValue).findFirst();
        if (registered.isPresent()) {
            return new Resolved(registered.get(), false);
        }
        if (fallback != null && fallback.id() != null && !fallback.id().isBlank()) {
            return new Resolved(fallback, true);
        }
        throw new SmsDeliveryException("TEMPLATE_NOT_CONFIGURED",
                "no provider template is configured for " + name + " (docs/configuration.md, \"SMS provider\")", false);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A template to use; {@code wholeText} when it is the catch-all one that takes the rendered text. */
    public record Resolved(Template template, boolean wholeText) {
    }
}
