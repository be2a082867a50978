package com.certhall.pki.ca;

import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.IssuanceOutcome;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.IssuedWithKey;
import com.certhall.pki.RevocationReason;
import com.certhall.pki.persistence.CertificateRows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link CertificateAuthority} other modules call; each call is one transaction (or joins the caller's), except
 * that issuances from CSRs outside a caller's transaction commit in groups ({@link GroupCommit}).
 */
@Service
@Transactional
class CaFacade implements CertificateAuthority {

    private final Issuance issuance;
    private final Revocation revocation;
    private final CertificateRows rows;
    private final CaRegistry registry;
    private final PkiUrls urls;
    private final CloudKeyCustody cloudKeys;
    private final GroupCommit groups;
    private final BatchIssuance batches;

    CaFacade(Issuance issuance, Revocation revocation, CertificateRows rows, CaRegistry registry, PkiUrls urls,
            CloudKeyCustody cloudKeys, GroupCommit groups, BatchIssuance batches) {
        this.cloudKeys = cloudKeys;
        this.groups = groups;
        this.batches = batches;
        this.issuance = issuance;
        this.revocation = revocation;
        this.rows = rows;
        this.registry = registry;
        this.urls = urls;
    }

    /** Inside a caller's transaction the certificate joins it; otherwise it commits with concurrent ones. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public IssuedCertificate issue(IssuanceRequest request) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return issuance.issue(request);
        }
        return groups.issue(request);
    }

    /** Its own transaction, apart from a caller's: the certificates are committed when it returns. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<IssuanceOutcome> issueAll(List<IssuanceRequest> requests) {
        return batches.issueAll(requests);
    }

    @Override
    public IssuedWithKey issueWithGeneratedKey(IssuanceRequest request) {
        return issuance.issueWithGeneratedKey(request);
    }

    @Override
    public CertificateRecord revoke(String caName, String serialHex, RevocationReason reason,
            @Nullable Instant invalidityDate) {
        return revocation.revoke(caName, serialHex, reason, invalidityDate);
    }

    @Override
    public CertificateRecord releaseHold(String caName, String serialHex) {
        return revocation.releaseHold(caName, serialHex);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertificateRecord> find(String serialHex) {
        return rows.findBySerial(Revocation.normalize(serialHex)).stream().findFirst()
                .map(CertificateRows.Versioned::record);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertificateRecord> findByRequestId(String requestId) {
        return rows.findByRequestId(requestId).map(CertificateRows.Versioned::record);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pkcs12(String caName, String serialHex) {
        return rows.keyDelivery(caName, Revocation.normalize(serialHex)).map(CertificateRows.KeyDelivery::pkcs12);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean pinMatches(String caName, String serialHex, String pin) {
        return rows.keyDelivery(caName, Revocation.normalize(serialHex))
                .map(delivery -> Pins.matches(pin, delivery.pinHash()))
                .orElseGet(() -> cloudKeys.pinMatches(serialHex, pin));
    }

    @Override
    public List<CaCertificate> caCertificates() {
        return registry.all().stream().map(ca -> new CaCertificate(ca.name(), ca.algorithm(), ca.root(),
                ca.certificate().getSubject().toString(), ca.der(), urls.caCertificate(ca.name()),
                urls.crl(ca.name()), ca.certificate().getNotBefore().toInstant())).toList();
    }
}
