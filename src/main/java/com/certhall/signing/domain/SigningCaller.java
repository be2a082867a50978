package com.certhall.signing.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who calls the CSC API: a holder with their own token ({@code account} set) or a channel's partner client
 * ({@code channel} set, {@code partnerName} to show the holder who asks).
 */
public record SigningCaller(String actor, @Nullable UUID account, @Nullable String channel,
        @Nullable String partnerName) {

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
