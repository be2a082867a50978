package com.certhall.support.mobile;

import com.certhall.accounts.AuthenticatedUser;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every page session of an applicant (Spring Session keeps them in the database, indexed by principal name).
 * Only sessions whose principal is that very applicant account end: a staff user of the same name keeps his.
 */
@Component
class ApplicantSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    ApplicantSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    int end(UUID accountId, String loginName) {
        int ended = 0;
        for (var entry : sessions.findByPrincipalName(loginName).entrySet()) {
            Object context = entry.getValue()
                    .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                    && sc.getAuthentication().getPrincipal() instanceof AuthenticatedUser user
                    && user.isApplicant() && user.id().equals(accountId)) {
                sessions.deleteById(entry.getKey());
                ended++;
            }
        }
        return ended;
    }
}
