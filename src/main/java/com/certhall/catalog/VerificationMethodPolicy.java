package com.certhall.catalog;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which identity checks a channel allows for each party. A method is only allowed for a party it applies to. */
public record VerificationMethodPolicy(Map<VerificationParty, Set<VerificationMethod>> methods) {

    public VerificationMethodPolicy {
        Map<VerificationParty, Set<VerificationMethod>> copy = new EnumMap<>(VerificationParty.class);
        for (VerificationParty party : VerificationParty.values()) {
            Set<VerificationMethod> given = methods.getOrDefault(party, Set.of());
            EnumSet<VerificationMethod> allowed = EnumSet.noneOf(VerificationMethod.class);
            for (VerificationMethod m : given) {
                if (!m.appliesTo(party)) {
                    throw new IllegalArgumentException(m + " does not apply to " + party);
                }
                allowed.add(m);
            }
            copy.put(party, Set.copyOf(allowed));
        }
        methods = Map.copyOf(copy);
    }

    /** The methods allowed for {@code party}, in declaration order. */
    public Set<VerificationMethod> allowed(VerificationParty party) {
        Set<VerificationMethod> allowed = methods.get(party);
        return allowed.isEmpty() ? Set.of() : EnumSet.copyOf(allowed);
    }

    public PolicyDecision check(VerificationParty party, VerificationMethod method) {
        if (!method.appliesTo(party)) {
            return PolicyDecision.Rejection.of("notApplicable", "catalog.verification.notApplicable");
        }
        return methods.get(party).contains(method) ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("notAllowed", "catalog.verification.notAllowed");
    }
}
