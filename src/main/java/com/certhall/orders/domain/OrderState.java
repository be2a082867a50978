package com.certhall.orders.domain;

import com.certhall.catalog.FlowOrder;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView.SealRequest;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.shared.Languages;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What an {@link Order} is made of, as stored (table {@code applications_order}, docs/architecture.md) and as read by
 * the rest of the module. Only {@link Order}'s methods change it; this class holds the columns and their readers so
 * the aggregate itself shows only its behaviour.
 */
@MappedSuperclass
abstract class OrderState extends AbstractAggregateRoot<Order> {

    @Id
    UUID id;
    @Version
    long version;
    @Column(nullable = false, unique = true, length = 32)
    String number;
    @Column(nullable = false)
    UUID accountId;
    @Column(nullable = false, length = 64)
    String channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    OrderType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SubjectType subjectType;
    @Column(length = 64)
    String subjectKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    OrderStatus status;
    @Convert(converter = FlowOrderColumn.class)
    @Column(name = "pay_first", nullable = false)
    FlowOrder flow = FlowOrder.REVIEW_THEN_PAY;
    @Column(nullable = false)
    boolean paid;
    @Column(nullable = false)
    boolean approved;
    @Column(nullable = false)
    boolean paperPath;
    @Column(length = 1000)
    String rejectionReason;
    @Column(length = 200000)
    OrderDraft draft = OrderDraft.empty();
    @Convert(converter = TypedSubjectConverter.class)
    @Column(length = 20000)
    SubjectForm typedSubject;
    @Embedded
    PaperMailing paper;
    @Embedded
    OnlineAuthorization authorization;
    @Column(length = 64)
    String certificateSerial;
    UUID originOrderId;
    Instant certificateNotAfter;
    @Column(length = 32)
    String revocationReason;
    UUID sealId;
    @Column(length = 20)
    String sealKind;
    @Column(length = 64)
    String sealName;
    @Column(nullable = false, length = 16)
    String language = Locale.SIMPLIFIED_CHINESE.toLanguageTag();
    @Column(nullable = false)
    Instant createdAt;
    @Column(nullable = false)
    Instant updatedAt;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("at ASC, seq ASC")
    List<HistoryLine> history = new ArrayList<>();

    OrderState() {
    }

    OnlineAuthorization authorization() {
        return authorization == null ? OnlineAuthorization.NONE : authorization;
    }

    PaperMailing paper() {
        return paper == null ? PaperMailing.NONE : paper;
    }

    public Instant authorizationLinkExpiresAt() {
        return authorization().linkExpiresAt();
    }

    public Instant authorizationSignedAt() {
        return authorization().signedAt();
    }

    public String authorizationSignedBy() {
        return authorization().signedBy();
    }

    public OrderDraft draft() {
        return draft;
    }

    /** The subject form as last typed and refused, until a subject is saved; null when there is none. */
    public SubjectForm typedSubject() {
        return typedSubject;
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public String number() {
        return number;
    }

    public UUID accountId() {
        return accountId;
    }

    public String channel() {
        return channel;
    }

    public OrderType type() {
        return type;
    }

    /** The language the applicant signed in; messages about the order are written in it. */
    public Locale language() {
        return Languages.of(language);
    }

    /** The certificate a lifecycle order acts on; null for a new order. */
    public String certificateSerial() {
        return certificateSerial;
    }

    /** The order the certificate of a lifecycle order was issued for; null for a new order. */
    public OrderId originOrder() {
        return originOrderId == null ? null : new OrderId(originOrderId);
    }

    public Instant certificateNotAfter() {
        return certificateNotAfter;
    }

    /** The RFC 5280 reason a revocation order names ({@code KEY_COMPROMISE} …); null for other types. */
    public String revocationReason() {
        return revocationReason;
    }

    /** What a seal order asks for (docs/seals.md "Seal orders"); null for other types. */
    public SealRequest sealRequest() {
        return sealId == null ? null : new SealRequest(sealId, sealKind, sealName);
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean isPayFirst() {
        return flow == FlowOrder.PAY_THEN_REVIEW;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isApproved() {
        return approved;
    }

    /** The applicant chose the paper form instead of online identity checks, materials and SMS signature. */
    public boolean isOnPaper() {
        return paperPath;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Events registered by moves not yet saved (published by the repository on save). */
    public List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public List<HistoryLine> history() {
        return Collections.unmodifiableList(history);
    }
}
