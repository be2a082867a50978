package com.certhall.seals.rest;

import com.certhall.seals.SealMember;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seal users as docs/api.md "Seals" names them, per seal: the same administration as
 * {@link SealAdministrationApi}, seen from the seal.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SealUsersApi {

    private static final String USERS = "/api/v1/seals/{id}/users";

    private final SealAdministration administration;

    SealUsersApi(SealAdministration administration) {
        this.administration = administration;
    }

    /** The person to let use the seal; name and ID number are needed only if he is not yet a seal user. */
    record SealUserRequest(@Nullable String name, @Nullable String idNumber, @Nullable String mobile) {
    }

    @GetMapping(path = USERS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The seal users granted the seal (administrator only)")
    List<SealMember> users(@PathVariable UUID id, Caller caller) {
        return administration.sealUsers(caller.applicantId(), id);
    }

    @PostMapping(path = USERS, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lets a person use the seal, adding him as seal user first (carrier 3-factor check)")
    SealMember grant(@PathVariable UUID id, @RequestBody SealUserRequest body, Caller caller) {
        return administration.grantSealUser(caller.applicantId(), id, body.name(), body.idNumber(), body.mobile(),
                caller.auditActor());
    }

    @DeleteMapping(USERS + "/{user}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stops a seal user, by member id or mobile, from using the seal; he stays a seal user")
    void withdraw(@PathVariable UUID id, @PathVariable String user, Caller caller) {
        administration.withdrawSealUser(caller.applicantId(), id, user, caller.auditActor());
    }
}
