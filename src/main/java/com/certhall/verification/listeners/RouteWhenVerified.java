package com.certhall.verification.listeners;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Subject;
import com.certhall.orders.VerificationRecord.Offer;
import com.certhall.verification.PartyRole;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationNeedsManualReview;
import com.certhall.verification.VerificationPassed;
import com.certhall.verification.VerificationStatus;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * For channels that verify after submission (CFCA): an order waits in SUBMITTED until every party the channel checks
 * has passed or gone to manual review; then it moves on to payment or review. The organisation is satisfied by the
 * micro-deposit or by its legal representative; a handler who is the legal representative reuses his result.
 */
@Component
class RouteWhenVerified {

    private static final Set<VerificationStatus> SETTLED = Set.of(VerificationStatus.PASSED, VerificationStatus.MANUAL);

    private final OrderManagement orders;
    private final VerificationManagement verifications;

    RouteWhenVerified(OrderManagement orders, VerificationManagement verifications) {
        this.orders = orders;
        this.verifications = verifications;
    }

    @ApplicationModuleListener
    void on(VerificationPassed event) {
        routeIfSettled(event.order());
    }

    @ApplicationModuleListener
    void on(VerificationNeedsManualReview event) {
        routeIfSettled(event.order());
    }

    void routeIfSettled(OrderId id) {
        OrderDetails details = orders.details(id);
        if (details.order().status() != OrderStatus.SUBMITTED || !settled(details)) {
            return;
        }
        orders.route(id, "system:verification");
    }

    private boolean settled(OrderDetails details) {
        List<String> parties = orders.verificationOffers(details.id()).stream().map(Offer::party).distinct().toList();
        boolean orgDone = settled(details.id(), PartyRole.ORGANIZATION) || settled(details.id(), PartyRole.LEGAL_REP);
        if ((parties.contains("ORGANIZATION") || parties.contains("LEGAL_REP")) && !orgDone) {
            return false;
        }
        if (parties.contains("HANDLER")) {
            boolean self = details.draft().subject() instanceof Subject.Organization org && org.handlerIsLegalRep();
            if (!settled(details.id(), PartyRole.HANDLER) && !(self && settled(details.id(), PartyRole.LEGAL_REP))) {
                return false;
            }
        }
        return !parties.contains("PERSON") || settled(details.id(), PartyRole.PERSON);
    }

    private boolean settled(OrderId id, PartyRole party) {
        return verifications.latest(id, party).map(v -> SETTLED.contains(v.status())).orElse(false);
    }
}
