package com.certhall.applications;

import com.certhall.applications.domain.Application;
import com.certhall.applications.persistence.Applications;
import com.certhall.audit.AuditLog;
import com.certhall.shared.NotFoundException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationManagementTests {

    @Autowired
    ApplicationManagement orders;
    @Autowired
    Applications applications;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void movesArePersistedWithHistoryAndAudited() {
        UUID account = UUID.randomUUID();
        ApplicationView draft = orders.createDraft(account, "demo", OrderType.NEW, SubjectType.ORGANIZATION,
                "applicant:" + account);
        assertThat(draft.number()).matches("CH\\d{16}");
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);

        ApplicationView offline = orders.goOffline(draft.id(), "applicant:" + account);
        assertThat(offline.status()).isEqualTo(ApplicationStatus.AWAITING_PAPER);
        assertThat(orders.get(draft.id()).status()).isEqualTo(ApplicationStatus.AWAITING_PAPER);

        tx.executeWithoutResult(s -> assertThat(applications.findById(draft.id().id()).orElseThrow().history())
                .extracting(h -> h.action()).containsExactly("create", "goOffline"));
        assertThat(audit.recent("applications.goOffline", null, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("order:" + draft.number()));
    }

    @Test
    void aPayFirstDraftOnThePaperPathStillAsksForPaymentWhenItsPaperArrives() {
        ApplicationView payFirst = orders.createDraft(UUID.randomUUID(), "bid-cloud", OrderType.NEW,
                SubjectType.PERSON, "x");
        orders.goOffline(payFirst.id(), "x");
        ApplicationView received = orders.receivePaper(payFirst.id(), "staff:operator");
        assertThat(received.status()).isEqualTo(ApplicationStatus.PENDING_PAYMENT);
        assertThat(received.payFirst()).isTrue();

        ApplicationView reviewFirst = orders.createDraft(UUID.randomUUID(), "zy-interop", OrderType.NEW,
                SubjectType.PERSON, "x");
        orders.goOffline(reviewFirst.id(), "x");
        assertThat(orders.receivePaper(reviewFirst.id(), "staff:operator").status())
                .isEqualTo(ApplicationStatus.PENDING_REVIEW);
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        ApplicationView draft = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        assertThatThrownBy(() -> orders.getOwned(draft.id(), UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(orders.getOwned(draft.id(), draft.accountId()).id()).isEqualTo(draft.id());
    }

    @Test
    void illegalMoveChangesNothing() {
        ApplicationView draft = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        assertThatThrownBy(() -> orders.approve(draft.id(), "staff:reviewer")).isInstanceOf(IllegalTransition.class);
        assertThat(orders.get(draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(orders.get(draft.id()).version()).isEqualTo(draft.version());
    }

    @Test
    void concurrentChangesAreDetected() {
        ApplicationView draft = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        Application stale = tx.execute(s -> {
            Application loaded = applications.findById(draft.id().id()).orElseThrow();
            loaded.history().size();
            return loaded;
        });
        orders.goOffline(draft.id(), "x");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            stale.cancel("late", "x", Orders.NOW);
            applications.save(stale);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(orders.get(draft.id()).status()).isEqualTo(ApplicationStatus.AWAITING_PAPER);
    }
}
