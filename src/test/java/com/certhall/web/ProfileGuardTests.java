package com.certhall.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox's simulated banks and SMS never run inside production. */
class ProfileGuardTests {

    @Test
    void sandboxTogetherWithProdIsRefused() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod", "sandbox");
        assertThatThrownBy(() -> new ProfileGuard(env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox");
    }

    @Test
    void eitherAloneStarts() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatCode(() -> new ProfileGuard(prod).afterPropertiesSet()).doesNotThrowAnyException();
        MockEnvironment sandbox = new MockEnvironment();
        sandbox.setActiveProfiles("sandbox");
        assertThatCode(() -> new ProfileGuard(sandbox).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
