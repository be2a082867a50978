package com.certhall.accounts.sessions;

import com.certhall.accounts.AuthenticatedUser;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the browser sessions of an account when its credentials change (docs/security.md, "Accounts"): the sessions
 * live in the database (Spring Session JDBC), indexed by the principal's name. A session is ended only when the
 * signed-in principal in it is that very account (an applicant and a staff member may share a name); the session
 * of the request that made the change stays, so the person who changed the password goes on. An adapter over the
 * HTTP session store, outside {@code domain}, which knows nothing of the web.
 */
@Component
public class BrowserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    BrowserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the principal but the current request's; returns how many ended. */
    public int endAll(AuthenticatedUser.Kind kind, UUID principalId, String principalName) {
        String current = currentSessionId();
        int ended = 0;
        for (var entry : sessions.findByPrincipalName(principalName).entrySet()) {
            if (entry.getKey().equals(current) || !belongsTo(entry.getValue(), kind, principalId)) {
                continue;
            }
            sessions.deleteById(entry.getKey());
            ended++;
        }
        return ended;
    }

    private static boolean belongsTo(Session session, AuthenticatedUser.Kind kind, UUID principalId) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context instanceof SecurityContext c ? c.getAuthentication() : null;
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                && user.kind() == kind && user.id().equals(principalId);
    }

    private static @Nullable String currentSessionId() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        return session == null ? null : session.getId();
    }
}
