package com.certhall.review.checks;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.VerificationRecord;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.MaterialKind;
import com.certhall.recognition.ScanReading;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the automatic checks look at: the order with its draft, its channel's rules, its recorded identity checks and
 * the parties its channel checks ({@code ORGANIZATION}, {@code LEGAL_REP}, {@code HANDLER}, {@code PERSON}), the
 * kinds of material it holds, the partner registry's answer for channels with a prerequisite, what its scans
 * say (empty when recognition is off) and the day of the check (in the clock's zone).
 */
public record ReviewFacts(OrderDetails order, ChannelRules rules, List<VerificationRecord> verifications,
        List<String> checkedParties, Set<MaterialKind> materials, Prerequisite prerequisite,
        List<ScanReading> scans, LocalDate today) {

    public ReviewFacts {
        verifications = List.copyOf(verifications);
        checkedParties = List.copyOf(checkedParties);
        materials = Set.copyOf(materials);
        scans = List.copyOf(scans);
    }

    /** Facts without scans (recognition off, or checks that do not look at them). */
    public ReviewFacts(OrderDetails order, ChannelRules rules, List<VerificationRecord> verifications,
            List<String> checkedParties, Set<MaterialKind> materials, Prerequisite prerequisite) {
        this(order, rules, verifications, checkedParties, materials, prerequisite, List.of(), LocalDate.MIN);
    }

    /** The partner registry's answer (SXCA: registered on the trading platform first). */
    public enum Prerequisite {
        NOT_APPLICABLE, REGISTERED, NOT_REGISTERED, UNAVAILABLE
    }
}
