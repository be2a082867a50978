package com.certhall.orders.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.orders.VerificationRecord;
import com.certhall.support.AsApplicant;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.Eventually;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/v1/orders/{id}} reads the order in a fixed, small number of SQL statements, whatever its history
 * holds (docs/benchmarks.md, applicant API): the order once, its history, its checks, certificates and payments.
 * {@code GET /api/v1/orders} reads the list in the same statements whatever its length (no query per order). The
 * order's own part, its certificates and its payment are kept per node (docs/architecture.md, "Caches per node"): a
 * repeated read asks the database nothing, and every write of the order or of its certificates is seen by the next
 * read at once.
 */
@IntegrationTest
class OrderReadQueriesTests {

    static final String ACCOUNT = "5b1f0c2e-8d7a-4e61-9c3b-2f4a6d8e0b17";
    /** Order row, history lines, identity checks, certificates, payments. */
    static final int STATEMENTS = 5;
    /** The list: the account's orders in one query, their totals from the rows read. */
    static final int LIST_STATEMENTS = 1;
    static final String LISTER = "0d3c9a71-52e4-4b8f-a6d1-7e2f95c4b803";
    static final String KEEPER = "8e4b2d61-3f7c-4a95-b0e8-c15d7a9f2e46";
    static final String ISSUED = "3c9e5a17-6b2d-4f80-9a4e-d27b18c6f053";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;

    @Test
    @AsApplicant(ACCOUNT)
    void aDraftIsReadInAFixedNumberOfStatements() {
        OrderView draft = Orders.anOrder().forAccount(UUID.fromString(ACCOUNT)).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();

        var read = QueryCounter.count(() -> read(draft));

        assertThat(read.statements()).isLessThanOrEqualTo(STATEMENTS);
    }

    @Test
    @AsApplicant(ACCOUNT)
    void anOrderWithALongerHistoryCostsNoMoreStatements() throws Exception {
        OrderView draft = Orders.anOrder().forAccount(UUID.fromString(ACCOUNT)).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();
        OrderView later = Orders.anOrder().forAccount(UUID.fromString(ACCOUNT)).forChannel("bid-cloud")
                .through(orders).awaitingPaymentOnPaper("org-cloud");

        int drafted = QueryCounter.count(() -> read(draft)).statements();
        var awaiting = QueryCounter.count(() -> read(later));

        awaiting.result().andExpect(jsonPath("$.history.length()").value(org.hamcrest.Matchers.greaterThan(2)));
        assertThat(awaiting.statements()).isLessThanOrEqualTo(Math.max(drafted, STATEMENTS));
    }

    @Test
    @AsApplicant(LISTER)
    void theListCostsTheSameStatementsWhateverItsLength() throws Exception {
        UUID account = UUID.fromString(LISTER);
        Orders.anOrder().forAccount(account).forChannel("health-esign").ofSubject(SubjectType.PERSON).through(orders)
                .started();
        list(1); // the channel's stage is then kept on this node, as it is on a node serving applicants
        int one = QueryCounter.count(() -> list(1)).statements();
        for (int i = 0; i < 3; i++) {
            Orders.anOrder().forAccount(account).forChannel("health-esign").ofSubject(SubjectType.PERSON)
                    .through(orders).started();
        }

        int four = QueryCounter.count(() -> list(4)).statements();

        assertThat(one).isLessThanOrEqualTo(LIST_STATEMENTS);
        assertThat(four).isLessThanOrEqualTo(one);
    }

    @Test
    @AsApplicant(KEEPER)
    void aCancellationIsSeenByTheNextRead() throws Exception {
        OrderView draft = keptDraft();
        read(draft).andExpect(jsonPath("$.status").value("DRAFT"));
        int again = QueryCounter.count(() -> read(draft)).statements();

        orders.cancel(new CancelOrder(draft.id(), UUID.fromString(KEEPER), "填错了", "applicant:test"));

        read(draft).andExpect(jsonPath("$.status").value("CANCELLED"));
        // kept: at most the certificates and the payment are asked again
        assertThat(again).isLessThanOrEqualTo(STATEMENTS - 3);
    }

    @Test
    @AsApplicant(KEEPER)
    void aRecordedIdentityCheckIsSeenByTheNextRead() throws Exception {
        OrderView draft = keptDraft(); // health-esign checks the person first
        read(draft).andExpect(jsonPath("$.unverifiedParties[0]").value("PERSON"));

        orders.recordVerification(draft.id(), UUID.randomUUID(), "PERSON", "FACE", VerificationRecord.Outcome.PASSED,
                null, Orders.NOW);

        read(draft).andExpect(jsonPath("$.unverifiedParties.length()").value(0));
    }

    @Test
    @AsApplicant(KEEPER)
    void anotherAccountGetsNotFoundForAKeptOrder() throws Exception {
        OrderView draft = keptDraft();
        read(draft);

        mvc.perform(get("/api/v1/orders/{id}", draft.id().toString())
                        .with(CallerSecurityContexts.applicant(UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    @Test
    @AsApplicant(KEEPER)
    void aReadWhosePartsAreAllKeptTakesNoConnection() {
        OrderView draft = keptDraft();
        read(draft);

        var again = QueryCounter.count(() -> read(draft));

        assertThat(again.statements()).isZero();
        assertThat(again.connections()).isZero();
    }

    @Test
    @AsApplicant(ISSUED)
    void aCertificateIssuedOrRevokedForAKeptOrderIsSeenByTheNextRead() throws Exception {
        FacadeOrders fixture = Orders.anOrder().forAccount(UUID.fromString(ISSUED)).forChannel("bid-cloud")
                .through(orders);
        OrderId id = fixture.organizationDraft("云签科技有限公司", Identities.uscc(), AccountsTestSupport.newMobile(),
                "org-cloud", "EC_P256");
        OrderView approved = fixture.approvedOnPaper(id);
        // read (and so kept, without its certificate) again and again while the issuance runs on other threads
        Eventually.await("issued", Duration.ofSeconds(60), () -> {
            read(approved);
            return orders.get(id).status();
        }, s -> s == OrderStatus.COMPLETED);

        read(approved).andExpect(jsonPath("$.certificates.length()").value(1))
                .andExpect(jsonPath("$.certificates[0].status").value("VALID"));

        certificates.revoke(certificates.ofOrder(id).get(0).serialHex(), "KEY_COMPROMISE", "staff:test");

        read(approved).andExpect(jsonPath("$.certificates[0].status").value("REVOKED"));
    }

    private OrderView keptDraft() {
        return Orders.anOrder().forAccount(UUID.fromString(KEEPER)).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();
    }

    private ResultActions list(int orders) {
        try {
            return mvc.perform(get("/api/v1/orders"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(orders))
                    .andExpect(jsonPath("$[0].totalFen").isNumber());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultActions read(OrderView order) {
        return read(mvc, order);
    }

    /** {@code GET /api/v1/orders/{id}} as the signed-in applicant: 200 with the order's id. */
    static ResultActions read(MockMvc mvc, OrderView order) {
        try {
            return mvc.perform(get("/api/v1/orders/{id}", order.id().toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(order.id().toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
