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
import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ProblemException;
import com.certhall.signing.CredentialGrants;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The credentials a caller may use (docs/signing.md, "Who may call"): a holder their own cloud certificates; a
 * partner those of the holders of its channel, and only of the holder named by {@code userID} when listing. A
 * credential the caller may not use is answered exactly as one that does not exist.
 */
@Service
public class CloudCredentials {

    private static final int MAX_CACHED = 10_000;

    private final CertificateManagement certificates;
    private final OrderManagement orders;
    private final AccountManagement accounts;
    private final CloudKeys keys;
    private final CertificateAuthority authority;
    private final List<CredentialGrants> grants;
    private final Map<String, Fixed> fixed = new ConcurrentHashMap<>();

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

    /**
     * What {@code signHash} needs of a credential, looked up lean (docs/signing.md, "Speed"): the facts about it that
     * never change once it is issued (owner, channel, key algorithm, a key kept here), remembered per serial. Its
     * state is not in it: the certificate's status and validity and the key's lock are read with the key on every
     * signing ({@code CloudKeys.signHashesWhileValid}). Who may use it is decided as by {@link #get}: a credential
     * the caller may not use is answered as one that does not exist.
     */
    public record SigningCredential(String id, KeyAlgorithm algorithm) {
    }

    public SigningCredential forSigning(SigningCaller caller, @Nullable String credentialId) {
        if (credentialId == null || !credentialId.matches("[0-9a-fA-F]{1,64}")) {
            throw CscException.invalidParameter("credentialID");
        }
        Fixed fixed = fixed(credentialId);
        boolean allowed = fixed != null && (caller.isPartner() ? fixed.channel().equals(caller.channel())
                : fixed.account().equals(caller.account()) || grants.stream()
                        .anyMatch(g -> g.granted(Objects.requireNonNull(caller.account()), fixed.serial())));
        if (!allowed) {
            throw CscException.invalidParameter("credentialID");
        }
        return new SigningCredential(fixed.serial(), fixed.algorithm());
    }

    /**
     * What never changes of an issued cloud certificate: its serial as lifecycle spells it, its holder's account, the
     * channel of the order it was issued for, its key algorithm. Remembered only for a certificate whose key is kept
     * here. Neither status nor PIN state is in it (read afresh on every signing), so a remembered entry never lets a
     * revoked certificate or a locked key sign, and each node keeps its own copy safely.
     */
    private record Fixed(String serial, UUID account, String channel, KeyAlgorithm algorithm) {
    }

    private @Nullable Fixed fixed(String serialHex) {
        String key = serialHex.toLowerCase(Locale.ROOT);
        Fixed known = fixed.get(key);
        if (known != null) {
            return known;
        }
        HeldCertificateView held;
        try {
            held = certificates.get(serialHex);
        } catch (ProblemException e) {
            return null;
        }
        if (!held.keyInCloud() || keys.status(held.serialHex()).isEmpty()) {
            return null;
        }
        Fixed found = new Fixed(held.serialHex(), held.accountId(), channel(held),
                KeyAlgorithm.valueOf(held.algorithm()));
        if (fixed.size() >= MAX_CACHED) {
            // a bound on memory, not an eviction policy: an entry is cheap to read again
            fixed.clear();
        }
        fixed.put(key, found);
        return found;
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
    public HeldCertificateView ownedOrGranted(String serial, UUID account) {
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
