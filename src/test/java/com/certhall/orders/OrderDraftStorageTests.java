package com.certhall.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.Subject.IdType;
import com.certhall.orders.Subject.Party;
import com.certhall.orders.domain.StoredOrders;
import com.certhall.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drafts are saved step by step, encrypted at rest, and read back whole. */
@IntegrationTest
class OrderDraftStorageTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    StoredOrders storedOrders;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void draftIsEncryptedAtRestAndReadBack() {
        OrderView view = orders.createDraft(UUID.randomUUID(), "demo", OrderType.NEW, SubjectType.PERSON, "x");
        Party person = new Party("李娜", IdType.RESIDENT_ID, "360426199101010071", "13900139000", "li@example.com",
                "北京市", "");
        storedOrders.changeSubject(view.id(), new Subject.Person(person), "hash-1");
        storedOrders.changeLines(view.id(), List.of(new OrderLine("P1", "个人证书",
                com.certhall.catalog.CertificateType.PERSONAL, com.certhall.catalog.Medium.CLOUD, 2, 1,
                com.certhall.catalog.KeyAlgorithm.SM2, null, 20000)));
        String stored = jdbc.queryForObject("SELECT draft FROM applications_order WHERE id = ?", String.class,
                view.id().id());
        assertThat(stored).startsWith("v1:").doesNotContain("360426199101010071").doesNotContain("李娜");
        OrderDraft draft = storedOrders.draft(view.id());
        assertThat(draft.subject()).isEqualTo(new Subject.Person(person));
        assertThat(draft.totalFen()).isEqualTo(20000);
        assertThat(draft.lines().get(0).keyAlgorithm().name()).isEqualTo("SM2");
    }
}
