package com.certhall.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditLog;
import com.certhall.orders.domain.IllegalTransition;
import com.certhall.orders.domain.StepMissingException;
import com.certhall.orders.domain.StoredOrders;
import com.certhall.shared.NotFoundException;
import com.certhall.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrderManagementTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    OrderManagement steps;
    @Autowired
    StoredOrders stored;
    @Autowired
    AuditLog audit;

    @Test
    void movesArePersistedWithHistoryAndAudited() {
        UUID account = UUID.randomUUID();
        OrderView draft = withProduct(account, "zy-interop", "personal");
        assertThat(draft.number()).matches("CH\\d{16}");
        assertThat(draft.status()).isEqualTo(OrderStatus.DRAFT);

        OrderView offline = orders.goOffline(draft.id(), "applicant:" + account);
        assertThat(offline.status()).isEqualTo(OrderStatus.AWAITING_PAPER);
        assertThat(orders.get(draft.id()).status()).isEqualTo(OrderStatus.AWAITING_PAPER);

        List<String> actions = stored.historyActions(draft.id());
        assertThat(actions).containsExactly("create", "goOffline");
        // the paper form lists what is applied for: a draft without products cannot take the paper path
        OrderView empty = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.PERSON, "x");
        assertThatThrownBy(() -> orders.goOffline(empty.id(), "x")).isInstanceOf(StepMissingException.class);
        assertThat(orders.get(empty.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(audit.recent("orders.goOffline", null, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("order:" + draft.number()));
    }

    @Test
    void aPayFirstDraftOnThePaperPathStillAsksForPaymentWhenItsPaperArrives() {
        OrderView payFirst = withProduct(UUID.randomUUID(), "bid-cloud", "personal-cloud");
        orders.goOffline(payFirst.id(), "x");
        OrderView received = orders.receivePaper(payFirst.id(), "staff:operator");
        assertThat(received.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(received.payFirst()).isTrue();

        OrderView reviewFirst = withProduct(UUID.randomUUID(), "zy-interop", "personal");
        orders.goOffline(reviewFirst.id(), "x");
        assertThat(orders.receivePaper(reviewFirst.id(), "staff:operator").status())
                .isEqualTo(OrderStatus.PENDING_REVIEW);
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        OrderView draft = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        assertThatThrownBy(() -> orders.getOwned(draft.id(), UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(orders.getOwned(draft.id(), draft.accountId()).id()).isEqualTo(draft.id());
    }

    @Test
    void illegalMoveChangesNothing() {
        OrderView draft = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        assertThatThrownBy(() -> orders.approve(draft.id(), "staff:reviewer")).isInstanceOf(IllegalTransition.class);
        assertThat(orders.get(draft.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(orders.get(draft.id()).version()).isEqualTo(draft.version());
    }

    /** A person's draft in {@code channel} with one year of {@code product}. */
    private OrderView withProduct(UUID account, String channel, String product) {
        OrderView draft = orders.createDraft(account, channel, OrderType.NEW, SubjectType.PERSON,
                "applicant:" + account);
        return steps.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(draft.id(), account, java.util.List.of(new OrderCommands.ItemForm(product, 1, 1, null,
                null))));
    }
}
