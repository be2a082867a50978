package com.certhall.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.audit.AuditLog;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.shared.BankCardNumber;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.RateLimitedException;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.support.IntegrationTest;
import com.certhall.support.TestClock;
import com.certhall.verification.provider.sandbox.SandboxBank;
import com.certhall.verification.provider.sandbox.SandboxFaceService;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import com.certhall.verification.provider.sandbox.SandboxServices.Service;
import com.certhall.verification.provider.sandbox.SandboxServices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Each method's happy path and each way it fails, through the facade against the sandbox providers: wrong amounts,
 * expiry after 72 hours (moved clock), mismatched identities, wrong SMS codes, providers down, daily limits.
 */
@IntegrationTest
@RecordApplicationEvents
class VerificationManagementTests {

    @Autowired
    VerificationManagement verifications;
    @Autowired
    AccountsTestSupport.Recorder smsCodes;
    @Autowired
    OrderManagement orders;
    @Autowired
    SandboxIdentities identities;
    @Autowired
    SandboxBank bank;
    @Autowired
    SandboxFaceService face;
    @Autowired
    SandboxServices services;
    @Autowired
    AuditLog audit;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void stopTheClock() {
        clock.setTo(Instant.parse("2026-11-23T02:00:00Z"));
    }

    @AfterEach
    void servicesBackUp() {
        for (Service s : Service.values()) {
            services.setDown(s, false);
        }
    }

