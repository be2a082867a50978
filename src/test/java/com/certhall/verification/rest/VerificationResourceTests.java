package com.certhall.verification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Orders;
import com.certhall.shared.Uscc;
import com.certhall.support.IntegrationTest;
import com.certhall.verification.PartyRole;
import com.certhall.verification.StartVerification;
import com.certhall.verification.TestIdentities;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationView;
import com.certhall.verification.provider.sandbox.SandboxBank;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The verification calls (docs/development.md, "API"): answers, skip, status, the paper path; owners only. */
@IntegrationTest
class VerificationResourceTests {


    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    VerificationManagement verifications;
    @Autowired
    SandboxBank bank;
    @Autowired
    SandboxIdentities identities;

    String company;
    String uscc;
    String bankAccount;

    @BeforeEach
    void aFreshCompany() {
        company = "接口测试有限公司" + UUID.randomUUID().toString().substring(0, 4);
        uscc = TestIdentities.uscc();
        bankAccount = TestIdentities.account();
        identities.addCompany(company, uscc, "中国工商银行北京海淀支行", bankAccount);
    }

    @Test
    void theRightAmountPassesTheMicroDeposit() throws Exception {
        UUID account = UUID.randomUUID();
        VerificationView v = microDeposit(account);
        long paid = bank.deposits(bankAccount, 1).get(0).amountFen();

        mvc.perform(get(base(v) + "/verifications/" + v.id()).with(as(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attemptsLeft").value(3))
                .andExpect(jsonPath("$.expiresAt").value(org.hamcrest.Matchers.endsWith("+08:00")))
                .andExpect(jsonPath("$.identifier").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(bankAccount))));
        mvc.perform(post(base(v) + "/verifications/" + v.id() + "/answers").with(as(account))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": " + paid + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PASSED"))
                .andExpect(jsonPath("$.pinChannel").value("DEPOSIT_MEMO"));
    }

    @Test
    void aBadAmountIsNamedAndAnotherAccountSeesNothing() throws Exception {
        UUID account = UUID.randomUUID();
        VerificationView v = microDeposit(account);
        mvc.perform(post(base(v) + "/verifications/" + v.id() + "/answers").with(as(account))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": 250}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amountFen"));
        mvc.perform(post(base(v) + "/verifications/" + v.id() + "/answers").with(as(UUID.randomUUID()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amountFen\": 5}"))
                .andExpect(status().isNotFound());
        assertThat(verifications.status(v.id()).attemptsLeft()).isEqualTo(3);
    }

    @Test
    void skippingTheDepositSendsItToManualReviewOnceOnly() throws Exception {
        UUID account = UUID.randomUUID();
        VerificationView v = microDeposit(account);
        mvc.perform(post(base(v) + "/verifications/" + v.id() + "/skip").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MANUAL"))
                .andExpect(jsonPath("$.decidedHow").value("skipped"));
        mvc.perform(post(base(v) + "/verifications/" + v.id() + "/skip").with(as(account)))
                .andExpect(status().isConflict());
    }

    @Test
    void theOrderCanSwitchToThePaperPath() throws Exception {
        UUID account = UUID.randomUUID();
        VerificationView v = microDeposit(account, "bid-cloud", "org-cloud");
        mvc.perform(post(base(v) + "/offline").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.onPaper").value(true));
        assertThat(orders.get(v.order()).onPaper()).isTrue();
        assertThat(orders.get(v.order()).status()).isEqualTo(OrderStatus.DRAFT);
        mvc.perform(get(base(v) + "/verifications").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].verificationId").value(v.id().toString()));
    }

    @Test
    void withoutSignInTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/orders/" + UUID.randomUUID() + "/verifications"))
                .andExpect(status().isUnauthorized());
    }

    @Autowired
    com.certhall.orders.domain.StoredOrders stored;

    private OrderId orderWithSubject(UUID account, String channel) {
        OrderId order = Orders.anOrder().forAccount(account).forChannel(channel).through(orders).draft().id();
        com.certhall.orders.Subject.Party rep = new com.certhall.orders.Subject.Party("王建国",
                com.certhall.orders.Subject.IdType.RESIDENT_ID, "11010519491231002X", "13800138000", "", "", "");
        stored.changeSubject(order, new com.certhall.orders.Subject.Organization(company, uscc, "", rep, rep, true),
                "k-" + order);
        return order;
    }

    @Test
    void theApiStartsAMicroDepositFromTheOrdersSubject() throws Exception {
        UUID account = UUID.randomUUID();
        OrderId order = orderWithSubject(account, "bid-cloud");
        mvc.perform(post("/api/v1/orders/" + order + "/verifications").with(as(account))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"ORGANIZATION\",\"method\":\"MICRO_DEPOSIT\","
                                + "\"bankName\":\"中国工商银行北京海淀支行\",\"bankAccount\":\"" + bankAccount + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attemptsLeft").value(3));
        assertThat(bank.deposits(bankAccount, 5)).hasSize(1);
    }

    @Test
    void aMethodTheChannelDoesNotOfferIsRefusedByName() throws Exception {
        UUID account = UUID.randomUUID();
        OrderId order = orderWithSubject(account, "scf-chain");
        mvc.perform(post("/api/v1/orders/" + order + "/verifications").with(as(account))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"LEGAL_REP\",\"method\":\"FACE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        assertThat(verifications.ofOrder(order)).isEmpty();
    }

    @Test
    void theWizardStepListsTheChannelsChecksAndStartsOne() throws Exception {
        UUID account = UUID.randomUUID();
        OrderId order = orderWithSubject(account, "bid-cloud");
        mvc.perform(get("/orders/" + order + "/verify").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("单位认证"),
                                org.hamcrest.Matchers.containsString("法定代表人认证"),
                                org.hamcrest.Matchers.containsString("对公打款认证"),
                                org.hamcrest.Matchers.containsString("人脸识别认证"))));
        mvc.perform(post("/orders/" + order + "/verify").with(as(account))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("party", "ORGANIZATION").param("method", "MICRO_DEPOSIT")
                        .param("bankName", "中国工商银行北京海淀支行").param("bankAccount", bankAccount))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/orders/" + order + "/verifications/*"));
        assertThat(verifications.ofOrder(order)).singleElement()
                .satisfies(v -> assertThat(v.status().name()).isEqualTo("PENDING"));
        // a method the channel does not offer is refused on the page too, with the reason shown
        OrderId other = orderWithSubject(account, "scf-chain");
        mvc.perform(post("/orders/" + other + "/verify").with(as(account))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("party", "LEGAL_REP").param("method", "FACE"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("本项目不支持该核验方式")));
    }

    @Test
    void anOrderVerifiedAfterSubmissionMovesOnOnceTheOrganisationPassed() throws Exception {
        UUID account = UUID.randomUUID();
        OrderId order = orderWithSubject(account, "scf-chain");
        stored.submit(order, com.certhall.catalog.FlowOrder.PAY_THEN_REVIEW,
                com.certhall.catalog.VerificationStage.AFTER_SUBMISSION, "applicant:" + account);
        VerificationView v = verifications.start(new StartVerification(order, PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, "中国工商银行北京海淀支行", bankAccount, company,
                Uscc.parse("uscc", uscc), null, "applicant:" + account, null));
        assertThat(orders.get(order).status().name()).isEqualTo("SUBMITTED");
        long paid = bank.deposits(bankAccount, 1).get(0).amountFen();
        verifications.answer(v.id(), new com.certhall.verification.VerificationAnswer(paid, null), "applicant:" + account);
        com.certhall.support.Eventually.await("the order to move on", java.time.Duration.ofSeconds(10),
                () -> orders.get(order).status().name(), "PENDING_PAYMENT"::equals);
    }

    @Test
    void startingNeedsTheSubjectStepFirst() throws Exception {
        UUID account = UUID.randomUUID();
        OrderId order = Orders.anOrder().forAccount(account).forChannel("bid-cloud")
                .through(orders).draft().id();
        mvc.perform(post("/api/v1/orders/" + order + "/verifications").with(as(account))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"ORGANIZATION\",\"method\":\"MICRO_DEPOSIT\"}"))
                .andExpect(status().isConflict());
    }

    private VerificationView microDeposit(UUID account) {
        return microDeposit(account, "demo", null);
    }

    /** A micro-deposit for an organisation's order in {@code channel}, with one year of {@code product} if given. */
    private VerificationView microDeposit(UUID account, String channel,
            @org.jspecify.annotations.Nullable String product) {
        OrderId order = Orders.anOrder().forAccount(account).forChannel(channel).through(orders).draft().id();
        if (product != null) {
            orders.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(order, account, java.util.List.of(
                    new com.certhall.orders.OrderCommands.ItemForm(product, 1, 1, null, null))));
        }
        return verifications.start(new StartVerification(order, PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, "中国工商银行北京海淀支行", bankAccount, company,
                Uscc.parse("uscc", uscc), null, "applicant:" + account, null));
    }

    private static String base(VerificationView v) {
        return "/api/v1/orders/" + v.order();
    }

    private static RequestPostProcessor as(UUID account) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(AuthenticatedUser.applicant(account, "tester"), null,
                List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"))));
    }
}
