package com.certhall.accounts.web;

import com.certhall.accounts.domain.BearerTokens;
import com.certhall.web.ApiTokens;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Answers the API's security filter chain with the signed-in user a bearer token belongs to, and its roles. */
@Component
class BearerAuthentication implements ApiTokens {

    private final BearerTokens tokens;

    BearerAuthentication(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Authentication> authenticate(String bearerToken) {
        return tokens.resolve(bearerToken).map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities()));
    }
}
