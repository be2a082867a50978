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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seal administration for the organisation's administrator (docs/seals.md "Administration", BJCA manual §7):
 * memberships, seal users (telecom 3-factor) and grants; the hand-over of the role is {@link SealHandOverApi}.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class SealAdministrationApi {

    private static final String BASE = "/api/v1/seals/organisations";

    private final SealAdministration administration;

    SealAdministrationApi(SealAdministration administration) {
        this.administration = administration;
    }

    /** A new seal user: name, resident ID number and mobile, checked with the carrier. */
    record NewUser(@Nullable String name, @Nullable String idNumber, @Nullable String mobile) {
    }

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The organisations where the signed-in applicant is seal administrator or seal user")
    List<SealMember> memberships(Caller caller) {
        return administration.memberships(caller.applicantId());
    }

    @GetMapping(path = BASE + "/{uscc}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The administrator and seal users of an organisation (administrator only)")
    List<SealMember> members(@PathVariable String uscc, Caller caller) {
        return administration.members(caller.applicantId(), uscc);
    }

    @PostMapping(path = BASE + "/{uscc}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a seal user after the carrier's 3-factor check of name, ID number and mobile")
    SealMember add(@PathVariable String uscc, @RequestBody NewUser body, Caller caller) {
        return administration.addUser(caller.applicantId(), uscc, body.name(), body.idNumber(), body.mobile(),
                caller.auditActor());
    }

    @DeleteMapping(BASE + "/{uscc}/members/{member}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a seal user and his grants")
    void remove(@PathVariable String uscc, @PathVariable UUID member, Caller caller) {
        administration.removeUser(caller.applicantId(), uscc, member, caller.auditActor());
    }

    @PutMapping(BASE + "/{uscc}/members/{member}/seals/{seal}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lets the user use the seal")
    void grant(@PathVariable String uscc, @PathVariable UUID member, @PathVariable UUID seal, Caller caller) {
        administration.grant(caller.applicantId(), uscc, member, seal, true, caller.auditActor());
    }

    @DeleteMapping(BASE + "/{uscc}/members/{member}/seals/{seal}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stops the user from using the seal")
    void revoke(@PathVariable String uscc, @PathVariable UUID member, @PathVariable UUID seal, Caller caller) {
        administration.grant(caller.applicantId(), uscc, member, seal, false, caller.auditActor());
    }
}
