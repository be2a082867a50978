package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * The sandbox's simulated banks and SMS never run inside production, and the public sandbox (inbox, captcha answers,
 * staff passwords) only on this machine's loopback and an embedded database unless switched on on purpose.
 */
class ProfileGuardTests {

    @Test
    void sandboxTogetherWithProdIsRefused() {
        MockEnvironment env = trial();
        env.setActiveProfiles("prod", "sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox");
        env.setProperty(ProfileGuard.ENABLED, "true");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void eitherAloneStarts() {
        MockEnvironment prod = new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/certhall");
        prod.setActiveProfiles("prod");
        assertThatCode(() -> new ProfileGuard(prod).afterPropertiesSet()).doesNotThrowAnyException();
        MockEnvironment sandbox = trial();
        sandbox.setActiveProfiles("sandbox");
        assertThatCode(() -> new ProfileGuard(sandbox).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void theTrialOnLoopbackWithH2StartsAsTheDefaultProfile() {
        MockEnvironment env = trial().withProperty("server.address", "::1");
        env.setDefaultProfiles("sandbox");
        assertThatCode(() -> new ProfileGuard(env).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aPublicAddressRefusesTheSandboxAndSaysWhy() {
        MockEnvironment env = trial().withProperty("server.address", "0.0.0.0");
        env.setDefaultProfiles("sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .hasMessageContaining("server.address=0.0.0.0 is not a loopback address")
                .hasMessageContaining("--spring.profiles.active=prod")
                .hasMessageContaining("certhall.sandbox.enabled=true");
    }

    @Test
    void noAddressMeansEveryInterfaceAndIsRefused() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
        env.setDefaultProfiles("sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .hasMessageContaining("every network interface");
    }

    @Test
    void postgresqlRefusesTheSandboxWithoutShowingCredentials() {
        MockEnvironment env = trial().withProperty("spring.datasource.url",
                "jdbc:postgresql://127.0.0.1:5432/certhall?user=ca&password=secret-pw");
        env.setActiveProfiles("sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .hasMessageContaining("spring.datasource.url points at PostgreSQL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-pw"));
    }

    @Test
    void explicitlyEnabledRunsTheSandboxThereOnPurpose() {
        MockEnvironment env = trial().withProperty("server.address", "0.0.0.0")
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/ci")
                .withProperty(ProfileGuard.ENABLED, "true");
        env.setActiveProfiles("sandbox");
        assertThatCode(() -> new ProfileGuard(env).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void explicitlyDisabledWhileTheSandboxIsActiveIsRefused() {
        MockEnvironment env = trial().withProperty(ProfileGuard.ENABLED, "false");
        env.setDefaultProfiles("sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .hasMessageContaining("certhall.sandbox.enabled=false");
    }

    @Test
    void aRefusedSandboxStopsTheContextBeforeAnyOtherBeanIsMade() {
        new ApplicationContextRunner()
                .withPropertyValues("spring.profiles.active=sandbox", "server.address=192.0.2.10")
                .withUserConfiguration(ProfileGuard.class)
                .withBean("sandboxInbox", StringBuilder.class, () -> {
                    throw new AssertionError("a sandbox bean was made before the guard refused");
                })
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage(rootMessage(context.getStartupFailure())));
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        assertThat(t).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server.address=192.0.2.10 is not a loopback address");
        return t.getMessage();
    }

    private static MockEnvironment trial() {
        return new MockEnvironment().withProperty("server.address", "127.0.0.1")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/db/certhall;MODE=PostgreSQL");
    }
}
