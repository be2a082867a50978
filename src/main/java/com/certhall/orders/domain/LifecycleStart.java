package com.certhall.orders.domain;

import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderFacts.CertificateRegister.HeldCertificate;
import com.certhall.orders.OrderFacts.CertificateRegister;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.InvalidInputException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a lifecycle order (renewal, change, reissue, revocation; docs/lifecycle.md) on a certificate the caller
 * holds: the certificate must allow it now (the lifecycle module's rule, asked through {@link CertificateRegister});
 * channel, subject, product line, invoice and delivery are carried over from the certificate's order, the line
 * priced by the channel's {@link LifecycleTerms}. A revocation has no line and nothing to deliver.
 */
@Service
public class LifecycleStart {

    private final Orders orders;
    private final ObjectProvider<CertificateRegister> register;
    private final CarryOver carryOver;

    LifecycleStart(Orders orders, ObjectProvider<CertificateRegister> register, CarryOver carryOver) {
        this.orders = orders;
        this.register = register;
        this.carryOver = carryOver;
    }

    @Transactional
    public OrderView start(StartOrder cmd) {
        HeldCertificate held = register.getObject().held(cmd.accountId(), cmd.certificateSerial(), cmd.type())
                .orElseThrow(() -> InvalidInputException.of("certificateSerial", "notHeld",
                        "orders.certificate.notHeld", "certificateSerial"));
        if (held.refusal() != null) {
            throw new CertificateActionRefused(held.refusal());
        }
        Order origin = orders.get(held.origin());
        if (cmd.channel() != null && !cmd.channel().equals(origin.channel())) {
            throw InvalidInputException.of("channel", "otherChannel", "orders.certificate.otherChannel", "channel");
        }
        // a revocation and a UKEY unlock sell nothing
        List<OrderLine> lines = cmd.type() == OrderType.REVOCATION || cmd.type() == OrderType.UNLOCK ? List.of()
                : List.of(carryOver.line(origin, origin.draft().lines().get(held.lineIndex()), cmd.type()));
        DeliveryInfo delivery = lines.isEmpty() || origin.draft().delivery() == null ? DeliveryInfo.none()
                : origin.draft().delivery();
        return carryOver.save(origin, lines, delivery, (number, now) -> Order.lifecycle(OrderId.random(), number,
                cmd.accountId(), origin.channel(), cmd.type(), origin.subjectType(), new Order.Certificate(
                        held.serial(), held.origin(), held.notAfter(), cmd.revocationReason()), cmd.actor(), now));
    }
}
