package com.certhall.web;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Who the bearer token of an API request belongs to. The accounts module issues the tokens and answers; the API's
 * security filter chain only installs the answer, so the shell needs to know nothing of accounts.
 */
public interface ApiTokens {

    /**
     * The authentication of a live token's owner, its principal a {@code shared.Caller}; empty for unknown, expired or
     * revoked tokens.
     */
    Optional<Authentication> authenticate(String bearerToken);
}
