package com.certhall.catalog.provider.sandbox;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/POST /sandbox/api/registrations}: the simulated partner registry for scripts and tests. */
@RestController
@Profile("sandbox")
class SandboxRegistryApi {

    private final SandboxRegistrations registrations;
    private final SandboxRegistry registry;
    private final SandboxRegistrationDesk desk;

    SandboxRegistryApi(SandboxRegistrations registrations, SandboxRegistry registry,
            SandboxRegistrationDesk desk) {
        this.registrations = registrations;
        this.registry = registry;
        this.desk = desk;
    }

    @GetMapping("/sandbox/api/registrations")
    Map<String, Object> list() {
        return Map.of("available", registry.available(), "registrations", registrations.all());
    }

    @PostMapping("/sandbox/api/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    SandboxRegistrations.Registration create(@RequestBody SandboxRegistryPages.RegistrationForm form) {
        return desk.register(form);
    }

    /** {@code {"available": false}} takes the registry down: lookups then fail with "try again later". */
    @PostMapping("/sandbox/api/registrations/availability")
    Map<String, Object> availability(@RequestBody Map<String, Boolean> body) {
        registry.setAvailable(Boolean.TRUE.equals(body.get("available")));
        return Map.of("available", registry.available());
    }
}
