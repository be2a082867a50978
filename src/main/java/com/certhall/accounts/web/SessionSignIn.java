package com.certhall.accounts.web;

import com.certhall.accounts.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a user into the page session after the accounts services accepted the login: a new session id
 * (session fixation), a new CSRF token, the user stored in the session, and the page asked for before login.
 */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfAuthenticationStrategy csrf =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    /** Returns where to go next: the saved page when it suits the user, else {@code fallback}. */
    String signIn(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response, String fallback) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities());
        request.getSession(true);
        fixation.onAuthentication(authentication, request, response);
        csrf.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (saved == null) {
            return fallback;
        }
        String target = saved.getRedirectUrl();
        boolean adminPage = target.contains("/admin");
        return adminPage == !user.isApplicant() ? target : fallback;
    }
}
