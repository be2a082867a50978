package com.certhall.accounts;

import java.util.Optional;

/** Resolves the opaque bearer tokens of {@code POST /api/v1/tokens}; the security filter chain calls it. */
public interface AccessTokens {

    /** The user a live token belongs to; empty for unknown, expired or revoked tokens. */
    Optional<AuthenticatedUser> resolve(String bearerToken);
}
