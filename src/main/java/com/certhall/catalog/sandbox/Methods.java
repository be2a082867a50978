package com.certhall.catalog.sandbox;

import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import java.util.Map;
import java.util.Set;

/** Verification methods per party for the demo channels. */
final class Methods {

    private Methods() {
    }

    static Map<VerificationParty, Set<VerificationMethod>> of(Set<VerificationMethod> organization,
            Set<VerificationMethod> handler, Set<VerificationMethod> person) {
        return Map.of(VerificationParty.ORGANIZATION, organization, VerificationParty.HANDLER, handler,
                VerificationParty.PERSON, person);
    }
}
