package com.certhall.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A {@code GET} of the JSON API that its module answers from what it keeps per node, on the lean path of the API
 * (docs/security.md, "Lean API reads"): before Spring Security's filter chain and Spring MVC, with the caller the
 * bearer token names. A module answers only what it can answer in full, as its controller would; anything else — no
 * caller where one is needed, another account's data, a bad identifier — it leaves to the whole chain, which
 * answers it as it always did (401, 403, 404, problem details).
 */
public interface KeptReads {

    /**
     * The value the controller would return for this path (serialized by the application's JSON mapper), or null
     * to leave the request to the whole chain.
     *
     * @param path the request path below the context path, its characters already checked (letters, digits, "-",
     *     "_", "/"), with no query string
     * @param caller the bearer token's live owner (null without a token or for one not live), checked when first
     *     asked: a read that needs no caller, or a path the module does not answer, costs no token check
     */
    @Nullable Object answer(String path, Supplier<@Nullable Authentication> caller, Locale locale);
}
