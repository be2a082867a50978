package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.SmsCodeSent;
import com.certhall.lifecycle.UnlockCode;
import com.certhall.lifecycle.UnlockManagement;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * UKEY PIN unlock for holders and the partner systems acting with their token (docs/api.md, "PIN unlock"): an SMS
 * code to the certificate's handler mobile, then the response code for the challenge the token shows.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class UnlockApi {

    private final UnlockManagement unlock;

    UnlockApi(UnlockManagement unlock) {
        this.unlock = unlock;
    }

    record CodeBody(String challenge, String smsCode) {
    }

    record OrderCodeBody(@Nullable String challenge) {
    }

    @PostMapping("/api/v1/certificates/{serial}/unlock-sms")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends the UNLOCK SMS code to the UKEY certificate's handler mobile")
    SmsCodeSent sms(@PathVariable String serial, Caller caller, Locale locale) {
        return unlock.sendSmsCode(serial, caller.applicantId(), locale);
    }

    @PostMapping("/api/v1/certificates/{serial}/unlock-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The one-time response code for the challenge a locked UKEY shows (10 minutes)")
    UnlockCode code(@PathVariable String serial, @RequestBody CodeBody body, Caller caller) {
        return unlock.issue(serial, caller.applicantId(), body.challenge(), body.smsCode());
    }

    @PostMapping("/api/v1/orders/{id}/unlock-code")
    @Operation(summary = "The one-time response code through an approved UNLOCK order (10 minutes; the order is done)")
    UnlockCode orderCode(@PathVariable String id, @RequestBody OrderCodeBody body, Caller caller) {
        return unlock.issueForOrder(ProductionAdminApi.orderId(id), caller.applicantId(), body.challenge(),
                caller.auditActor());
    }
}
