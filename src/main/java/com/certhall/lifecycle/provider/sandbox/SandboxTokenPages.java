package com.certhall.lifecycle.provider.sandbox;

import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sandbox UKEY's page, standing in for the token tool a holder runs on his computer: enter the PIN, read the
 * unblock challenge, type the CA's response code with a new PIN.
 */
@Controller
@Profile("sandbox")
class SandboxTokenPages {

    private final SandboxTokens tokens;
    private final PageErrors errors;

    SandboxTokenPages(SandboxTokens tokens, PageErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @GetMapping("/sandbox/tokens/{tokenSerial}")
    String page(@PathVariable String tokenSerial, Model model) {
        return render(tokenSerial, model, null);
    }

    @PostMapping("/sandbox/tokens/{tokenSerial}/pin")
    String pin(@PathVariable String tokenSerial, @RequestParam(required = false) String pin, Model model,
            Locale locale) {
        try {
            int before = tokens.state(tokenSerial).pinRetriesLeft();
            SandboxTokens.TokenState after = tokens.checkPin(tokenSerial, pin);
            return render(tokenSerial, model, after.locked() ? "lifecycle.token.nowLocked"
                    : after.pinRetriesLeft() < before ? "lifecycle.token.wrongPin" : "lifecycle.token.pinOk");
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            return render(tokenSerial, model, null);
        }
    }

    @PostMapping("/sandbox/tokens/{tokenSerial}/challenge")
    String challenge(@PathVariable String tokenSerial, Model model) {
        tokens.challenge(tokenSerial);
        return render(tokenSerial, model, null);
    }

    @PostMapping("/sandbox/tokens/{tokenSerial}/unlock")
    String unlock(@PathVariable String tokenSerial, @RequestParam(required = false) String responseCode,
            @RequestParam(required = false) String newPin, Model model, Locale locale) {
        try {
            tokens.unblock(tokenSerial, responseCode, newPin);
            return render(tokenSerial, model, "lifecycle.token.unlocked");
        } catch (ProblemException e) {
            errors.show(e, model, locale, "lifecycle");
            model.addAttribute("responseCode", responseCode);
            return render(tokenSerial, model, null);
        }
    }

    private String render(String tokenSerial, Model model, String notice) {
        PageErrors.none(model);
        model.addAttribute("token", tokens.state(tokenSerial));
        model.addAttribute("notice", notice);
        model.addAttribute("maxRetries", tokens.maxRetries());
        return "lifecycle/sandbox-token";
    }
}
