package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.HeldCertificateRevoked;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.HeldStatus;
import com.certhall.lifecycle.PinDeliveryView;
import com.certhall.orders.OrderId;
import com.certhall.shared.KeptPerNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate issued for one unit of an order line. Its {@code requestId} ({@code <orderId>:<line>:<n>}) is the
 * CA's idempotency key and unique here, so a re-driven issuance finds it and issues nothing twice.
 */
@Entity
@Table(name = "lifecycle_certificate")
@EntityListeners(KeptPerNode.Changes.class)
class HeldCertificate {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private String requestId;
    @Column(nullable = false)
    private UUID applicationId;
    @Column(nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private int lineIndex;
    @Column(nullable = false)
    private String productCode;
    @Column(nullable = false)
    private String serialHex;
    @Column(nullable = false)
    private String caName;
    @Column(nullable = false)
    private String profile;
    @Column(nullable = false)
    private String algorithm;
    @Column(nullable = false)
    private String medium;
    @Column(nullable = false)
    private boolean serverKey;
    @Column(nullable = false)
    private String subjectName;
    @Column(nullable = false)
    private Instant notBefore;
    @Column(nullable = false)
    private Instant notAfter;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HeldStatus status;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;
    @Column(nullable = false)
    private Instant createdAt;
    private @Nullable String tokenSerial;

    protected HeldCertificate() {
        // for JPA
    }

    /** What is known of the order line a certificate was issued for. */
    public record Origin(String requestId, UUID applicationId, String orderNumber, UUID accountId, int lineIndex,
            String productCode, String medium, String subjectName) {
    }

    /** What the CA answered. */
    public record Issued(String serialHex, String caName, String profile, String algorithm, boolean serverKey,
            Instant notBefore, Instant notAfter) {
    }

    public static HeldCertificate of(Origin origin, Issued issued, Instant now) {
        HeldCertificate c = new HeldCertificate();
        c.id = UUID.randomUUID();
        c.requestId = origin.requestId();
        c.applicationId = origin.applicationId();
        c.orderNumber = origin.orderNumber();
        c.accountId = origin.accountId();
        c.lineIndex = origin.lineIndex();
        c.productCode = origin.productCode();
        c.medium = origin.medium();
        c.subjectName = origin.subjectName();
        c.serialHex = issued.serialHex();
        c.caName = issued.caName();
        c.profile = issued.profile();
        c.algorithm = issued.algorithm();
        c.serverKey = issued.serverKey();
        c.notBefore = issued.notBefore();
        c.notAfter = issued.notAfter();
        c.status = HeldStatus.VALID;
        c.createdAt = now;
        return c;
    }

    /** Records the CA's new status after a revocation or hold. */
    public void revoked(HeldStatus newStatus, String actor, Instant at) {
        this.status = newStatus;
        this.revokedAt = at;
        this.revokedBy = actor;
    }

    /** What the holder is told of this certificate's revocation. */
    public HeldCertificateRevoked revocation(String reason, Instant at) {
        return new HeldCertificateRevoked(serialHex, new OrderId(applicationId), orderNumber, subjectName, reason, at);
    }

    /** The CA released the certificate from hold: it is valid again. */
    public void released() {
        this.status = HeldStatus.VALID;
        this.revokedAt = null;
    }

    /** The key and certificate were written onto the UKEY with this serial number. */
    public void writtenTo(String tokenSerial) {
        this.tokenSerial = tokenSerial;
    }

    public HeldCertificateView view() {
        return view(null);
    }

    /** The view with how the PIN of a server-made key went out (null for a key the holder brought). */
    public HeldCertificateView view(@Nullable PinDeliveryView pin) {
        return new HeldCertificateView(serialHex, applicationId, orderNumber, accountId, productCode, caName,
                profile, algorithm, medium, serverKey, subjectName, notBefore, notAfter, status, tokenSerial, pin,
                List.of(), null);
    }

    public UUID id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public int lineIndex() {
        return lineIndex;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String medium() {
        return medium;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public UUID accountId() {
        return accountId;
    }

    public String serialHex() {
        return serialHex;
    }

    public String caName() {
        return caName;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public boolean serverKey() {
        return serverKey;
    }

    public HeldStatus status() {
        return status;
    }

    String subjectName() {
        return subjectName;
    }

    Instant createdAt() {
        return createdAt;
    }
}
