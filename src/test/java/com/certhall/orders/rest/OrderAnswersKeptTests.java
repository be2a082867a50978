package com.certhall.orders.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.orders.VerificationRecord;
import com.certhall.support.AsApplicant;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/orders/{id}} keeps the order's own part per node (docs/architecture.md, "Caches per node"): a
 * repeated read asks the database only for the other modules' facts, and every write of the order is seen by the
 * next read at once.
 */
@IntegrationTest
class OrderAnswersKeptTests {

    static final String ACCOUNT = "8e4b2d61-3f7c-4a95-b0e8-c15d7a9f2e46";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;

    @Test
    @AsApplicant(ACCOUNT)
    void aCancellationIsSeenByTheNextRead() throws Exception {
        OrderView draft = draft();
        read(draft).andExpect(jsonPath("$.status").value("DRAFT"));
        int again = QueryCounter.count(() -> read(draft)).statements();

        orders.cancel(new CancelOrder(draft.id(), UUID.fromString(ACCOUNT), "填错了", "applicant:test"));

        read(draft).andExpect(jsonPath("$.status").value("CANCELLED"));
        // kept: only the certificates and the payment are asked again
        assertThat(again).isLessThanOrEqualTo(OrderReadQueriesTests.STATEMENTS - 3);
    }

    @Test
    @AsApplicant(ACCOUNT)
    void aRecordedIdentityCheckIsSeenByTheNextRead() throws Exception {
        OrderView draft = draft(); // health-esign checks the person before products are chosen
        read(draft).andExpect(jsonPath("$.unverifiedParties[0]").value("PERSON"));

        orders.recordVerification(draft.id(), UUID.randomUUID(), "PERSON", "FACE", VerificationRecord.Outcome.PASSED,
                null, Orders.NOW);

        read(draft).andExpect(jsonPath("$.unverifiedParties.length()").value(0));
    }

    @Test
    @AsApplicant(ACCOUNT)
    void anotherAccountGetsNotFoundForAKeptOrder() throws Exception {
        OrderView draft = draft();
        read(draft);

        mvc.perform(get("/api/v1/orders/{id}", draft.id().toString())
                        .with(CallerSecurityContexts.applicant(UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    private OrderView draft() {
        return Orders.anOrder().forAccount(UUID.fromString(ACCOUNT)).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();
    }

    private org.springframework.test.web.servlet.ResultActions read(OrderView order) {
        try {
            return mvc.perform(get("/api/v1/orders/{id}", order.id().toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(order.id().toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
