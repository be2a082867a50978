package com.certhall.orders.domain;

import com.certhall.orders.OrderStatus;
import com.certhall.shared.KeptPerNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of an order: from which state to which, by whom, when, and why. Never changed after it is written. */
@Entity
@EntityListeners(KeptPerNode.Changes.class)
@Table(name = "applications_history")
class HistoryLine {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Order application;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;
    @Column(nullable = false, length = 40)
    private String action;
    @Column(nullable = false, length = 200)
    private String actor;
    @Column(length = 1000)
    private String note;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private int seq;

    protected HistoryLine() {
    }

    HistoryLine(Order application, OrderStatus from, OrderStatus to, String action, String actor,
            String note, Instant at) {
        this.id = UUID.randomUUID();
        this.application = application;
        this.from = from;
        this.to = to;
        this.action = action;
        this.actor = actor == null ? "anonymous" : actor;
        this.note = note;
        this.at = at;
        this.seq = application.history().size();
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant at() {
        return at;
    }
}
