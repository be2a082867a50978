package com.certhall.notifications;

import com.certhall.shared.Masking;
import java.util.List;
import java.util.Objects;

/**
 * One text message as the providers that work with registered templates need it: the platform's template name and
 * its arguments in order, beside the rendered text for providers that send free text.
 *
 * @param mobile     the mainland mobile number
 * @param template   the template name ({@code code.LOGIN}, {@code shipment}, …; docs/configuration.md)
 * @param params     the template's arguments in order, as text
 * @param signedText the rendered text with the platform's signature (【…】) in front
 * @param body       the rendered text without the signature: template providers add their registered signature
 */
public record SmsMessage(String mobile, String template, List<String> params, String signedText, String body) {

    public SmsMessage {
        Objects.requireNonNull(mobile);
        Objects.requireNonNull(template);
        params = List.copyOf(params);
        Objects.requireNonNull(signedText);
        Objects.requireNonNull(body);
    }

    /** Arguments and text may hold codes and PINs: only the template name and the number's ends are shown. */
    @Override
    public String toString() {
        return "SmsMessage[template=" + template + ", mobile=" + Masking.mask(mobile, 3, 4) + "]";
    }
}
