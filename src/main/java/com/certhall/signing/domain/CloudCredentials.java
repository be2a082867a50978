package com.certhall.signing.domain;

import com.certhall.accounts.AccountManagement;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CloudKeys;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ProblemException;
import com.certhall.signing.CredentialGrants;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The credentials a caller may use (docs/signing.md, "Who may call"): a holder their own cloud certificates; a
 * partner those of the holders of its channel, and only of the holder named by {@code userID} when listing. A
 * credential the caller may not use is answered exactly as one that does not exist.
 */
@Service
public class CloudCredentials {

    private final CertificateManagement certificates;
    private final OrderManagement orders;
    private final AccountManagement accounts;
    private final CloudKeys keys;
    private final CertificateAuthority authority;
    private final List<CredentialGrants> grants;

    CloudCredentials(CertificateManagement certificates, OrderManagement orders, AccountManagement accounts,
            CloudKeys keys, CertificateAuthority authority, List<CredentialGrants> grants) {
        this.authority = authority;
        this.grants = List.copyOf(grants);
        this.certificates = certificates;
        this.orders = orders;
        this.accounts = accounts;
        this.keys = keys;
    }

    /**
     * One credential: the held certificate, its kept key, the certificate and its CA chain (DER, issuing CA first),
     * its channel, and the subject (identity numbers masked, as the CA stores it) and issuer names.
     */
    public record Credential(HeldCertificateView held, CloudKeys.CloudKeyStatus key, byte[] der, List<byte[]> chain,
            String channel, String subjectDn, String issuerDn) {

        public String id() {
            return held.serialHex();
        }
    }

    public List<String> list(SigningCaller caller, @Nullable String userId) {
        if (!caller.isPartner()) {
            return certificates.ofAccount(Objects.requireNonNull(caller.account())).stream()
                    .filter(HeldCertificateView::keyInCloud).map(HeldCertificateView::serialHex).toList();
        }
        if (userId == null || !MobileNumber.isValid(userId)) {
            throw CscException.invalidParameter("userID");
        }
        return accounts.findApplicantByMobile(userId).map(profile -> certificates.ofAccount(profile.accountId())
                .stream().filter(HeldCertificateView::keyInCloud)
                .filter(c -> caller.channel().equals(channel(c)))
                .map(HeldCertificateView::serialHex).toList()).orElse(List.of());
    }

    public Credential get(SigningCaller caller, @Nullable String credentialId) {
        if (credentialId == null || !credentialId.matches("[0-9a-fA-F]{1,64}")) {
            throw CscException.invalidParameter("credentialID");
        }
        HeldCertificateView held;
        try {
            held = caller.isPartner() ? certificates.get(credentialId)
                    : ownedOrGranted(credentialId, Objects.requireNonNull(caller.account()));
        } catch (ProblemException e) {
            throw CscException.invalidParameter("credentialID");
        }
        String channel = channel(held);
        if (!held.keyInCloud() || caller.isPartner() && !channel.equals(caller.channel())) {
            throw CscException.invalidParameter("credentialID");
        }
        CloudKeys.CloudKeyStatus key = keys.status(held.serialHex())
                .orElseThrow(() -> CscException.invalidParameter("credentialID"));
        List<CaCertificate> chain = certificates.chain(held.serialHex(), held.accountId());
        String subject = authority.find(held.serialHex()).map(CertificateRecord::subjectDn).orElse("");
        return new Credential(held, key, certificates.der(held.serialHex(), held.accountId()),
                chain.stream().map(CaCertificate::der).toList(), channel, subject,
                chain.isEmpty() ? "" : chain.get(0).subject());
    }

    /** The holder's own certificate, or one whose seal the organisation granted this seal user (docs/seals.md). */
    public HeldCertificateView ownedOrGranted(String serial, java.util.UUID account) {
        // asked first: a refused ownership check would mark the caller's transaction rollback-only
        if (grants.stream().anyMatch(g -> g.granted(account, serial))) {
            HeldCertificateView held = certificates.get(serial);
            if (!account.equals(held.accountId())) {
                return held;
            }
        }
        return certificates.owned(serial, account);
    }

    private String channel(HeldCertificateView held) {
        return orders.get(new OrderId(held.applicationId())).channel();
    }
}
