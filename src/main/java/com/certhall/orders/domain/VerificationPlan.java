package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.VerificationMethod;
import com.certhall.catalog.VerificationParty;
import com.certhall.orders.OrderId;
import com.certhall.orders.SubjectType;
import com.certhall.orders.VerificationRecord.Offer;
import com.certhall.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which identity checks an order's channel offers, in the names of the HTTP contract: party {@code ORGANIZATION}
 * with {@code MICRO_DEPOSIT}, {@code LEGAL_REP} / {@code HANDLER} / {@code PERSON} with {@code TELECOM_3F},
 * {@code BANKCARD_4F} or {@code FACE}. The verification module asks here before it starts a check.
 */
@Service
public class VerificationPlan {

    private final Orders orders;
    private final CatalogManagement catalog;
    private final VerificationRecords records;

    VerificationPlan(Orders orders, CatalogManagement catalog, VerificationRecords records) {
        this.orders = orders;
        this.catalog = catalog;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<Offer> options(OrderId id) {
        Order order = orders.get(id);
        var policy = catalog.channel(order.channel()).verification();
        List<Offer> options = new ArrayList<>();
        List<VerificationParty> parties = order.subjectType() == SubjectType.PERSON
                ? List.of(VerificationParty.PERSON) : List.of(VerificationParty.ORGANIZATION, VerificationParty.HANDLER);
        for (VerificationParty party : parties) {
            for (VerificationMethod method : policy.allowed(party)) {
                options.add(option(party, method));
            }
        }
        return options;
    }

    /**
     * The parties ({@code ORGANIZATION}, {@code HANDLER}, {@code PERSON}) whose check must still pass or go to a
     * reviewer before the order can be submitted; empty when the channel checks after submission.
     */
    @Transactional(readOnly = true)
    public List<String> unsettled(OrderId id) {
        Order order = orders.get(id);
        return Completeness.unverified(order, catalog.channel(order.channel()), records.of(id)).stream()
                .map(v -> v.field().substring("verification.".length())).toList();
    }

    /** Refuses (400 naming {@code method}) a check the order's channel does not offer for that party. */
    public void check(OrderId id, String party, String method) {
        if (!options(id).contains(new Offer(party, method))) {
            throw InvalidInputException.of("method", "notOffered", "orders.verification.notOffered", "method",
                    party, method);
        }
    }

    private static Offer option(VerificationParty party, VerificationMethod method) {
        String name = method.name();
        if (name.startsWith("LEGAL_REP_")) {
            return new Offer("LEGAL_REP", name.substring("LEGAL_REP_".length()));
        }
        return new Offer(party.name(), name);
    }
}
