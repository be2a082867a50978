package com.certhall.notifications.provider;

import com.certhall.notifications.provider.SmsTemplates.Template;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** What every template provider's settings hold (docs/configuration.md, "SMS provider"). */
public interface TemplateSmsSettings {

    /** The API root. */
    URI endpoint();

    /** Connect and read timeout. */
    Duration timeout();

    /** Platform template name → approved template. */
    Map<String, Template> templates();

    /** A template with one parameter that takes the whole text, for names not in {@link #templates()}. */
    Template defaultTemplate();

    /** The approved template that sends the platform's template {@code name} ({@link SmsTemplates#resolve}). */
    default SmsTemplates.Resolved template(String name) {
        return SmsTemplates.resolve(templates(), defaultTemplate(), name);
    }
}
