package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.PartnerClients;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Channel admins create and revoke the partner clients of a channel (docs/signing.md, "Partners"). */
@RestController
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN', 'ADMIN')")
class PartnerClientsAdminApi {

    private final PartnerClients partners;

    PartnerClientsAdminApi(PartnerClients partners) {
        this.partners = partners;
    }

    record NewClientRequest(@Nullable String channelCode, @Nullable String name, @Nullable List<String> scopes) {
    }

    @Schema(description = "A new partner client; the secret is shown this once and stored only as a hash.")
    record NewClientResponse(UUID clientId, String clientSecret, String channelCode, String name, Set<String> scopes) {

        @Override
        public String toString() {
            return "NewClientResponse[" + clientId + "]";
        }
    }

    @PostMapping("/api/v1/admin/partner-clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a partner client of a channel (OAuth 2.0 client credentials for the CSC API)")
    NewClientResponse create(@RequestBody NewClientRequest request, Caller caller) {
        PartnerClients.NewClient c = partners.create(request.channelCode(), request.name(), request.scopes(),
                caller.auditActor());
        return new NewClientResponse(c.clientId(), c.secret(), c.channel(), c.name(), c.scopes());
    }

    @DeleteMapping("/api/v1/admin/partner-clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a partner client; its tokens stop at once")
    void revoke(@PathVariable UUID clientId) {
        partners.revoke(clientId);
    }
}
