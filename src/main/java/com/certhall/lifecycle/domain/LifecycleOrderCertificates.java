package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.CertificateAction;
import com.certhall.lifecycle.CertificateActions;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderFacts.CertificateRegister;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The held certificates as lifecycle orders see them ({@link CertificateRegister}): whether the holder's
 * certificate allows the order now is {@link CertificateActions}' rule — and a renewal of a certificate whose key a
 * {@code PossessionProof} serves (a cloud certificate) takes the holder's fresh proof of possession
 * ({@link PossessionProofs}) — the revocation goes through {@link CertificateRecords}.
 */
@Component
class LifecycleOrderCertificates implements CertificateRegister {

    private final HeldCertificates certificates;
    private final CertificateRecords records;
    private final CertificateActions actions;
    private final PossessionProofs proofs;

    LifecycleOrderCertificates(HeldCertificates certificates, CertificateRecords records,
            CertificateActions actions, PossessionProofs proofs) {
        this.certificates = certificates;
        this.records = records;
        this.actions = actions;
        this.proofs = proofs;
    }

    /**
     * {@inheritDoc} A renewal that needs a proof of possession takes (uses up) the holder's fresh one, in the
     * transaction that starts the order; without one it is refused {@code possessionProof}.
     */
    @Override
    @Transactional
    public Optional<HeldCertificate> held(UUID accountId, String serial, OrderType type) {
        return certificates.findBySerial(CertificateRecords.normalized(serial))
                .filter(c -> c.accountId().equals(accountId))
                .map(c -> {
                    HeldCertificateView view = c.view();
                    CertificateAction action = actions.check(view, CertificateAction.Kind.of(type));
                    Refusal refusal = action.allowed() ? null
                            : new Refusal(action.reasonCode(), action.reasonKey(), action.reasonArgs());
                    if (refusal == null && type == OrderType.RENEWAL && proofs.required(view)
                            && !proofs.consume(accountId, c.serialHex())) {
                        refusal = new Refusal("possessionProof", "lifecycle.action.possessionProof", List.of());
                    }
                    return new HeldCertificate(c.serialHex(), new OrderId(c.applicationId()), c.lineIndex(),
                            c.medium(), c.notAfter(), refusal);
                });
    }

    @Override
    public void revoke(String serial, String reason, OrderView order, String actor) {
        records.revokeForOrder(serial, reason, order.number(), actor);
    }
}
