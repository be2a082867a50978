package com.certhall.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditLog;
import com.certhall.orders.domain.IllegalTransition;
import com.certhall.orders.domain.StoredOrders;
import com.certhall.shared.NotFoundException;
import com.certhall.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrderManagementTests {

    @Autowired
    OrderManagement orders;
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

        OrderView offline = Orders.anOrder().forAccount(account).forChannel("zy-interop").ofSubject(SubjectType.PERSON)
                .through(orders).submittedOnPaper(draft.id());
        assertThat(offline.status()).isEqualTo(OrderStatus.AWAITING_PAPER);
        assertThat(orders.get(draft.id()).status()).isEqualTo(OrderStatus.AWAITING_PAPER);

        List<String> actions = stored.historyActions(draft.id());
        assertThat(actions).containsExactly("create", "goOffline", "submitOnPaper");
        assertThat(audit.recent("orders.goOffline", null, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("order:" + draft.number()));
        assertThat(audit.recent("orders.submitOnPaper", null, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("order:" + draft.number()));
    }

    @Test
    void aDraftOnThePaperPathKeepsTheStepsPaperDoesNotReplace() {
        UUID account = UUID.randomUUID();
        // identity checks before the product (BJCA): the paper path is open before any product is chosen
        OrderView empty = orders.createDraft(account, "zy-interop", OrderType.NEW, SubjectType.PERSON, "x");
        OrderView offline = orders.goOffline(empty.id(), "x");
        assertThat(offline.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(offline.onPaper()).isTrue();
        assertThatThrownBy(() -> orders.submitOnPaper(new OrderCommands.SubmitOnPaper(empty.id(), account, Locale.SIMPLIFIED_CHINESE, "x")))
                .isInstanceOfSatisfying(com.certhall.shared.InvalidInputException.class, e -> assertThat(
                        e.violations()).extracting(v -> v.field()).contains("person", "items", "invoice", "delivery")
                        .noneMatch(f -> f.startsWith("documents.") || f.startsWith("verification.")));
        assertThat(orders.get(empty.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(orders.missing(empty.id(), account)).extracting(v -> v.field())
                .doesNotContain("documents.ID_FRONT", "signature");
    }

    @Test
    void aPayFirstDraftOnThePaperPathStillAsksForPaymentWhenItsPaperArrives() {
        UUID payer = UUID.randomUUID();
        OrderView payFirst = withProduct(payer, "bid-cloud", "personal-cloud");
        Orders.anOrder().forAccount(payer).forChannel("bid-cloud").ofSubject(SubjectType.PERSON).through(orders)
                .submittedOnPaper(payFirst.id());
        OrderView received = orders.receivePaper(payFirst.id(), "staff:operator");
        assertThat(received.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(received.payFirst()).isTrue();

        UUID reviewed = UUID.randomUUID();
        OrderView reviewFirst = withProduct(reviewed, "zy-interop", "personal");
        Orders.anOrder().forAccount(reviewed).forChannel("zy-interop").ofSubject(SubjectType.PERSON).through(orders)
                .submittedOnPaper(reviewFirst.id());
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
        OrderView draft = orders.start(OrderCommands.StartOrder.of(account, channel, "PERSON", true,
                "applicant:" + account));
        return orders.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(draft.id(), account, java.util.List.of(new OrderCommands.ItemForm(product, 1, 1, null,
                null))));
    }
}
