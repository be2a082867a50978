package com.certhall.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Identity checks a channel may allow. Organisation methods are either the corporate micro-deposit or a check of
 * the legal representative (BJCA-QH / BJCA); handlers and persons prove themselves by telecom 3-factor, bank card
 * 4-factor or face liveness.
 */
public enum VerificationMethod {
    MICRO_DEPOSIT(Set.of(VerificationParty.ORGANIZATION)),
    LEGAL_REP_TELECOM_3F(Set.of(VerificationParty.ORGANIZATION)),
    LEGAL_REP_BANKCARD_4F(Set.of(VerificationParty.ORGANIZATION)),
    LEGAL_REP_FACE(Set.of(VerificationParty.ORGANIZATION)),
    TELECOM_3F(Set.of(VerificationParty.HANDLER, VerificationParty.PERSON)),
    BANKCARD_4F(Set.of(VerificationParty.HANDLER, VerificationParty.PERSON)),
    FACE(Set.of(VerificationParty.HANDLER, VerificationParty.PERSON));

    private final Set<VerificationParty> parties;

    VerificationMethod(Set<VerificationParty> parties) {
        this.parties = parties;
    }

    public boolean appliesTo(VerificationParty party) {
        return parties.contains(party);
    }

    /**
     * Maps the party and method names of the HTTP contract ({@code LEGAL_REP} + {@code TELECOM_3F}) onto the
     * catalog's (ORGANIZATION, {@link #LEGAL_REP_TELECOM_3F}); empty when the pair means nothing.
     */
    public static Optional<Choice> fromApi(String party, String method) {
        try {
            String p = party.trim().toUpperCase(Locale.ROOT);
            VerificationMethod m = valueOf(("LEGAL_REP".equals(p) ? "LEGAL_REP_" : "") + method.trim().toUpperCase(Locale.ROOT));
            VerificationParty vp = "LEGAL_REP".equals(p) ? VerificationParty.ORGANIZATION : VerificationParty.valueOf(p);
            return m.appliesTo(vp) ? Optional.of(new Choice(vp, m)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A method chosen for a party. */
    public record Choice(VerificationParty party, VerificationMethod method) {
    }
}
