package com.certhall.orders.domain;

import static com.certhall.orders.OrderStatus.*;
import static com.certhall.orders.Orders.ACTOR;
import static com.certhall.orders.Orders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.support.Combinations;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, action) pair of the order state machine is either allowed or refused with the move named. */
class OrderStateMachineTests {

    static final Map<String, Consumer<Order>> ACTIONS = new java.util.LinkedHashMap<>();
    static final Map<OrderStatus, Set<String>> ALLOWED = new EnumMap<>(OrderStatus.class);

    static {
        ACTIONS.put("submit", a -> a.submit(FlowOrder.PAY_THEN_REVIEW, VerificationStage.AFTER_SUBMISSION, ACTOR, NOW));
        ACTIONS.put("route", a -> a.route(ACTOR, NOW));
        ACTIONS.put("markPaid", a -> a.markPaid("system", NOW));
        ACTIONS.put("approve", a -> a.approve("staff:reviewer", NOW));
        ACTIONS.put("reject", a -> a.reject("材料不全", "staff:reviewer", NOW));
        ACTIONS.put("resubmit", a -> a.resubmit(ACTOR, NOW));
        ACTIONS.put("goOffline", a -> a.goOffline(FlowOrder.REVIEW_THEN_PAY, ACTOR, NOW));
        ACTIONS.put("receivePaper", a -> a.receivePaper("staff:operator", NOW));
        ACTIONS.put("startIssuing", a -> a.startIssuing("system", NOW));
        ACTIONS.put("markIssued", a -> a.markIssued("system", NOW));
        ACTIONS.put("ship", a -> a.ship("staff:operator", "SF", NOW));
        ACTIONS.put("complete", a -> a.complete("system", NOW));
        ACTIONS.put("cancel", a -> a.cancel("reason", ACTOR, NOW));
        ACTIONS.put("fulfil", a -> a.fulfil("system", NOW));

        ALLOWED.put(DRAFT, Set.of("submit", "goOffline", "cancel"));
        ALLOWED.put(SUBMITTED, Set.of("route", "goOffline", "cancel"));
        ALLOWED.put(PENDING_PAYMENT, Set.of("markPaid", "cancel"));
        ALLOWED.put(PENDING_REVIEW, Set.of("approve", "reject", "cancel"));
        ALLOWED.put(REJECTED, Set.of("resubmit", "goOffline", "cancel"));
        ALLOWED.put(AWAITING_PAPER, Set.of("receivePaper", "cancel"));
        ALLOWED.put(APPROVED, Set.of("startIssuing", "fulfil", "cancel"));
        ALLOWED.put(ISSUING, Set.of("markIssued"));
        ALLOWED.put(ISSUED, Set.of("ship", "complete"));
        ALLOWED.put(SHIPPED, Set.of("complete"));
        ALLOWED.put(COMPLETED, Set.of());
        ALLOWED.put(CANCELLED, Set.of());
    }

