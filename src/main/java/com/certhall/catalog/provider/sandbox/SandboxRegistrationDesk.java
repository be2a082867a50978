package com.certhall.catalog.provider.sandbox;

import com.certhall.catalog.domain.ChannelAdministration;
import com.certhall.catalog.domain.StoredChannel;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Uscc;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Registers organisations with the simulated partner registries, for the sandbox page and its JSON API. */
@Component
@Profile("sandbox")
class SandboxRegistrationDesk {

    private final SandboxRegistrations registrations;
    private final ChannelAdministration channels;

    SandboxRegistrationDesk(SandboxRegistrations registrations, ChannelAdministration channels) {
        this.registrations = registrations;
        this.channels = channels;
    }

    SandboxRegistrations.Registration register(SandboxRegistryPages.RegistrationForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String reg = InputHygiene.compact(form.getRegistry());
        if (!knownRegistries().containsKey(reg)) {
            errors.add(FieldViolation.of("registry", "unknown", "catalog.sandbox.registry.unknown", "registry"));
        }
        Uscc uscc = errors.check(() -> Uscc.parse("uscc", form.getUscc()));
        String name = InputHygiene.tidy(form.getOrganizationName());
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldViolation.of("organizationName", "required", "validation.required", "organizationName"));
        }
        errors.throwIfAny();
        if (!registrations.add(reg, uscc.value(), name)) {
            throw new ConflictException("catalog.sandbox.registration.exists", "already registered: " + uscc, "");
        }
        return registrations.all().stream().filter(r -> r.registry().equals(reg) && r.uscc().equals(uscc.value()))
                .findFirst().orElseThrow();
    }

    /** Registry id → display name, from the channels that have a prerequisite. */
    Map<String, String> knownRegistries() {
        Map<String, String> out = new TreeMap<>();
        for (StoredChannel c : channels.all()) {
            String id = c.settings().prerequisiteRegistry();
            if (id != null) {
                out.put(id, c.settings().prerequisiteName() == null ? id : c.settings().prerequisiteName());
            }
        }
        return out;
    }
}
