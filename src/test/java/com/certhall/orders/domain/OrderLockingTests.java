package com.certhall.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.OrderCommands.ChooseProducts;
import com.certhall.orders.OrderCommands.ItemForm;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Two writers of one order: the later save of a stale copy fails, and the first change stands. */
@IntegrationTest
class OrderLockingTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    StoredOrders stored;

    @Test
    void concurrentChangesAreDetected() {
        UUID account = UUID.randomUUID();
        OrderView draft = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.PERSON,
                "applicant:" + account);
        orders.chooseProducts(new ChooseProducts(draft.id(), account,
                List.of(new ItemForm("personal", 1, 1, null, null))));
        Order stale = stored.load(draft.id());
        orders.goOffline(draft.id(), "x");
        stale.cancel("late", "x", Orders.NOW);
        assertThatThrownBy(() -> stored.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(orders.get(draft.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(orders.get(draft.id()).onPaper()).isTrue();
    }
}
