package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.shared.ConflictException;
import com.certhall.shared.MobileNumber;
import org.springframework.stereotype.Component;

/**
 * The mobile on record for a held certificate: its order's handler, to whom the unlock and the SMS possession codes
 * go (docs/lifecycle.md). A certificate whose order has no subject has none (409).
 */
@Component
class HandlerMobiles {

    private final OrderManagement orders;

    HandlerMobiles(OrderManagement orders) {
        this.orders = orders;
    }

    MobileNumber of(HeldCertificateView held) {
        Subject subject = orders.details(new OrderId(held.applicationId())).draft().subject();
        if (subject == null) {
            throw new ConflictException("lifecycle.unlock.noMobile", "no mobile on record");
        }
        return new MobileNumber(subject.handler().mobile());
    }
}
