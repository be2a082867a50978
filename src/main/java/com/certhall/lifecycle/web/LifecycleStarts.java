package com.certhall.lifecycle.web;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Starts a lifecycle order from a page, an unchanged renewal after the proof of possession with the PIN typed on the
 * same page — a cloud certificate's signing PIN, a UKEY's PIN for the token to sign with (docs/lifecycle.md,
 * "Renewal").
 */
@Component
class LifecycleStarts {

    private final OrderManagement orders;
    private final PossessionProofs proofs;

    LifecycleStarts(OrderManagement orders, PossessionProofs proofs) {
        this.orders = orders;
        this.proofs = proofs;
    }

    OrderView start(StartOrder command, HeldCertificateView held, @Nullable String pin) {
        if (command.type() == OrderType.RENEWAL && proofs.required(held)) {
            proofs.prove(command.accountId(), held, pin, command.actor());
        }
        return orders.start(command);
    }

    /** Tells the page whether it asks for a PIN, and whose: the cloud key's signing PIN or the UKEY's. */
    void describe(OrderType type, HeldCertificateView held, Model model) {
        model.addAttribute("possessionPin", type == OrderType.RENEWAL && proofs.bySecret(held));
        model.addAttribute("possessionUkey", "UKEY".equals(held.medium()));
    }
}
