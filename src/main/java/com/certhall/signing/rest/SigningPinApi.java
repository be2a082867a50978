package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.shared.PageOf;
import com.certhall.signing.domain.SignatureLog;
import com.certhall.signing.domain.SigningPins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holder's signing PIN and signature log over REST (docs/signing.md, "Activation and PIN reset"): the state of a
 * cloud credential, an SMS code, activation with a PIN the holder sets, a reset with a new identity check, the log.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SigningPinApi {

    private final SigningPins pins;
    private final SignatureLog log;

    SigningPinApi(SigningPins pins, SignatureLog log) {
        this.pins = pins;
        this.log = log;
    }

    @Schema(description = "Activation: the SMS code and the PIN twice. Reset: also the handler's ID number.")
    record PinRequest(@Nullable String smsCode, @Nullable String idNumber, @Nullable String pin,
            @Nullable String pinAgain) {

        @Override
        public String toString() {
            return "PinRequest[]";
        }
    }

    @Schema(description = "A page of the signature log, newest first.")
    record LogPage(List<SignatureLog.Entry> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/signing/credentials/{serial}/pin")
    @Operation(summary = "Whether a cloud credential is activated, locked, and how many PIN tries are left")
    SigningPins.State state(@PathVariable String serial, Caller caller) {
        return pins.state(caller.applicantId(), serial);
    }

    @PostMapping("/api/v1/signing/credentials/{serial}/pin/sms-code")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send an SMS code to the mobile verified with the order (activation or reset)")
    SigningPins.CodeSent code(@PathVariable String serial, Caller caller, Locale locale) {
        return pins.sendCode(caller.applicantId(), serial, locale);
    }

    @PostMapping("/api/v1/certificates/{serial}/activation-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the activation SMS code to the certificate's verified mobile (docs/api.md)")
    SigningPins.CodeSent activationCode(@PathVariable String serial, Caller caller, Locale locale) {
        return pins.sendCode(caller.applicantId(), serial, locale);
    }

    @PostMapping({"/api/v1/signing/credentials/{serial}/activation", "/api/v1/certificates/{serial}/activation"})
    @Operation(summary = "Activate: set the first signing PIN (6 digits, not trivial) with the SMS code; "
            + "pinAgain, when sent, must repeat pin")
    SigningPins.State activate(@PathVariable String serial, @RequestBody PinRequest request, Caller caller) {
        // a partner system sends {smsCode, pin} (docs/api.md); the repeated PIN is a form's typing check
        String again = request.pinAgain() == null ? request.pin() : request.pinAgain();
        pins.activate(caller.applicantId(), serial, request.smsCode(), request.pin(), again);
        return pins.state(caller.applicantId(), serial);
    }

    @PostMapping("/api/v1/signing/credentials/{serial}/pin-reset")
    @Operation(summary = "Reset a forgotten or locked PIN: SMS code, the handler's ID number and a new PIN")
    SigningPins.State reset(@PathVariable String serial, @RequestBody PinRequest request, Caller caller) {
        pins.reset(caller.applicantId(), serial, request.smsCode(), request.idNumber(), request.pin(),
                request.pinAgain());
        return pins.state(caller.applicantId(), serial);
    }

    @GetMapping("/api/v1/signing/log")
    @Operation(summary = "The holder's signature log (签名记录), 20 a page, newest first")
    LogPage log(@RequestParam(required = false) @Nullable Integer page, Caller caller) {
        PageOf<SignatureLog.Entry> p = log.page(caller.applicantId(), page);
        return new LogPage(p.items(), p.page(), p.size(), p.total());
    }

    @GetMapping("/api/v1/certificates/{serial}/signatures")
    @Operation(summary = "One cloud certificate's signature log, 20 a page, newest first")
    LogPage signatures(@PathVariable String serial, @RequestParam(required = false) @Nullable Integer page,
            Caller caller) {
        PageOf<SignatureLog.Entry> p = log.pageOf(caller.applicantId(), serial, page);
        return new LogPage(p.items(), p.page(), p.size(), p.total());
    }
}
