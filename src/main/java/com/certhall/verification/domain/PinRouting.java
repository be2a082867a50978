package com.certhall.verification.domain;

import com.certhall.verification.PartyRole;
import com.certhall.verification.VerificationStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which case decides where an order's certificate PIN goes (BJCA-QH rule): the newest passed verification of the
 * organisation or person, else of the legal representative, else of the handler.
 */
final class PinRouting {

    private PinRouting() {
    }

    static Optional<VerificationCase> decidingCase(List<VerificationCase> casesOfOrder) {
        return casesOfOrder.stream()
                .filter(c -> c.status() == VerificationStatus.PASSED)
                .min(Comparator.comparingInt((VerificationCase c) -> priority(c.party()))
                        .thenComparing(VerificationCase::createdAt, Comparator.reverseOrder()));
    }

    private static int priority(PartyRole party) {
        return switch (party) {
            case ORGANIZATION, PERSON -> 0;
            case LEGAL_REP -> 1;
            case HANDLER -> 2;
        };
    }
}
