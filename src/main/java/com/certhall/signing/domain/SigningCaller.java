package com.certhall.signing.domain;

import com.certhall.shared.Caller;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who calls the CSC API: a holder with their own token ({@code account} set) or a channel's partner client
 * ({@code channel} set, {@code partnerName} to show the holder who asks).
 */
public record SigningCaller(String actor, @Nullable UUID account, @Nullable String channel,
        @Nullable String partnerName) {

    /**
     * As the CSC endpoints take their caller: a holder's session or token, a partner client with scope
     * {@code signing}; anyone else is refused (403).
     */
    public static SigningCaller of(Caller caller) {
        if (caller instanceof PartnerPrincipal partner) {
            if (!partner.scopes().contains("signing")) {
                throw new CscException(403, "insufficient_scope", "The access token lacks scope signing");
            }
            return partner.signingCaller();
        }
        if (caller.isApplicant()) {
            return holder(Objects.requireNonNull(caller.id()), caller.auditActor());
        }
        throw new CscException(403, "access_denied", "Only certificate holders and partner clients sign");
    }

    public static SigningCaller holder(UUID account, String actor) {
        return new SigningCaller(actor, account, null, null);
    }

    public static SigningCaller partner(String clientId, String channel, String name) {
        return new SigningCaller("partner:" + clientId, null, channel, name);
    }

    public boolean isPartner() {
        return channel != null;
    }
}
