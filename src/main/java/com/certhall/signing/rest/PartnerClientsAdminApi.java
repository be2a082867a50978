package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.PartnerWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Channel admins create and revoke the partner clients of a channel (docs/signing.md, "Partners"). */
@RestController
@PreAuthorize("hasAnyRole('CHANNEL_ADMIN', 'ADMIN')")
class PartnerClientsAdminApi {

    private final PartnerClients partners;
    private final PartnerWebhooks webhooks;

    PartnerClientsAdminApi(PartnerClients partners, PartnerWebhooks webhooks) {
        this.partners = partners;
        this.webhooks = webhooks;
    }

    record NewClientRequest(@Nullable String channelCode, @Nullable String name, @Nullable List<String> scopes,
            @Schema(description = "Requests a minute the client may make (1–6000, default 120); more answer 429.")
            @Nullable Integer ratePerMinute) {
    }

    record WebhookRequest(@Schema(description = "The partner's https (or http) URL that receives signed callbacks.")
            @Nullable String url) {
    }

    @Schema(description = "The webhook; the secret that keys its HMAC-SHA256 signatures is shown this once.")
    record WebhookResponse(String url, String signingSecret) {

        @Override
        public String toString() {
            return "WebhookResponse[" + url + "]";
        }
    }

    @Schema(description = "Webhook calls of a client, newest first.")
    record Deliveries(List<PartnerWebhooks.Delivery> deliveries) {
    }

    @Schema(description = "A new partner client; the secret is shown this once and stored only as a hash.")
    record NewClientResponse(UUID clientId, String clientSecret, String channelCode, String name, Set<String> scopes,
            int ratePerMinute) {

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
                request.ratePerMinute(), caller.auditActor());
        return new NewClientResponse(c.clientId(), c.secret(), c.channel(), c.name(), c.scopes(), c.ratePerMinute());
    }

    @DeleteMapping("/api/v1/admin/partner-clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a partner client; its tokens stop at once")
    void revoke(@PathVariable UUID clientId, Caller caller) {
        partners.revoke(clientId, caller.auditActor());
    }

    record RateRequest(@Schema(description = "Requests a minute the client may make (1–6000).")
            @Nullable Integer ratePerMinute) {
    }

    @Schema(description = "A client's new secret, shown this once; the old one and its tokens stopped.")
    record SecretResponse(UUID clientId, String clientSecret) {

        @Override
        public String toString() {
            return "SecretResponse[" + clientId + "]";
        }
    }

    @PostMapping("/api/v1/admin/partner-clients/{clientId}/secret")
    @Operation(summary = "Rotate a partner client's secret; answers the new one, shown once")
    SecretResponse rotate(@PathVariable UUID clientId, Caller caller) {
        return new SecretResponse(clientId, partners.rotateSecret(clientId, caller.auditActor()));
    }

    @PutMapping("/api/v1/admin/partner-clients/{clientId}/rate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a partner client's requests per minute")
    void rate(@PathVariable UUID clientId, @RequestBody RateRequest request, Caller caller) {
        partners.setRate(clientId, request.ratePerMinute(), caller.auditActor());
    }

    @PutMapping("/api/v1/admin/partner-clients/{clientId}/webhook")
    @Operation(summary = "Set a partner client's webhook URL; answers a new signing secret, shown once")
    WebhookResponse webhook(@PathVariable UUID clientId, @RequestBody WebhookRequest request, Caller caller) {
        PartnerWebhooks.Webhook hook = webhooks.configure(clientId, request.url(), caller.auditActor());
        return new WebhookResponse(hook.url(), hook.secret());
    }

    @GetMapping("/api/v1/admin/partner-clients/{clientId}/webhook/deliveries")
    @Operation(summary = "The webhook calls of a partner client: status, attempts, next attempt, last error")
    Deliveries deliveries(@PathVariable UUID clientId) {
        return new Deliveries(webhooks.deliveries(clientId));
    }
}
