package com.certhall.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.SubjectForm;
import com.certhall.shared.ConflictException;
import com.certhall.shared.Uscc;
import com.certhall.support.IntegrationTest;
import com.certhall.verification.provider.sandbox.SandboxBank;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import com.certhall.verification.provider.sandbox.SandboxServices.Service;
import com.certhall.verification.provider.sandbox.SandboxServices;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certificate PIN in the memo of a 0.01 CNY deposit (BJCA-QH rule), through the facade against the sandbox bank:
 * paid once per PIN delivery however often asked, audited without the PIN, refused accounts answered as refusals
 * (the caller then sends an SMS), a bank outage leaving nothing paid until the bank is back.
 */
@IntegrationTest
class PinDepositTests {

    private static final String BANK = "中国工商银行北京分行";
    private static final String PIN = "73920418";

    @Autowired
    VerificationManagement verifications;
    @Autowired
    OrderManagement steps;
    @Autowired
    SandboxIdentities identities;
    @Autowired
    SandboxBank bank;
    @Autowired
    SandboxServices services;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void bankBackUp() {
        services.setDown(Service.BANK, false);
    }

    @Test
    void paysOneFenOnceWithThePinAndTheSerialTailInTheMemo() {
        Company company = company();
        OrderId order = verifiedOrder(company);
        SendPinByDeposit send = new SendPinByDeposit(UUID.randomUUID(), order, PIN, "5e1f0c3a9b");

        PinDepositResult first = verifications.sendPinByDeposit(send);
        PinDepositResult replay = verifications.sendPinByDeposit(send);

        assertThat(first.paid()).isTrue();
        assertThat(first.destination()).isEqualTo(BANK + " ****" + company.account.substring(company.account.length() - 4));
        assertThat(replay).isEqualTo(first);
        List<SandboxBank.Receipt> pinDeposits = pinDeposits(company);
        assertThat(pinDeposits).singleElement().satisfies(d -> {
            assertThat(d.amountFen()).isEqualTo(1L);
            assertThat(d.memo()).isEqualTo("证书口令" + PIN + " 尾号3A9B");
            assertThat(d.memo().length()).isLessThanOrEqualTo(20);
            assertThat(d.payee()).isEqualTo(company.name);
        });

        List<AuditEntryView> entries = audit.recent("verification.pinDeposit", null, 50).stream()
                .filter(e -> e.subject().equals("pin-delivery:" + send.deliveryId())).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("verification.pinDeposit.paid");
            assertThat(e.details().toString()).doesNotContain(PIN).doesNotContain(company.account)
                    .contains("****" + company.account.substring(company.account.length() - 4));
        });
        assertThat(send.toString()).doesNotContain(PIN);
    }

    @Test
    void aClosedAccountIsRefusedForGoodAndAskingAgainDoesNotAskTheBank() {
        Company company = company();
        OrderId order = verifiedOrder(company);
        bank.setClosed(company.account, true);
        SendPinByDeposit send = new SendPinByDeposit(UUID.randomUUID(), order, PIN, "00aa11bb");

        PinDepositResult refused = verifications.sendPinByDeposit(send);
        bank.setClosed(company.account, false);
        PinDepositResult again = verifications.sendPinByDeposit(send);

        assertThat(refused.paid()).isFalse();
        assertThat(refused.refusal()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(again).isEqualTo(refused);
        assertThat(pinDeposits(company)).isEmpty();
        assertThat(audit.recent("verification.pinDeposit.refused", null, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("pin-delivery:" + send.deliveryId()));
    }

    @Test
    void aBankOutagePaysNothingAndTheNextAttemptAfterItPaysOnce() {
        Company company = company();
        OrderId order = verifiedOrder(company);
        SendPinByDeposit send = new SendPinByDeposit(UUID.randomUUID(), order, PIN, "77cc88dd");
        services.setDown(Service.BANK, true);

        assertThatThrownBy(() -> verifications.sendPinByDeposit(send))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThatThrownBy(() -> verifications.sendPinByDeposit(send))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(pinDeposits(company)).isEmpty();
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM verification_pin_deposit WHERE delivery_id = ?",
                send.deliveryId())).containsEntry("status", "UNANSWERED").containsEntry("attempts", 2);

        services.setDown(Service.BANK, false);
        assertThat(verifications.sendPinByDeposit(send).paid()).isTrue();
        verifications.sendPinByDeposit(send);
        assertThat(pinDeposits(company)).hasSize(1);
    }

    @Test
    void anOrderVerifiedBySmsHasNoDepositToCarryItsPinAndAChangedOrganisationIsNotPaid() {
        OrderId bySms = orderOf(company());
        assertThatThrownBy(() -> verifications.sendPinByDeposit(
                new SendPinByDeposit(UUID.randomUUID(), bySms, PIN, "abcd")))
                .isInstanceOf(ConflictException.class);

        Company company = company();
        OrderId order = verifiedOrder(company);
        Company other = company();
        steps.saveSubject(new com.certhall.orders.OrderCommands.SaveSubject(order, account(order), subject(other)));
        PinDepositResult changed = verifications.sendPinByDeposit(
                new SendPinByDeposit(UUID.randomUUID(), order, PIN, "abcd"));
        assertThat(changed.paid()).isFalse();
        assertThat(changed.refusal()).isEqualTo("SUBJECT_CHANGED");
        assertThat(pinDeposits(company)).isEmpty();
    }

    @Test
    void theSandboxBankPageSwitchesTheOutageAndClosesAccounts() throws Exception {
        Company company = company();
        String page = mvc.perform(get("/sandbox/bank")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("对公打款银行").contains("模拟故障").contains(company.account).contains("模拟销户");

        mvc.perform(post("/sandbox/verification/outages").param("service", "BANK").param("down", "true")
                .param("back", "bank").with(csrf())).andExpect(redirectedUrl("/sandbox/bank"));
        assertThat(services.isDown(Service.BANK)).isTrue();
        assertThat(mvc.perform(get("/sandbox/bank")).andReturn().getResponse().getContentAsString()).contains("故障中");

        mvc.perform(post("/sandbox/bank/closures").param("account", company.account).param("closed", "true")
                .with(csrf())).andExpect(redirectedUrl("/sandbox/bank"));
        assertThat(bank.isClosed(company.account)).isTrue();
        mvc.perform(post("/sandbox/api/bank/closures").contentType("application/json")
                .content("{\"account\":\"" + company.account + "\",\"closed\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(false));
        assertThat(bank.isClosed(company.account)).isFalse();
    }

    @Test
    void aPinIsDigitsOnlyAndTheCommandNeverPrintsIt() {
        OrderId order = new OrderId(UUID.randomUUID());
        assertThatThrownBy(() -> new SendPinByDeposit(UUID.randomUUID(), order, "12ab5678", "abcd"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendPinByDeposit(UUID.randomUUID(), order, "123456789", "abcd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<SandboxBank.Receipt> pinDeposits(Company company) {
        return bank.deposits(company.account, 10).stream().filter(d -> d.memo().startsWith("证书口令")).toList();
    }

    private record Company(String name, String uscc, String account) {
    }

    private Company company() {
        Company c = new Company("口令测试有限公司" + UUID.randomUUID().toString().substring(0, 4), TestIdentities.uscc(),
                TestIdentities.account());
        identities.addCompany(c.name, c.uscc, BANK, c.account);
        return c;
    }

    private final java.util.Map<OrderId, UUID> accounts = new java.util.HashMap<>();

    private UUID account(OrderId order) {
        return accounts.get(order);
    }

    /** A bid-cloud organisation order for the company, with its subject entered. */
    private OrderId orderOf(Company company) {
        UUID account = UUID.randomUUID();
        OrderId order = steps.start(com.certhall.orders.OrderCommands.StartOrder.of(account, "bid-cloud", "ORGANIZATION", true, "applicant:" + account)).id();
        accounts.put(order, account);
        steps.saveSubject(new com.certhall.orders.OrderCommands.SaveSubject(order, account, subject(company)));
        steps.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(order, account, List.of(new OrderCommands.ItemForm("org-cloud", 1, 1, "EC_P256", null))));
        return order;
    }

    private static SubjectForm subject(Company company) {
        SubjectForm.PartyForm legalRep = new SubjectForm.PartyForm("李法人", "RESIDENT_ID", TestIdentities.idNumber(),
                TestIdentities.mobile(), null, "北京市海淀区中关村大街 1 号", null);
        SubjectForm.PartyForm handler = new SubjectForm.PartyForm("王经办", "RESIDENT_ID", TestIdentities.idNumber(),
                TestIdentities.mobile(), "wang@example.com", "北京市海淀区中关村大街 1 号", "信息部");
        return new SubjectForm(new SubjectForm.OrganizationForm(company.name, company.uscc, "北京市海淀区中关村大街 1 号",
                legalRep), handler, false, null);
    }

    /** The order's organisation verified by micro-deposit: the amount the bank paid, told back. */
    private OrderId verifiedOrder(Company company) {
        OrderId order = orderOf(company);
        VerificationView started = verifications.start(new StartVerification(order, PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, BANK, company.account, company.name,
                Uscc.parse("uscc", company.uscc), null, "applicant:a", Locale.SIMPLIFIED_CHINESE));
        long paid = bank.deposits(company.account, 1).get(0).amountFen();
        assertThat(verifications.answer(started.id(), VerificationAnswer.amount(paid), "applicant:a").status())
                .isEqualTo(VerificationStatus.PASSED);
        return order;
    }
}
