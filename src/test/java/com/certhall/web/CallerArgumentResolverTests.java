package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import java.lang.reflect.Method;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/** A handler's {@link Caller} parameter is the signed-in principal; without one it is null only where declared so. */
class CallerArgumentResolverTests {

    final CallerArgumentResolver resolver = new CallerArgumentResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void resolvesTheSignedInCaller() throws Exception {
        Caller applicant = new TestCaller(UUID.randomUUID(), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(applicant, null, java.util.List.of()));

        assertThat(resolver.supportsParameter(parameter("required"))).isTrue();
        assertThat(resolver.resolveArgument(parameter("required"), null, null, null)).isSameAs(applicant);
        assertThat(applicant.applicantId()).isEqualTo(applicant.id());
    }

    @Test
    void anAnonymousRequestIsNotFoundUnlessTheParameterIsNullable() throws Exception {
        assertThatThrownBy(() -> resolver.resolveArgument(parameter("required"), null, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(resolver.resolveArgument(parameter("optional"), null, null, null)).isNull();
    }

    @Test
    void leavesOtherParametersToSpring() throws Exception {
        assertThat(resolver.supportsParameter(parameter("annotated"))).isFalse();
        assertThat(resolver.supportsParameter(parameter("text"))).isFalse();
    }

    @Test
    void aStaffCallerHasNoApplicantId() {
        Caller staff = new TestCaller(UUID.randomUUID(), false);
        assertThatThrownBy(staff::applicantId).isInstanceOf(NotFoundException.class);
    }

    private static MethodParameter parameter(String method) throws NoSuchMethodException {
        for (Method m : Handlers.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                return new MethodParameter(m, 0);
            }
        }
        throw new NoSuchMethodException(method);
    }

    @SuppressWarnings("unused")
    static final class Handlers {
        void required(Caller caller) {
        }

        void optional(@Nullable Caller caller) {
        }

        void annotated(@AuthenticationPrincipal Caller caller) {
        }

        void text(String text) {
        }
    }

    record TestCaller(UUID id, boolean isApplicant) implements Caller {
        @Override
        public String auditActor() {
            return (isApplicant ? "applicant:" : "staff:") + id;
        }
    }
}
