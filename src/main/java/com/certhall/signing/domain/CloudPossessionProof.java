package com.certhall.signing.domain;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.PossessionProof;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.CloudKeys.PinCheck;
import com.certhall.pki.KeyAlgorithm;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof of possession of a cloud certificate's key for lifecycle (docs/signing.md, "Proof of possession"): the kept
 * key signs lifecycle's challenge once the holder's signing PIN is right — the PIN check counts as any other, so wrong
 * PINs here lock the credential as at a partner — and the signature goes into the holder's signature log.
 */
@Component
class CloudPossessionProof implements PossessionProof {

    private final CloudKeys keys;
    private final SigningPins pins;
    private final AuthorizationRows rows;
    private final SignatureLog log;
    private final Clock clock;

    CloudPossessionProof(CloudKeys keys, SigningPins pins, AuthorizationRows rows, SignatureLog log,
            Clock clock) {
        this.keys = keys;
        this.pins = pins;
        this.rows = rows;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean serves(HeldCertificateView certificate) {
        return certificate.keyInCloud() && keys.status(certificate.serialHex()).isPresent();
    }

    @Override
    @Transactional
    public Outcome sign(HeldCertificateView certificate, @Nullable String secret, byte[] challenge, String purpose,
            String actor) {
        String serial = certificate.serialHex();
        if (!pins.activated(serial)) {
            return new Refused(Reason.NOT_ACTIVATED, 0);
        }
        byte[] hash = keys.messageHash(serial, challenge);
        String hashB64 = Base64.getEncoder().encodeToString(hash);
        String hashOid = CscAlgorithms.hashAlgorithm(KeyAlgorithm.valueOf(certificate.algorithm()));
        PinCheck check = keys.checkPin(serial, secret == null ? "" : secret);
        if (!check.right()) {
            boolean locked = check.outcome() == PinCheck.Outcome.LOCKED;
            log.refusedOne(serial, actor, hashOid, hashB64, purpose, locked ? "LOCKED" : "WRONG_PIN");
            return new Refused(locked ? Reason.LOCKED : Reason.WRONG_SECRET, check.retriesLeft());
        }
        byte[] signature = keys.signHashes(serial, List.of(hash)).get(0);
        rows.log(serial, actor, null, hashOid, List.of(hashB64), purpose, "SIGNED", clock.instant());
        return new Signed(signature);
    }
}
