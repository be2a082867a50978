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
 * Starts a lifecycle order from a page, the renewal of a cloud certificate after the proof of possession with its
 * signing PIN typed on the same page (docs/lifecycle.md, "Renewal"): the command is checked first, so a form refused
 * for its own fields asks for no PIN.
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

    /** Tells the page whether it asks for the signing PIN. */
    void describe(OrderType type, HeldCertificateView held, Model model) {
        model.addAttribute("possessionPin", type == OrderType.RENEWAL && proofs.required(held));
    }
}
