package com.certhall.signing.domain;

import com.certhall.shared.Caller;
import java.util.Set;
import java.util.UUID;

/**
 * A partner client authenticated by its access token: a {@link Caller} that owns nothing of its own, with its
 * requests per minute ({@link PartnerRateLimits}).
 */
public record PartnerPrincipal(UUID clientId, String channel, String name, Set<String> scopes, int ratePerMinute)
        implements Caller {

    @Override
    public UUID id() {
        return clientId;
    }

    @Override
    public boolean isApplicant() {
        return false;
    }

    @Override
    public String auditActor() {
        return "partner:" + clientId;
    }

    public SigningCaller signingCaller() {
        return SigningCaller.partner(clientId.toString(), channel, name);
    }
}
