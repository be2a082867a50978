package com.certhall.web;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Refuses to start when the sandbox (simulated banks, SMS, payments) would run inside a production profile. */
@Component
class ProfileGuard implements InitializingBean {

    private final Environment environment;

    ProfileGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("prod")) && environment.acceptsProfiles(Profiles.of("sandbox"))) {
            throw new IllegalStateException("The sandbox profile simulates banks, SMS and payments and must not run "
                    + "together with the prod profile. Remove 'sandbox' from spring.profiles.active.");
        }
    }
}
