package com.certhall.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.catalog.ChannelTexts;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.domain.VerificationRecords;
import com.certhall.review.domain.ReviewNotOpenException;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.Eventually;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationPassed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Orders submitted through the real wizard API reach review: the automatic path (verified person, ID scans only)
 * and the manual path with its reasons, rejection with the SZCA-style SMS, resubmission into a second round with
 * the first kept as history, approval, and the audit entries naming the reviewer.
 */
@EnableScenarios
class ReviewManagementTests extends ReviewTestBase {

    /** An approved and paid order moves on to issuance at once (lifecycle). */
    static final List<OrderStatus> AFTER_APPROVAL = List.of(OrderStatus.APPROVED,
            OrderStatus.ISSUING, OrderStatus.ISSUED, OrderStatus.COMPLETED);

    @Autowired
    OrderManagement orders;
    @Autowired
    com.certhall.orders.domain.PaperPost paper;
    @Autowired
    VerificationRecords verifications;
    @Autowired
    AuditLog audit;
    @Autowired
    ChannelTexts channelNames;

    @Test
    void aVerifiedPersonWithIdScansOnlyIsApprovedByTheAutomaticChecks(Scenario scenario) {
        OrderId id = anOrder().awaitingPayment();
        scenario.publish(new VerificationPassed(VerificationId.random(), id, PartyRole.PERSON,
                        VerificationMethod.TELECOM_3F, PinChannel.SMS, "telecom", "applicant:test", clock.instant()))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> verifications.of(id), l -> !l.isEmpty())
                .andVerify(recorded -> assertThat(recorded).as("the verification recorded on the order").isNotEmpty());
        orders.markPaid(id, "test");

        ReviewTaskView round = Eventually.await("the automatic decision", WAIT, () -> reviews.rounds(id),
                r -> !r.isEmpty()).get(0);
        assertThat(round.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(round.automatic()).isTrue();
        assertThat(round.reasons()).isEmpty();
        assertThat(round.decidedBy()).isEqualTo(ReviewManagement.AUTO_ACTOR);
        OrderDetails details = orders.details(id);
        assertThat(details.order().approved()).isTrue();
        assertThat(details.order().status()).isIn(AFTER_APPROVAL);
        assertThat(details.history()).anySatisfy(m -> {
            assertThat(m.action()).isEqualTo("approve");
            assertThat(m.actor()).isEqualTo(ReviewManagement.AUTO_ACTOR);
        });
        assertThat(reviews.queue(ReviewQuery.pending())).extracting(ReviewTaskView::orderId).doesNotContain(id);
        message(mobile, "已经审核通过");
    }

    @Test
    void aVerificationThatArrivesWhileTheOrderWaitsClearsItsLastReason(Scenario scenario) {
        // the paper path: no online check; the signed form arrives, the order is paid and waits for a reviewer
        OrderId id = anOrder().awaitingPaper();
        paper.received(id, "staff:operator");
        orders.markPaid(id, "test");
        ReviewTaskView waiting = rounds(id, 1).get(0);
        assertThat(waiting.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(waiting.reasons()).containsExactly(ReviewReason.of("notVerified", "PERSON"));

        scenario.publish(new VerificationPassed(VerificationId.random(), id, PartyRole.PERSON,
                        VerificationMethod.FACE, PinChannel.SMS, "face", "applicant:test", clock.instant()))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> reviews.rounds(id).get(0), r -> r.status() != ReviewStatus.PENDING)
                .andVerify(decided -> {
                    assertThat(decided.status()).isEqualTo(ReviewStatus.APPROVED);
                    assertThat(decided.automatic()).isTrue();
                    assertThat(decided.reasons()).isEmpty();
                });
        assertThat(orders.get(id).approved()).isTrue();
        assertThat(orders.get(id).status()).isIn(AFTER_APPROVAL);
    }

