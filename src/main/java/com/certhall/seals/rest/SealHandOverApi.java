package com.certhall.seals.rest;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.seals.SealAdminTransfer;
import com.certhall.seals.SealMember;
import com.certhall.seals.domain.SealAdminHandOvers;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hand-over of the seal administrator role (docs/seals.md "Administration", BJCA manual §7), under the
 * organisation's administration and as docs/api.md "Seals" names it per enterprise (USCC): started by the
 * administrator, confirmed by the new administrator's SMS code.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SealHandOverApi {

    private static final String BASE = "/api/v1/seals/organisations";
    private static final String TRANSFERS = "/api/v1/enterprises/{uscc}/seal-admin-transfers";

    private final SealAdminHandOvers handOvers;

    SealHandOverApi(SealAdminHandOvers handOvers) {
        this.handOvers = handOvers;
    }

    /** The user who is to become administrator. */
    record TransferRequest(@Nullable UUID memberId) {
    }

    /** The SMS code the new administrator received. */
    record TransferConfirmation(@Nullable String smsCode) {
    }

    /** The seal user who is to become administrator, by his mobile. */
    record TransferStart(@Nullable String mobile) {
    }

    @PostMapping(path = BASE + "/{uscc}/transfer", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts handing the administrator role to a seal user; he receives an SMS code")
    SmsChallengeTicket transfer(@PathVariable String uscc, @RequestBody TransferRequest body, Caller caller,
            Locale locale) {
        if (body.memberId() == null) {
            throw InvalidInputException.of("memberId", "required", "validation.required",
                    "memberId");
        }
        return handOvers.startTransfer(caller.applicantId(), uscc, body.memberId(), locale,
                caller.auditActor());
    }

    @PostMapping(path = BASE + "/{uscc}/transfer/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Completes the hand-over with the new administrator's SMS code")
    SealMember confirm(@PathVariable String uscc, @RequestBody TransferConfirmation body, Caller caller) {
        return handOvers.confirmTransfer(caller.applicantId(), uscc, body.smsCode(), caller.auditActor());
    }

    @PostMapping(path = TRANSFERS, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts handing the administrator role to the seal user with this mobile; he gets an SMS code")
    SealAdminTransfer startTransfer(@PathVariable String uscc, @RequestBody TransferStart body, Caller caller,
            Locale locale) {
        return handOvers.startTransferTo(caller.applicantId(), uscc, body.mobile(), locale, caller.auditActor());
    }

    @PostMapping(path = TRANSFERS + "/{transfer}/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Completes the hand-over with the new administrator's SMS code")
    SealMember confirmTransfer(@PathVariable String uscc, @PathVariable UUID transfer,
            @RequestBody TransferConfirmation body, Caller caller) {
        return handOvers.confirmTransfer(caller.applicantId(), uscc, transfer, body.smsCode(),
                caller.auditActor());
    }
}
