package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderFacts.SealRegister.SealBasis;
import com.certhall.orders.OrderFacts.SealRegister;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a seal order (印章办理, BJCA §5; docs/seals.md "Seal orders") on a seal the caller administers: 补章 or 变章
 * on the seal's e-seal certificate. As a lifecycle order it takes channel, subject (fixed) and invoice from the
 * certificate's order; its one line is the certificate's e-seal product, one unit, priced by the channel's
 * {@link LifecycleTerms} for the service. Nothing is delivered and no certificate is issued: the seals module makes
 * the seal when the order is approved.
 */
@Service
public class SealStart {

    private final Orders orders;
    private final CatalogManagement catalog;
    private final ObjectProvider<SealRegister> register;
    private final CarryOver carryOver;

    SealStart(Orders orders, CatalogManagement catalog, ObjectProvider<SealRegister> register, CarryOver carryOver) {
        this.orders = orders;
        this.catalog = catalog;
        this.register = register;
        this.carryOver = carryOver;
    }

    /** What the order would cost and sell, for the page before it starts; refusals as {@link #start}. */
    @Transactional(readOnly = true)
    public OrderView.SealQuote quote(UUID accountId, UUID sealId, OrderType type) {
        SealBasis basis = basis(accountId, sealId, type);
        Order origin = orders.get(basis.origin());
        OrderLine line = line(origin, basis, type);
        boolean payFirst = catalog.channel(origin.channel()).flow() == FlowOrder.PAY_THEN_REVIEW;
        List<String> steps = new ArrayList<>(List.of("CHECKS", "SIGN"));
        steps.addAll(line.totalFen() == 0 ? List.of("REVIEW")
                : payFirst ? List.of("PAYMENT", "REVIEW") : List.of("REVIEW", "PAYMENT"));
        steps.add("SEAL");
        return new OrderView.SealQuote(type, line.productName(), line.totalFen(), basis.certificateSerial(), steps);
    }

    @Transactional
    public OrderView start(StartSealOrder cmd) {
        SealBasis basis = basis(cmd.accountId(), cmd.sealId(), cmd.type());
        Order origin = orders.get(basis.origin());
        OrderLine line = line(origin, basis, cmd.type());
        return carryOver.save(origin, List.of(line), DeliveryInfo.none(), (number, now) -> Order.seal(
                OrderId.random(), number, cmd.accountId(), origin.channel(), cmd.type(), origin.subjectType(),
                new Order.Certificate(basis.certificateSerial(), basis.origin(), basis.notAfter(), null),
                new OrderView.SealRequest(basis.sealId(), cmd.kind(), cmd.name()), cmd.actor(), now));
    }

    private SealBasis basis(UUID accountId, UUID sealId, OrderType type) {
        SealBasis basis = register.getObject().seal(accountId, sealId, type)
                .orElseThrow(() -> new NotFoundException("seal", sealId));
        if (basis.refusal() != null) {
            throw new CertificateActionRefused(basis.refusal(), "sealId");
        }
        LifecycleTerms terms = catalog.lifecycleTerms(orders.get(basis.origin()).channel());
        if (!terms.offers(CarryOver.service(type))) {
            throw new CertificateActionRefused(new com.certhall.orders.OrderFacts.CertificateRegister.Refusal(
                    "notOffered", "orders.seal.notOffered", List.of()), "sealId");
        }
        return basis;
    }

    /** The certificate's e-seal line, one unit, no key (nothing is issued), priced for the service. */
    private OrderLine line(Order origin, SealBasis basis, OrderType type) {
        OrderLine was = origin.draft().lines().stream().filter(l -> l.productCode().equals(basis.productCode()))
                .findFirst().orElseThrow(() -> new ConflictException("orders.certificate.productGone",
                        "the product is no longer offered", basis.productCode()));
        return carryOver.line(origin, was, type);
    }
}