    @Test
    void anOrderWithStampedPapersWaitsIsRejectedResubmittedAndApproved() {
        OrderId id = anOrder().inReview();
        ReviewTaskView first = rounds(id, 1).get(0);
        assertThat(first.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.subjectName()).isEqualTo("审核测试科技有限公司");
        // the handler passed the telecom check before submission; the stamped forms still need a person's eyes
        assertThat(first.reasons()).extracting(ReviewReason::code).containsExactly("paperNeedsEyes");
        assertThat(first.reasons().get(0).args()).containsExactly("APPLICATION_FORM/SIGNATURE_PAGE");

        assertThat(reviews.queue(ReviewQuery.pending())).extracting(ReviewTaskView::orderId).contains(id);
        assertThat(reviews.queue(new ReviewQuery(ReviewStatus.PENDING, "zy-interop", null, "paperNeedsEyes")))
                .extracting(ReviewTaskView::orderId).contains(id);
        assertThat(reviews.queue(new ReviewQuery(ReviewStatus.PENDING, "coal-trade", null, null)))
                .extracting(ReviewTaskView::orderId).doesNotContain(id);
        assertThat(reviews.queue(new ReviewQuery(ReviewStatus.PENDING, null, null, "materialsMissing")))
                .extracting(ReviewTaskView::orderId).doesNotContain(id);

        assertThatThrownBy(() -> reviews.decide(id, ReviewDecision.REJECT, "  ", "staff:reviewer"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason"));
        assertThat(reviews.rounds(id).get(0).status()).isEqualTo(ReviewStatus.PENDING);

        reviews.decide(id, ReviewDecision.REJECT, "营业执照复印件未加盖公章", "staff:reviewer");
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(orders.get(id).rejectionReason()).isEqualTo("营业执照复印件未加盖公章");
        assertThatThrownBy(() -> reviews.decide(id, ReviewDecision.APPROVE, null, "staff:reviewer"))
                .isInstanceOf(ReviewNotOpenException.class);
        String number = orders.get(id).number();
        assertThat(audit.recent("review.reject", "staff:reviewer", 200)).extracting(AuditEntryView::subject)
                .contains("order:" + number);
        Map<String, Object> sms = message(mobile, "已被审核驳回");
        assertThat((String) sms.get("text")).startsWith("【CertHall】").contains(number)
                .contains("驳回原因：营业执照复印件未加盖公章").contains("/orders/" + id);
        Map<String, Object> mail = message("li@example.com", "营业执照复印件未加盖公章");
        assertThat(mail.get("kind")).isEqualTo("EMAIL");

        assertThat(resubmit(id).get("status")).isEqualTo("PENDING_REVIEW");
        List<ReviewTaskView> rounds = rounds(id, 2);
        assertThat(rounds).extracting(ReviewTaskView::round).containsExactly(1, 2);
        assertThat(rounds.get(0).status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rounds.get(0).decisionReason()).isEqualTo("营业执照复印件未加盖公章");
        assertThat(rounds.get(0).decidedBy()).isEqualTo("staff:reviewer");
        assertThat(rounds.get(1).status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(reviews.queue(ReviewQuery.pending())).extracting(ReviewTaskView::orderId).contains(id);

        ReviewTaskView approved = reviews.decide(id, ReviewDecision.APPROVE, null, "staff:reviewer2");
        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.automatic()).isFalse();
        assertThat(orders.get(id).approved()).isTrue();
        assertThat(orders.get(id).status()).isNotEqualTo(OrderStatus.PENDING_REVIEW);
        assertThat(audit.recent("review.approve", "staff:reviewer2", 200)).extracting(AuditEntryView::subject)
                .contains("order:" + number);
        message(mobile, "已经审核通过");
        assertThat(reviews.queue(ReviewQuery.pending())).extracting(ReviewTaskView::orderId).doesNotContain(id);
    }

    @Test
    void theQueueFiltersByWaitingTimeAndAnOrderCancelledInReviewLeavesIt() {
        OrderId id = anOrder().inReview();
        rounds(id, 1);
        assertThat(reviews.queue(new ReviewQuery(ReviewStatus.PENDING, null, Duration.ofHours(1), null)))
                .extracting(ReviewTaskView::orderId).doesNotContain(id);
        clock.advance(Duration.ofHours(2));
        assertThat(reviews.queue(new ReviewQuery(ReviewStatus.PENDING, null, Duration.ofHours(1), null)))
                .extracting(ReviewTaskView::orderId).contains(id);
        orders.cancel(id, "不再需要", "applicant:test");
        Eventually.await("the round closed", WAIT, () -> reviews.rounds(id).get(0).status(),
                s -> s == ReviewStatus.CLOSED);
        assertThat(reviews.queue(ReviewQuery.pending())).extracting(ReviewTaskView::orderId).doesNotContain(id);
    }

    /**
     * The outcome is written in the language the applicant last signed in: re-signed with an English browser, the
     * approval SMS and e-mail are English and name the channel by its English name.
     */
    @Test
    void anApplicantWhoSignedInEnglishIsToldInEnglish() {
        OrderId id = anOrder().inReview();
        rounds(id, 1);
        reviews.decide(id, ReviewDecision.REJECT, "营业执照复印件未加盖公章", "staff:reviewer");
        message(mobile, "已被审核驳回");

        clock.advance(Duration.ofSeconds(61));
        HttpHeaders english = new HttpHeaders();
        english.setBearerAuth(applicant.token());
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9");
        http.exchange("/api/v1/orders/" + id + "/signature-code", HttpMethod.POST, new HttpEntity<>(english),
                Map.class);
        http.exchange("/api/v1/orders/" + id + "/submission", HttpMethod.POST, new HttpEntity<>(Map.of("smsCode",
                recorder.codeFor(mobile), "agreementAccepted", true), english), Map.class);
        assertThat(orders.get(id).language()).isEqualTo(java.util.Locale.ENGLISH);
        rounds(id, 2);
        reviews.decide(id, ReviewDecision.APPROVE, null, "staff:reviewer");

        String number = orders.get(id).number();
        Map<String, Object> sms = message(mobile, "has been approved");
        assertThat((String) sms.get("text")).contains(number).contains(channelNames.channelName(
                orders.get(id).channel(), java.util.Locale.ENGLISH)).doesNotContain("审核");
        assertThat(channelNames.channelName(orders.get(id).channel(), java.util.Locale.ENGLISH))
                .doesNotContainPattern("\\p{IsHan}");
        message("li@example.com", "has been approved");
    }
}
