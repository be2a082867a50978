package com.certhall.orders.persistence;

import com.certhall.orders.OrderStatus;
import com.certhall.orders.domain.Order;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All orders. */
public interface Orders extends JpaRepository<Order, UUID> {

    @Query("select a from Order a where a.accountId = ?1 order by a.createdAt desc")
    List<Order> findByAccount(UUID accountId);

    @Query("select a from Order a where a.channel = ?1 and a.subjectKey = ?2 and a.status not in ?3")
    List<Order> findForSubject(String channel, String subjectKey, Collection<OrderStatus> finished);

    @Query("select a from Order a where a.authorizationTokenHash = ?1")
    Optional<Order> findByAuthorizationToken(String tokenHash);

    @Query("select a from Order a where a.paperReceivedAt is null and (a.status = ?1 "
            + "or (a.paperMailedAt is not null and a.status not in ?2)) order by a.updatedAt")
    List<Order> findPaperAwaited(OrderStatus awaiting, Collection<OrderStatus> finished);

    @Query("select a from Order a where a.subjectKey = ?1 order by a.createdAt desc")
    List<Order> findBySubjectKey(String subjectKey);

    @Query("select a from Order a where a.number = ?1")
    Optional<Order> findByNumber(String number);
}
