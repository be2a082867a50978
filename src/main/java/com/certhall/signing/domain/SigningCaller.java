package com.certhall.signing.domain;

import com.certhall.shared.Caller;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who calls the CSC API: a holder with their own token ({@code account} set) or a channel's partner client
 * ({@code channel} set, {@code partnerName} to show the holder who asks; {@code webhook} whether it has a webhook
 * when its token's check read that, else null).
 */
public record SigningCaller(String actor, @Nullable UUID account, @Nullable String channel,
        @Nullable String partnerName, @Nullable Boolean webhook) {

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
        return new SigningCaller(actor, account, null, null, false);
    }

    /** A partner client; whether it has a webhook is not known (asked when it signs). */
    public static SigningCaller partner(String clientId, String channel, String name) {
        return new SigningCaller("partner:" + clientId, null, channel, name, null);
    }

    /** A partner client and whether it has a webhook, as read with its token on this request. */
    public static SigningCaller partner(String clientId, String channel, String name, boolean webhook) {
        return new SigningCaller("partner:" + clientId, null, channel, name, webhook);
    }

    public boolean isPartner() {
        return channel != null;
    }
}
