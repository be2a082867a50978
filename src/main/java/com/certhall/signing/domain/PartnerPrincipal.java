package com.certhall.signing.domain;

import com.certhall.shared.Caller;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner client authenticated by its access token: a {@link Caller} that owns nothing of its own, with its
 * requests per minute ({@link PartnerRateLimits}) and whether it has a webhook (null when not read), both read with
 * its token.
 */
public record PartnerPrincipal(UUID clientId, String channel, String name, Set<String> scopes, int ratePerMinute,
        @Nullable Boolean webhook) implements Caller {

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
        return webhook == null ? SigningCaller.partner(clientId.toString(), channel, name)
                : SigningCaller.partner(clientId.toString(), channel, name, webhook);
    }
}
