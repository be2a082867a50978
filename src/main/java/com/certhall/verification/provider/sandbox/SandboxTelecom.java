package com.certhall.verification.provider.sandbox;

import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.verification.provider.IdentityMatch;
import com.certhall.verification.provider.TelecomVerifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The carriers' real-name register: the mobile must be registered to exactly this name and ID number. */
@Component
@Profile("sandbox")
class SandboxTelecom implements TelecomVerifier {

    private final SandboxIdentities identities;
    private final SandboxServices services;

    SandboxTelecom(SandboxIdentities identities, SandboxServices services) {
        this.identities = identities;
        this.services = services;
    }

    @Override
    public IdentityMatch check(String name, ResidentIdNumber idNumber, MobileNumber mobile) {
        services.call(SandboxServices.Service.TELECOM);
        return identities.personMatches(name, idNumber.value(), mobile.value()) ? IdentityMatch.ok()
                : IdentityMatch.refused("MISMATCH");
    }
}