    static Stream<Arguments> everyStateAndAction() {
        return Combinations.pairs(OrderStatus.values(), ACTIONS.keySet());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyPairIsAllowedOrRefused(OrderStatus status, String action) {
        Order order = Aggregates.anOrder().in(status);
        int historyBefore = order.history().size();
        if (ALLOWED.get(status).contains(action)) {
            ACTIONS.get(action).accept(order);
            if (status == DRAFT && action.equals("goOffline")) {
                // a draft on the paper path stays a draft until it is submitted with its printed form
                assertThat(order.status()).isEqualTo(DRAFT);
                assertThat(order.isOnPaper()).isTrue();
            } else {
                assertThat(order.status()).isNotEqualTo(status);
            }
            assertThat(order.history()).hasSize(historyBefore + 1);
            assertThat(order.history().get(historyBefore).action()).isEqualTo(action);
        } else {
            assertThatThrownBy(() -> ACTIONS.get(action).accept(order))
                    .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                        assertThat(e.from()).isEqualTo(status);
                        assertThat(e.getMessage()).contains(action).contains(status.name());
                        assertThat(e.status()).isEqualTo(409);
                    });
            assertThat(order.status()).isEqualTo(status);
            assertThat(order.history()).hasSize(historyBefore);
        }
    }

    @Test
    void everyStateIsCoveredByTheTable() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
    }

    @Test
    void aLifecycleOrderApprovedAtSubmissionWaitsOnlyForPayment() {
        Order order = Aggregates.anOrder().draft();
        order.submit(FlowOrder.REVIEW_THEN_PAY, VerificationStage.AFTER_SUBMISSION, true, false, ACTOR, NOW);
        assertThat(order.status()).isEqualTo(PENDING_PAYMENT);
        assertThat(order.history()).extracting(HistoryLine::action).containsExactly("create", "submit",
                "autoApprove", "route");
        order.markPaid("system", NOW);
        assertThat(order.status()).isEqualTo(APPROVED);
    }

    @Test
    void aFreeLifecycleOrderApprovedAtSubmissionIsApprovedAtOnceAndFulfilled() {
        Order order = Aggregates.anOrder().draft();
        order.submit(FlowOrder.PAY_THEN_REVIEW, VerificationStage.BEFORE_PRODUCT, true, true, ACTOR, NOW);
        assertThat(order.status()).isEqualTo(APPROVED);
        assertThat(order.isPaid()).isTrue();
        order.fulfil("system", NOW);
        assertThat(order.status()).isEqualTo(COMPLETED);
    }

    @Test
    void aLifecycleOrderThatNeedsReviewGoesTheChannelsWay() {
        Order order = Aggregates.anOrder().draft();
        order.submit(FlowOrder.REVIEW_THEN_PAY, VerificationStage.BEFORE_PRODUCT, false, false, ACTOR, NOW);
        assertThat(order.status()).isEqualTo(PENDING_REVIEW);
        assertThat(order.isApproved()).isFalse();
    }

    @Test
    void payThenReview() {
        Order order = Aggregates.anOrder().payingFirst().submitted();
        order.route(ACTOR, NOW);
        assertThat(order.status()).isEqualTo(PENDING_PAYMENT);
        order.markPaid("system", NOW);
        assertThat(order.status()).isEqualTo(PENDING_REVIEW);
        order.approve("staff:reviewer", NOW);
        assertThat(order.status()).isEqualTo(APPROVED);
    }

    @Test
    void reviewThenPay() {
        Order order = Aggregates.anOrder().reviewedFirst().submitted();
        order.route(ACTOR, NOW);
        assertThat(order.status()).isEqualTo(PENDING_REVIEW);
        order.approve("staff:reviewer", NOW);
        assertThat(order.status()).isEqualTo(PENDING_PAYMENT);
        order.markPaid("system", NOW);
        assertThat(order.status()).isEqualTo(APPROVED);
    }

    @Test
    void rejectedOrderKeepsItsReasonAndComesBackToReview() {
        Order order = Aggregates.anOrder().in(PENDING_REVIEW);
        order.reject("法定代表人身份证复印件不清晰", "staff:reviewer", NOW);
        assertThat(order.rejectionReason()).isEqualTo("法定代表人身份证复印件不清晰");
        assertThat(order.status().isEditable()).isTrue();
        order.resubmit(ACTOR, NOW);
        assertThat(order.status()).isEqualTo(PENDING_REVIEW);
        assertThat(order.history()).extracting(h -> h.action())
                .containsExactly("create", "submit", "route", "reject", "resubmit");
    }

    @Test
    void aDraftOnThePaperPathIsSubmittedWithItsPrintedForm() {
        Order order = Aggregates.anOrder().draft();
        assertThatThrownBy(() -> order.submitOnPaper(ACTOR, NOW)).isInstanceOf(ActionRefused.class);
        order.goOffline(FlowOrder.PAY_THEN_REVIEW, ACTOR, NOW);
        order.goOffline(FlowOrder.PAY_THEN_REVIEW, ACTOR, NOW);
        assertThat(order.status()).isEqualTo(DRAFT);
        assertThat(order.status().isEditable()).isTrue();
        order.submitOnPaper(ACTOR, NOW);
        assertThat(order.status()).isEqualTo(AWAITING_PAPER);
        assertThat(order.history()).extracting(h -> h.action()).containsExactly("create", "goOffline", "submitOnPaper");
        order.receivePaper("staff:operator", NOW);
        assertThat(order.status()).isEqualTo(PENDING_PAYMENT);
    }

    @Test
    void paperPathReturnsToTheChannelsOrder() {
        Order payFirst = Aggregates.anOrder().payingFirst().submitted();
        payFirst.goOffline(FlowOrder.REVIEW_THEN_PAY, ACTOR, NOW);
        payFirst.receivePaper("staff:operator", NOW);
        assertThat(payFirst.status()).isEqualTo(PENDING_PAYMENT);
    }

    @Test
    void rejectionNeedsAReason() {
        Order order = Aggregates.anOrder().in(PENDING_REVIEW);
        assertThatThrownBy(() -> order.reject(" ", "staff:reviewer", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(PENDING_REVIEW);
    }

    @Test
    void everyMoveIsPublishedForTheAuditLog() {
        Order order = Aggregates.anOrder().in(PENDING_REVIEW);
        order.approve("staff:reviewer", NOW);
        assertThat(order.pendingEvents()).last().isInstanceOfSatisfying(OrderStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo(PENDING_REVIEW);
            assertThat(e.to()).isEqualTo(PENDING_PAYMENT);
            assertThat(e.toAuditRecord().action()).isEqualTo("orders.approve");
            assertThat(e.toAuditRecord().actor()).isEqualTo("staff:reviewer");
        });
    }
}
