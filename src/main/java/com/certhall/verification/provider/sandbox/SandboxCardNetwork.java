package com.certhall.verification.provider.sandbox;

import com.certhall.shared.BankCardNumber;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.verification.provider.BankCardVerifier;
import com.certhall.verification.provider.IdentityMatch;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The card network's 4-factor check against the issuing banks' records. */
@Component
@Profile("sandbox")
class SandboxCardNetwork implements BankCardVerifier {

    private final SandboxIdentities identities;
    private final SandboxServices services;

    SandboxCardNetwork(SandboxIdentities identities, SandboxServices services) {
        this.identities = identities;
        this.services = services;
    }

    @Override
    public IdentityMatch check(String name, ResidentIdNumber idNumber, BankCardNumber card, MobileNumber mobile) {
        services.call(SandboxServices.Service.CARD_NETWORK);
        return identities.cardMatches(card.value(), name, idNumber.value(), mobile.value()) ? IdentityMatch.ok()
                : IdentityMatch.refused("MISMATCH");
    }
}
