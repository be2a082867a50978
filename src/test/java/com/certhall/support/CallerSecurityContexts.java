package com.certhall.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.certhall.accounts.AuthenticatedUser;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Security contexts holding {@link AuthenticatedUser} principals, as the real login and bearer filter make them. */
public final class CallerSecurityContexts {

    private CallerSecurityContexts() {
    }

    public static SecurityContext of(AuthenticatedUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return context;
    }

    /** A MockMvc request of the applicant with this account, signed in as the real login signs him in. */
    public static RequestPostProcessor applicant(UUID account) {
        return authentication(of(AuthenticatedUser.applicant(account, "applicant")).getAuthentication());
    }

    static final class Applicant implements WithSecurityContextFactory<AsApplicant> {
        @Override
        public SecurityContext createSecurityContext(AsApplicant annotation) {
            return of(AuthenticatedUser.applicant(UUID.fromString(annotation.value()), annotation.loginName()));
        }
    }

    static final class Staff implements WithSecurityContextFactory<AsStaff> {
        @Override
        public SecurityContext createSecurityContext(AsStaff annotation) {
            return of(AuthenticatedUser.staff(UUID.nameUUIDFromBytes(annotation.value().getBytes()), annotation.value(),
                    EnumSet.copyOf(List.of(annotation.roles()))));
        }
    }
}