    @Test
    void microDepositPassesWithTheAmountTheBankPaidAndSendsThePinByDepositMemo() {
        Company company = company();
        VerificationView started = verifications.start(deposit(order(), company));
        assertThat(started.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(started.attemptsLeft()).isEqualTo(3);
        assertThat(started.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        assertThat(started.maskedIdentifier()).doesNotContain(company.account).doesNotContain(company.uscc);

        List<SandboxBank.Receipt> deposits = bank.deposits(company.account, 10);
        assertThat(deposits).hasSize(1);
        assertThat(deposits.get(0).amountFen()).isBetween(1L, 100L);
        assertThat(deposits.get(0).memo()).startsWith("数字证书实名认证 CH");

        VerificationView passed = verifications.answer(started.id(),
                VerificationAnswer.amount(deposits.get(0).amountFen()), "applicant:a");
        assertThat(passed.status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(passed.decidedHow()).isEqualTo("amountMatched");
        assertThat(passed.decidedBy()).isEqualTo("applicant:a");
        assertThat(passed.pinChannel()).isEqualTo(PinChannel.DEPOSIT_MEMO);
        PinDelivery pin = verifications.pinDelivery(started.order()).orElseThrow();
        assertThat(pin.channel()).isEqualTo(PinChannel.DEPOSIT_MEMO);
        assertThat(pin.bankAccount()).isEqualTo(company.account);
        assertThat(audit.recent("verification.passed", null, 20))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("verification:" + started.id()));
    }

    @Test
    void threeWrongAmountsSendTheCaseToManualReview() {
        Company company = company();
        VerificationView started = verifications.start(deposit(order(), company));
        long paid = bank.deposits(company.account, 1).get(0).amountFen();
        long wrong = paid == 100 ? 99 : paid + 1;

        assertThat(verifications.answer(started.id(), VerificationAnswer.amount(wrong), "a").attemptsLeft()).isEqualTo(2);
        assertThat(verifications.answer(started.id(), VerificationAnswer.amount(wrong), "a").status())
                .isEqualTo(VerificationStatus.PENDING);
        VerificationView third = verifications.answer(started.id(), VerificationAnswer.amount(wrong), "a");
        assertThat(third.status()).isEqualTo(VerificationStatus.MANUAL);
        assertThat(third.decidedHow()).isEqualTo("tooManyWrongAmounts");
        assertThat(events.stream(VerificationNeedsManualReview.class))
                .anySatisfy(e -> assertThat(e.verificationId()).isEqualTo(started.id()));
        assertThatThrownBy(() -> verifications.answer(started.id(), VerificationAnswer.amount(paid), "a"))
                .hasMessageContaining("already MANUAL");
    }

    @Test
    void anUnansweredMicroDepositGoesToManualReviewAfter72Hours() {
        Company company = company();
        VerificationView started = verifications.start(deposit(order(), company));
        long paid = bank.deposits(company.account, 1).get(0).amountFen();

        clock.advance(Duration.ofHours(71).plusMinutes(59));
        assertThat(verifications.status(started.id()).status()).isEqualTo(VerificationStatus.PENDING);
        clock.advance(Duration.ofMinutes(1));
        VerificationView late = verifications.answer(started.id(), VerificationAnswer.amount(paid), "a");
        assertThat(late.status()).isEqualTo(VerificationStatus.MANUAL);
        assertThat(late.decidedHow()).isEqualTo("expired");
        assertThat(late.decidedBy()).isEqualTo("system");
    }

    @Test
    void theSweepClosesOverdueCasesNobodyLooksAt() {
        VerificationView started = verifications.start(deposit(order(), company()));
        clock.advance(Duration.ofHours(73));
        assertThat(verifications.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(verifications.ofOrder(started.order())).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VerificationStatus.MANUAL));
    }

    @Test
    void anAccountTheBankDoesNotKnowFailsAndCanBeSkippedToManualReview() {
        Company company = company();
        StartVerification unknownAccount = new StartVerification(order(), PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, "中国工商银行", TestIdentities.account(),
                company.name, Uscc.parse("uscc", company.uscc), null, "applicant:a", Locale.SIMPLIFIED_CHINESE);
        VerificationView refused = verifications.start(unknownAccount);
        assertThat(refused.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(refused.decidedHow()).isEqualTo("refused:ACCOUNT_NOT_FOUND");

        VerificationView skipped = verifications.skip(refused.id(), "applicant:a");
        assertThat(skipped.status()).isEqualTo(VerificationStatus.MANUAL);
        assertThat(skipped.decidedHow()).isEqualTo("skipped");
    }

    @Test
    void telecomThreeFactorPassesWithTheSmsCodeSentToThatMobile() {
        Person p = person();
        VerificationView started = verifications.start(telecom(order(), p));
        assertThat(started.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(started.smsSentTo()).isEqualTo(MobileNumber.parse("m", p.mobile).masked());

        VerificationView passed = verifications.answer(started.id(), VerificationAnswer.code(codeSentTo(p.mobile)),
                "applicant:a");
        assertThat(passed.status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(passed.decidedHow()).isEqualTo("smsCode");
        PinDelivery pin = verifications.pinDelivery(started.order()).orElseThrow();
        assertThat(pin.channel()).isEqualTo(PinChannel.SMS);
        assertThat(pin.mobile()).isEqualTo(p.mobile);
        assertThat(verifications.latest(started.order(), PartyRole.LEGAL_REP)).get()
                .extracting(VerificationView::status).isEqualTo(VerificationStatus.PASSED);
        assertThat(verifications.latest(started.order(), PartyRole.HANDLER)).isEmpty();
    }

    @Test
    void aMobileNotRegisteredToThePersonFailsAsInconsistent() {
        Person p = person();
        StartVerification otherMobile = new StartVerification(order(), PartyRole.LEGAL_REP,
                VerificationMethod.TELECOM_3F, p.name, ResidentIdNumber.parse("id", p.id),
                MobileNumber.parse("mobile", TestIdentities.mobile()), null, null, null, null, null, null, "a", null);
        VerificationView failed = verifications.start(otherMobile);
        assertThat(failed.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(failed.decidedHow()).isEqualTo("identityMismatch");
        assertThat(events.stream(SmsCodeIssued.class)).isEmpty();
        assertThat(events.stream(VerificationFailed.class))
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("identityMismatch"));
    }

    @Test
    void threeWrongSmsCodesFailTheCase() {
        Person p = person();
        VerificationView started = verifications.start(telecom(order(), p));
        String right = codeSentTo(p.mobile);
        String wrong = right.equals("000000") ? "111111" : "000000";
        verifications.answer(started.id(), VerificationAnswer.code(wrong), "a");
        assertThat(verifications.answer(started.id(), VerificationAnswer.code(wrong), "a").attemptsLeft()).isEqualTo(1);
        VerificationView failed = verifications.answer(started.id(), VerificationAnswer.code(wrong), "a");
        assertThat(failed.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(failed.decidedHow()).isEqualTo("tooManyWrongCodes");
        assertThatThrownBy(() -> verifications.answer(started.id(), VerificationAnswer.code(right), "a"))
                .hasMessageContaining("already FAILED");
    }

    @Test
    void anExpiredCodeFailsButANewCodePassesWithinTheCasesTime() {
        Person p = person();
        VerificationView started = verifications.start(telecom(order(), p));
        String first = codeSentTo(p.mobile);
        clock.advance(Duration.ofMinutes(6));
        assertThat(verifications.answer(started.id(), VerificationAnswer.code(first), "a").attemptsLeft()).isEqualTo(2);
        verifications.resendCode(started.id());
        String second = codeSentTo(p.mobile);
        assertThat(verifications.answer(started.id(), VerificationAnswer.code(second), "a").status())
                .isEqualTo(VerificationStatus.PASSED);
        assertThatThrownBy(() -> verifications.resendCode(started.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void bankCardFourFactorPassesWithCardAndReservedMobileThenTheCode() {
        Person p = person();
        String card = TestIdentities.card();
        identities.addCard(card, "中国建设银行", p.name, p.id, p.mobile);
        VerificationView started = verifications.start(bankCard(order(), p, card, p.mobile));
        assertThat(started.maskedIdentifier()).doesNotContain(card).doesNotContain(p.id);
        VerificationView passed = verifications.answer(started.id(), VerificationAnswer.code(codeSentTo(p.mobile)),
                "a");
        assertThat(passed.status()).isEqualTo(VerificationStatus.PASSED);
    }

    @Test
    void aCardWithAnotherReservedMobileFails() {
        Person p = person();
        String card = TestIdentities.card();
        identities.addCard(card, "中国建设银行", p.name, p.id, p.mobile);
        VerificationView failed = verifications.start(bankCard(order(), p, card, TestIdentities.mobile()));
        assertThat(failed.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(failed.decidedHow()).isEqualTo("identityMismatch");
    }

    @Test
    void faceCheckPassesWhenThePhonePassesIt() {
        Person p = person();
        VerificationView started = verifications.start(face(order(), p));
        assertThat(started.phoneUrl()).startsWith("/sandbox/face/");
        assertThat(verifications.status(started.id()).status()).isEqualTo(VerificationStatus.PENDING);

        face.pass(started.phoneUrl().substring("/sandbox/face/".length()));
        VerificationView passed = verifications.status(started.id());
        assertThat(passed.status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(passed.decidedHow()).isEqualTo("faceCheck");
    }

    @Test
    void faceCheckOfAPersonThePhotoRegisterDoesNotKnowFails() {
        Person stranger = new Person("路人甲", TestIdentities.idNumber(), TestIdentities.mobile());
        VerificationView started = verifications.start(face(order(), stranger));
        face.pass(started.phoneUrl().substring("/sandbox/face/".length()));
        VerificationView failed = verifications.status(started.id());
        assertThat(failed.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(failed.decidedHow()).isEqualTo("faceCheckFailed:NO_RECORD");
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.certhall.sandbox.inbox.SandboxInbox inbox;

    @Test
    void faceByLinkSendsTheLinkToTheMobile() {
        Person p = person();
        StartVerification byLink = new StartVerification(order(), PartyRole.LEGAL_REP, VerificationMethod.FACE, p.name,
                ResidentIdNumber.parse("id", p.id), MobileNumber.parse("m", p.mobile), null, null, null, null, null,
                FaceDelivery.SMS_LINK, "a", null);
        VerificationView started = verifications.start(byLink);
        assertThat(events.stream(FaceLinkRequested.class)).singleElement().satisfies(e -> {
            assertThat(e.mobile()).isEqualTo(p.mobile);
            assertThat(e.toString()).doesNotContain(started.phoneUrl());
        });
        assertThat(verifications.faceLinkToSend(started.id())).get().asString()
                .endsWith(started.phoneUrl()).startsWith("http");
        var sms = com.certhall.support.Eventually.await("the face link SMS", java.time.Duration.ofSeconds(10),
                () -> inbox.messages(p.mobile, 5), list -> !list.isEmpty());
        assertThat(sms.get(0).text()).contains("人脸识别").contains(started.phoneUrl());
    }

    @Test
    void aProviderThatIsDownChangesNothingAndTheCaseContinuesOnceItIsBack() {
        Person p = person();
        OrderId order = order();
        services.setDown(Service.TELECOM, true);
        assertThatThrownBy(() -> verifications.start(telecom(order, p)))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(verifications.ofOrder(order)).isEmpty();

        VerificationView started = verifications.start(face(order, p));
        services.setDown(Service.FACE, true);
        face.pass(started.phoneUrl().substring("/sandbox/face/".length()));
        assertThat(verifications.status(started.id()).status()).isEqualTo(VerificationStatus.PENDING);
        services.setDown(Service.FACE, false);
        assertThat(verifications.status(started.id()).status()).isEqualTo(VerificationStatus.PASSED);
    }

    @Test
    void eachIdentityMayStartAMethodOnlySoOftenADay() {
        Person p = person();
        Person wrongMobile = new Person(p.name, p.id, TestIdentities.mobile());
        for (int i = 0; i < 5; i++) {
            verifications.start(telecom(order(), wrongMobile));
        }
        assertThatThrownBy(() -> verifications.start(telecom(order(), p)))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).isPositive());
        clock.advance(Duration.ofDays(1));
        assertThat(verifications.start(telecom(order(), p)).status()).isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void missingDataIsNamedFieldByField() {
        assertThatThrownBy(() -> new StartVerification(order(), PartyRole.HANDLER, VerificationMethod.BANKCARD_4F,
                "张三", null, null, null, null, null, null, null, null, "a", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("idNumber", "cardNumber", "mobile"));
        assertThatThrownBy(() -> new StartVerification(order(), PartyRole.LEGAL_REP, VerificationMethod.MICRO_DEPOSIT,
                null, null, null, null, "银行", "1234567890", "公司", null, null, "a", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("method"));
        assertThatThrownBy(() -> new VerificationAnswer(101L, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("amountFen"));
    }

    @Test
    void theAuditLogHoldsResultsAndMaskedIdentifiersOnly() {
        Person p = person();
        VerificationView started = verifications.start(telecom(order(), p));
        verifications.answer(started.id(), VerificationAnswer.code(codeSentTo(p.mobile)), "a");
        assertThat(audit.recent("verification.started", null, 50))
                .filteredOn(e -> e.subject().equals("verification:" + started.id())).singleElement()
                .satisfies(e -> assertThat(e.details().toString()).doesNotContain(p.id).doesNotContain(p.mobile)
                        .contains("TELECOM_3F"));
    }

    // --- fixtures

    record Person(String name, String id, String mobile) {
    }

    record Company(String name, String uscc, String account) {
    }

    private OrderId order() {
        return Orders.anOrder().forChannel("demo").through(orders).draft().id();
    }

    private Person person() {
        Person p = new Person("测试" + "甲乙丙丁戊".charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(5)), TestIdentities.idNumber(),
                TestIdentities.mobile());
        identities.addPerson(p.name, p.id, p.mobile);
        return p;
    }

    private Company company() {
        Company c = new Company("测试科技有限公司" + UUID.randomUUID().toString().substring(0, 4),
                TestIdentities.uscc(), TestIdentities.account());
        identities.addCompany(c.name, c.uscc, "中国工商银行北京分行", c.account);
        return c;
    }

    private static StartVerification deposit(OrderId order, Company c) {
        return new StartVerification(order, PartyRole.ORGANIZATION, VerificationMethod.MICRO_DEPOSIT, null, null, null,
                null, "中国工商银行北京分行", c.account, c.name, Uscc.parse("uscc", c.uscc), null, "applicant:a", null);
    }

    private static StartVerification telecom(OrderId order, Person p) {
        return new StartVerification(order, PartyRole.LEGAL_REP, VerificationMethod.TELECOM_3F, p.name,
                ResidentIdNumber.parse("id", p.id), MobileNumber.parse("m", p.mobile), null, null, null, null, null,
                null, "applicant:a", null);
    }

    private static StartVerification bankCard(OrderId order, Person p, String card, String mobile) {
        return new StartVerification(order, PartyRole.HANDLER, VerificationMethod.BANKCARD_4F, p.name,
                ResidentIdNumber.parse("id", p.id), MobileNumber.parse("m", mobile), BankCardNumber.parse("c", card),
                null, null, null, null, null, "applicant:a", null);
    }

    private static StartVerification face(OrderId order, Person p) {
        return new StartVerification(order, PartyRole.PERSON, VerificationMethod.FACE, p.name,
                ResidentIdNumber.parse("id", p.id), null, null, null, null, null, null, FaceDelivery.QR, "applicant:a",
                null);
    }

    private String codeSentTo(String mobile) {
        events.stream(SmsCodeIssued.class).filter(e -> e.mobile().equals(mobile)).reduce((a, b) -> b).orElseThrow();
        return smsCodes.codeFor(mobile);
    }
}
