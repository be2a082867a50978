package com.certhall.seals.web;

import com.certhall.shared.Caller;
import com.certhall.signing.DocumentSigning;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The signing service's refusals (CSC error codes, English) in the page's language: a wrong PIN next to the PIN with
 * the tries left, a locked credential, a denied or expired scan-to-sign, anything else as the page's alert.
 */
@Component
class SigningRefusalMessages {

    private final MessageSource messages;
    private final DocumentSigning signing;

    SigningRefusalMessages(MessageSource messages, DocumentSigning signing) {
        this.messages = messages;
        this.signing = signing;
    }

    void show(DocumentSigning.Refused e, Caller caller, @Nullable String credential, Model model, Locale locale) {
        if ("invalid_authentication_data".equals(e.error()) && credential != null) {
            int left = signing.credential(caller, credential).retriesLeft();
            model.addAttribute("errors", Map.of("pin", messages.getMessage("seals.sign.wrongPin",
                    new Object[] {left}, locale)));
            return;
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("alert", sentence(e, locale));
    }

    String sentence(DocumentSigning.Refused e, Locale locale) {
        String key = switch (e.error()) {
            case "access_denied" -> "seals.sign.denied";
            case "expired_token" -> "seals.sign.expired";
            case "invalid_authentication_data" -> "seals.sign.wrongPinShort";
            default -> e.getMessage() != null && e.getMessage().contains("locked") ? "seals.sign.locked"
                    : e.getMessage() != null && e.getMessage().contains("not activated") ? "seals.sign.inactive"
                    : "seals.sign.refused";
        };
        return messages.getMessage(key, new Object[] {e.getMessage()}, locale);
    }
}
