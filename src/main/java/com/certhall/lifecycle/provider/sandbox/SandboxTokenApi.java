package com.certhall.lifecycle.provider.sandbox;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox UKEY for scripts and tests (docs/api.md, "Sandbox"): what the token tells, PIN checks, a challenge,
 * the unblock with the CA's response code, and a signature with the token's key (proof of possession).
 */
@RestController
@Profile("sandbox")
class SandboxTokenApi {

    private final SandboxTokens tokens;

    SandboxTokenApi(SandboxTokens tokens) {
        this.tokens = tokens;
    }

    record PinBody(String pin) {
    }

    record UnblockBody(String responseCode, String newPin) {
    }

    record SignBody(@Nullable String challenge, @Nullable String pin) {

        @Override
        public String toString() {
            return "SignBody[]";
        }
    }

    @GetMapping("/sandbox/api/tokens/{tokenSerial}")
    @Operation(summary = "Sandbox UKEY: PIN tries left, locked, the live challenge")
    SandboxTokens.TokenState get(@PathVariable String tokenSerial) {
        return tokens.state(tokenSerial);
    }

    @PostMapping("/sandbox/api/tokens/{tokenSerial}/pin-checks")
    @Operation(summary = "Sandbox UKEY: verifies the user PIN (a wrong one costs a try; the last locks the token)")
    SandboxTokens.TokenState pin(@PathVariable String tokenSerial, @RequestBody PinBody body) {
        return tokens.checkPin(tokenSerial, body.pin());
    }

    @PostMapping("/sandbox/api/tokens/{tokenSerial}/challenge")
    @Operation(summary = "Sandbox UKEY: a new unblock challenge (16 hex digits, 10 minutes, one attempt)")
    SandboxTokens.TokenState challenge(@PathVariable String tokenSerial) {
        return tokens.challenge(tokenSerial);
    }

    @PostMapping("/sandbox/api/tokens/{tokenSerial}/unlock")
    @Operation(summary = "Sandbox UKEY: unblocks with the CA's response code and sets a new PIN")
    SandboxTokens.TokenState unlock(@PathVariable String tokenSerial, @RequestBody UnblockBody body) {
        return tokens.unblock(tokenSerial, body.responseCode(), body.newPin());
    }

    @PostMapping("/sandbox/api/tokens/{tokenSerial}/signatures")
    @Operation(summary = "Sandbox UKEY: signs the challenge (its UTF-8 bytes) with the token's key under the PIN "
            + "(proof of possession; a wrong PIN costs a try)")
    SandboxTokens.TokenSignature sign(@PathVariable String tokenSerial, @RequestBody SignBody body) {
        String challenge = body.challenge() == null || body.challenge().isBlank() ? null : body.challenge();
        return tokens.sign(tokenSerial, challenge == null ? null : challenge.getBytes(StandardCharsets.UTF_8),
                "challenge", body.pin());
    }
}
