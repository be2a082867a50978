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

    private static final String NEXT = SessionSignIn.class.getName() + ".next";
    private static final java.util.regex.Pattern LOCAL_PAGE = java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%-]*");

    /** Remembers a page of this site ({@code /apply/x/start}) to go to after the login; anything else is ignored. */
    static void rememberNext(HttpServletRequest request, @org.jspecify.annotations.Nullable String next) {
        if (next != null && next.length() <= 200 && LOCAL_PAGE.matcher(next).matches()) {
            request.getSession(true).setAttribute(NEXT, next);
        }
    }

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
        Object next = request.getSession().getAttribute(NEXT);
        if (next instanceof String page && user.isApplicant()) {
            request.getSession().removeAttribute(NEXT);
            requests.removeRequest(request, response);
            return page;
        }
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
