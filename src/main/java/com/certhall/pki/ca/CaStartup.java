package com.certhall.pki.ca;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * At start: in the sandbox, creates the CA hierarchies that are missing ({@code certhall.pki.sandbox-algorithms});
 * elsewhere creates nothing (that is the {@code ca init} command's job) and only renews due OCSP signers and time-stamping keys.
 */
@Component
class CaStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaStartup.class);

    private final CaInitializer initializer;
    private final CaRegistry registry;
    private final ServiceKeys serviceKeys;
    private final PkiProperties properties;
    private final Environment environment;

    CaStartup(CaInitializer initializer, CaRegistry registry, PkiProperties properties, Environment environment,
            ServiceKeys serviceKeys) {
        this.initializer = initializer;
        this.serviceKeys = serviceKeys;
        this.registry = registry;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (CaCommand.isCommandLine(environment)) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("sandbox"))) {
            initializer.initialize(properties.sandboxAlgorithms(), properties.keyStore());
        } else {
            initializer.renewOcspSigners();
            serviceKeys.renewServiceKeys();
            if (registry.all().isEmpty()) {
                log.warn("No CA exists. Create them with: java -jar certhall.jar ca init --algorithms=sm2,ecc,rsa");
            }
        }
    }
}
