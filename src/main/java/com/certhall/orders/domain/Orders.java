package com.certhall.orders.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.shared.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All orders. Loading one for its owner happens here only ({@link #owned}): another account's order is reported
 * as not found, so nobody learns that it exists.
 */
interface Orders extends JpaRepository<Order, UUID> {

    @Query("select a from Order a where a.accountId = ?1 order by a.createdAt desc")
    List<Order> findByAccount(UUID accountId);

    @Query("select a from Order a where a.channel = ?1 and a.subjectKey = ?2 and a.status not in ?3")
    List<Order> findForSubject(String channel, String subjectKey, Collection<OrderStatus> finished);

    @Query("select a from Order a where a.authorization.tokenHash = ?1")
    Optional<Order> findByAuthorizationToken(String tokenHash);

    @Query("select a from Order a where a.paper.receivedAt is null and (a.status = ?1 "
            + "or (a.paper.mailedAt is not null and a.status not in ?2)) order by a.updatedAt")
    List<Order> findPaperAwaited(OrderStatus awaiting, Collection<OrderStatus> finished);

    @Query("select a from Order a where a.subjectKey = ?1 order by a.createdAt desc")
    List<Order> findBySubjectKey(String subjectKey);

    @Query("select a from Order a where a.certificateSerial = ?1 and a.status not in ?2 order by a.createdAt desc")
    List<Order> findForCertificate(String serial, Collection<OrderStatus> finished);

    /** A channel's orders in these states changed at or after {@code updatedSince}, newest first. */
    @Query("select a from Order a where a.channel = ?1 and a.status in ?2 and a.updatedAt >= ?3 "
            + "order by a.createdAt desc, a.id")
    Page<Order> findByChannel(String channel, Collection<OrderStatus> statuses, Instant updatedSince, Pageable page);

    @Query("select a from Order a where a.number = ?1")
    Optional<Order> findByNumber(String number);

    /** The order, or 404. */
    default Order get(OrderId id) {
        return findById(id.id()).orElseThrow(() -> new NotFoundException("order", id));
    }

    /** The order if {@code accountId} owns it; another account's order is a 404 like a missing one. */
    default Order owned(OrderId id, UUID accountId) {
        Order order = get(id);
        if (!order.accountId().equals(accountId)) {
            throw new NotFoundException("order", id);
        }
        return order;
    }
}
