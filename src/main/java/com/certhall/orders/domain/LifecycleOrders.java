package com.certhall.orders.domain;

import com.certhall.orders.OrderFacts.CertificateRegister;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The rules that set lifecycle orders apart from new ones (docs/lifecycle.md): which need only the SMS signature of
 * the handler on record and no review, and what happens the moment one is approved.
 */
@Component
class LifecycleOrders {

    private final Orders orders;
    private final ObjectProvider<CertificateRegister> register;
    private final Clock clock;

    LifecycleOrders(Orders orders, ObjectProvider<CertificateRegister> register, Clock clock) {
        this.orders = orders;
        this.register = register;
        this.clock = clock;
    }

    /**
     * A revocation, a UKEY unlock, or a renewal of a certificate not yet expired whose subject nobody changed: the SMS
     * code to the handler on record is its identity check, and it needs no review. Proof of possession of the current key (a
     * signature over a server challenge by the UKEY or the cloud signing service) is to join the SMS code when the
     * signing service offers it (issue 14; docs/lifecycle.md). Anything changed, or an expired certificate, takes
     * the channel's full checks and a reviewer.
     */
    boolean needsOnlySignature(Order order) {
        if (order.type() == OrderType.REVOCATION || order.type() == OrderType.UNLOCK) {
            return true;
        }
        if (order.type() != OrderType.RENEWAL || order.originOrder() == null) {
            return false;
        }
        Order origin = orders.get(order.originOrder());
        return Objects.equals(origin.draft().subject(), order.draft().subject())
                && clock.instant().isBefore(order.certificateNotAfter());
    }

    /**
     * An order just approved: a reissue revokes the lost or broken certificate ({@code keyCompromise}) at once, not
     * when the new one ships; a revocation is carried out and the order is done. Both in the approving transaction,
     * so CRL and OCSP show it when the request returns.
     */
    void approved(Order order, String actor) {
        if (order.status() != OrderStatus.APPROVED || order.certificateSerial() == null) {
            return;
        }
        if (order.type() == OrderType.REISSUE) {
            register.getObject().revoke(order.certificateSerial(), "KEY_COMPROMISE", OrderViews.view(order), actor);
        } else if (order.type() == OrderType.REVOCATION) {
            register.getObject().revoke(order.certificateSerial(), order.revocationReason(), OrderViews.view(order),
                    actor);
            order.fulfil(actor, clock.instant());
        }
    }
}
