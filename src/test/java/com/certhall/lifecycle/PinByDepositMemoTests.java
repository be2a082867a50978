package com.certhall.lifecycle;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Orders;
import com.certhall.pki.CertificateAuthority;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.shared.Uscc;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.verification.PartyRole;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationAnswer;
import com.certhall.verification.VerificationManagement;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import com.certhall.verification.VerificationView;
import com.certhall.verification.provider.sandbox.SandboxBank;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import com.certhall.verification.provider.sandbox.SandboxServices;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The UKEY PIN of an organisation verified by corporate micro-deposit travels in the memo of a 0.01 CNY deposit to
 * the verified account (BJCA-QH rule), end to end: verification, approval, production of the UKEY with a server-made
 * key, the PinReady listener, the sandbox bank's statement, the holder's page and JSON. A replayed event pays nothing
 * more; an account the bank refuses gets the PIN by SMS; a bank outage is retried and delivered when it ends. A cloud
 * certificate has no PIN to deposit: its holder sets the signing PIN on activation (docs/signing.md).
 */
@KnownPortIntegrationTest
class PinByDepositMemoTests {

    private static final String BANK = "中国工商银行北京分行";
    private static final Pattern MEMO = Pattern.compile("证书口令(\\d{6,8}) 尾号([0-9A-F]{4})");

    @Autowired
    OrderManagement orders;
    @Autowired
    VerificationManagement verifications;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    ProductionManagement production;
    @Autowired
    SandboxIdentities identities;
    @Autowired
    SandboxBank bank;
    @Autowired
    SandboxServices services;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IncompleteEventPublications publications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${certhall.data-dir}")
    Path dataDir;

    @AfterEach
    void bankBackUp() {
        services.setDown(SandboxServices.Service.BANK, false);
    }

    @Test
    void thePinOfAnOrganisationVerifiedByMicroDepositArrivesInTheMemoOfAOneFenDeposit() throws Exception {
        Holder holder = verifiedOrganisation();
        OrderId order = approve(holder);

        Deposit deposit = awaitPinDeposit(holder);
        HeldCertificateView cert = Eventually.await("certificate held", Duration.ofSeconds(30),
                () -> certificates.ofAccount(holder.account), l -> !l.isEmpty()).get(0);
        assertThat(deposit.amountFen()).isEqualTo(1L);
        assertThat(deposit.memo().length()).isLessThanOrEqualTo(20);
        Matcher memo = MEMO.matcher(deposit.memo());
        assertThat(memo.matches()).as(deposit.memo()).isTrue();
        String pin = memo.group(1);
        assertThat(cert.serialHex().toUpperCase(Locale.ROOT)).endsWith(memo.group(2));
        // the memo's PIN opens the key written onto the UKEY
        assertThat(cert.medium()).isEqualTo("UKEY");
        KeyStore onToken = KeyStore.getInstance("PKCS12");
        onToken.load(new ByteArrayInputStream(Files.readAllBytes(dataDir.resolve("tokens")
                .resolve(cert.tokenSerial() + ".p12"))), pin.toCharArray());
        assertThat(onToken.size()).isEqualTo(1);
        assertThat(signs(cert, pin)).isTrue();

        PinDeliveryView delivered = Eventually.await("PIN delivered", Duration.ofSeconds(30),
                () -> certificates.owned(cert.serialHex(), holder.account).pinDelivery(),
                p -> p != null && p.status() == PinDeliveryStatus.DELIVERED);
        String destination = BANK + " ****" + holder.bankAccount.substring(holder.bankAccount.length() - 4);
        assertThat(delivered.channel()).isEqualTo(PinCourier.Channel.DEPOSIT_MEMO);
        assertThat(delivered.destination()).isEqualTo(destination);
        assertThat(jdbc.queryForList("SELECT d.sealed_pin FROM lifecycle_pin_delivery d JOIN lifecycle_certificate c"
                + " ON c.id = d.certificate_id WHERE c.serial_hex = ?", String.class, cert.serialHex()))
                .containsExactly((String) null);

        // the handler is told by SMS where to look, and no SMS carries the PIN
        SandboxInbox.Message notice = Eventually.await("notice SMS", Duration.ofSeconds(30),
                () -> inbox.messages(holder.mobile, 20).stream().filter(m -> m.text().contains("对公打款附言"))
                        .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(notice.text()).contains(destination).contains("尾号" + memo.group(2)).doesNotContain(pin);
        assertThat(inbox.messages(holder.mobile, 50)).noneMatch(m -> m.text().contains(pin));

        // neither the outbox, nor the audit log, nor the JSON holds the PIN
        assertThat(jdbc.queryForList("SELECT serialized_event FROM event_publication UNION ALL "
                + "SELECT serialized_event FROM event_publication_archive", String.class))
                .anyMatch(e -> e.contains(cert.serialHex())).noneMatch(e -> e.contains(pin));
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry", String.class))
                .noneMatch(d -> d != null && d.contains(pin)).noneMatch(d -> d != null && d.contains(holder.bankAccount));
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE subject LIKE 'pin-delivery:%'",
                String.class)).contains("verification.pinDeposit.paid");

        // the holder sees where the PIN went, on the page and in the JSON
        String page = mvc.perform(get("/certificates").with(as(holder.account))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已通过对公打款附言发送至 " + destination).doesNotContain(pin);
        String json = mvc.perform(get("/api/v1/certificates").accept("application/json").with(as(holder.account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].pinDelivery.channel").value("DEPOSIT_MEMO"))
                .andExpect(jsonPath("$[0].pinDelivery.destination").value(destination))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(pin);

        // a replayed PinReady pays nothing more and sends nothing more
        UUID deliveryId = jdbc.queryForObject("SELECT d.id FROM lifecycle_pin_delivery d JOIN lifecycle_certificate c"
                + " ON c.id = d.certificate_id WHERE c.serial_hex = ?", UUID.class, cert.serialHex());
        String key = "%" + deliveryId + "%";
        long handled = archived(key);
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new PinReady(deliveryId,
                order, orders.get(order).number(), cert.serialHex(), holder.mobile, Locale.SIMPLIFIED_CHINESE,
                PinCourier.KeyHome.UKEY_BY_MAIL)));
        Eventually.await("replay handled", Duration.ofSeconds(30), () -> archived(key), n -> n > handled);
        assertThat(pinDeposits(holder)).hasSize(1);
        assertThat(inbox.messages(holder.mobile, 50)).filteredOn(m -> m.text().contains("对公打款附言")).hasSize(1);
    }

    @Test
    void anAccountTheBankNowRefusesGetsThePinBySmsToTheHandler() throws Exception {
        Holder holder = verifiedOrganisation();
        bank.setClosed(holder.bankAccount, true);
        try {
            approve(holder);
            SandboxInbox.Message sms = Eventually.await("PIN SMS", Duration.ofSeconds(30),
                    () -> inbox.messages(holder.mobile, 20).stream().filter(m -> m.text().contains("口令为"))
                            .findFirst(), Optional::isPresent).orElseThrow();
            Matcher pin = Pattern.compile("口令为 (\\d{6,8})").matcher(sms.text());
            assertThat(pin.find()).isTrue();
            HeldCertificateView cert = certificates.ofAccount(holder.account).get(0);
            assertThat(signs(cert, pin.group(1))).isTrue();

            PinDeliveryView delivered = Eventually.await("PIN delivered", Duration.ofSeconds(30),
                    () -> certificates.owned(cert.serialHex(), holder.account).pinDelivery(),
                    p -> p != null && p.status() == PinDeliveryStatus.DELIVERED);
            assertThat(delivered.channel()).isEqualTo(PinCourier.Channel.SMS);
            assertThat(delivered.destination()).isEqualTo(holder.mobile.substring(0, 3) + "****"
                    + holder.mobile.substring(7));
            assertThat(pinDeposits(holder)).isEmpty();
            assertThat(inbox.messages(holder.mobile, 20)).noneMatch(m -> m.text().contains("对公打款附言"));
            assertThat(jdbc.queryForList("SELECT outcome FROM verification_pin_deposit WHERE order_id = ?",
                    String.class, holder.order.id())).containsExactly("ACCOUNT_CLOSED");
        } finally {
            bank.setClosed(holder.bankAccount, false);
        }
    }

    @Test
    void aBankOutageKeepsThePinSealedUntilTheBankIsBackAndThenPaysOnce() throws Exception {
        Holder holder = verifiedOrganisation();
        http.postForObject("/sandbox/api/verification/outages", Map.of("service", "BANK", "down", true), Map.class);
        approve(holder);
        Eventually.await("an unanswered deposit", Duration.ofSeconds(30),
                () -> jdbc.queryForList("SELECT status FROM verification_pin_deposit WHERE order_id = ?", String.class,
                        holder.order.id()), l -> l.contains("UNANSWERED"));
        HeldCertificateView cert = certificates.ofAccount(holder.account).get(0);
        assertThat(cert.pinDelivery()).isNotNull();
        assertThat(cert.pinDelivery().status()).isEqualTo(PinDeliveryStatus.PENDING);
        assertThat(pinDeposits(holder)).isEmpty();
        assertThat(inbox.messages(holder.mobile, 20)).noneMatch(m -> m.text().contains("口令"));

        http.postForObject("/sandbox/api/verification/outages", Map.of("service", "BANK", "down", false), Map.class);
        publications.resubmitIncompletePublications(p -> true);
        PinDeliveryView delivered = Eventually.await("PIN delivered", Duration.ofSeconds(30),
                () -> certificates.owned(cert.serialHex(), holder.account).pinDelivery(),
                p -> p.status() == PinDeliveryStatus.DELIVERED);
        assertThat(delivered.channel()).isEqualTo(PinCourier.Channel.DEPOSIT_MEMO);
        Matcher memo = MEMO.matcher(pinDeposits(holder).get(0).memo());
        assertThat(memo.matches()).isTrue();
        assertThat(signs(cert, memo.group(1))).isTrue();
        publications.resubmitIncompletePublications(p -> true);
        assertThat(pinDeposits(holder)).hasSize(1);
    }

    @Test
    void aCloudCertificateOfAnOrganisationVerifiedByMicroDepositHasNoPinToDepositOnlyItsActivationLink()
            throws Exception {
        Holder holder = verifiedOrganisation(CLOUD_CHANNEL, CLOUD_PRODUCT);
        assertThat(fixture(holder.account, CLOUD_CHANNEL).approvedOnPaper(holder.order).status())
                .isEqualTo(OrderStatus.APPROVED);
        HeldCertificateView cert = Eventually.await("certificate held", Duration.ofSeconds(30),
                () -> certificates.ofAccount(holder.account), l -> !l.isEmpty()).get(0);
        SandboxInbox.Message sms = Eventually.await("activation SMS", Duration.ofSeconds(30),
                () -> inbox.messages(holder.mobile, 20).stream().filter(m -> m.text().contains("/signing-pin"))
                        .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(sms.text()).contains("/certificates/" + cert.serialHex() + "/signing-pin").contains("自行设置签名口令")
                .doesNotContain("口令为").doesNotContain("对公打款附言");
        assertThat(cert.pinDelivery()).isNull();
        assertThat(pinDeposits(holder)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verification_pin_deposit WHERE order_id = ?",
                Long.class, holder.order.id())).isZero();
    }

    /** An applicant, the company he applies for (known to the sandbox bank), and its verified draft order. */
    private record Holder(UUID account, String mobile, String company, String uscc, String bankAccount,
            OrderId order) {
    }

    private static final String UKEY_CHANNEL = "plateau-trade";
    private static final String UKEY_PRODUCT = "org-ukey";
    private static final String CLOUD_CHANNEL = "bid-cloud";
    private static final String CLOUD_PRODUCT = "org-cloud";

    /** A plateau-trade organisation order for one UKEY by mail, its company verified by micro-deposit. */
    private Holder verifiedOrganisation() {
        return verifiedOrganisation(UKEY_CHANNEL, UKEY_PRODUCT);
    }

    private Holder verifiedOrganisation(String channel, String product) {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        String company = "口令科技有限公司" + UUID.randomUUID().toString().substring(0, 4);
        String uscc = Identities.uscc();
        String bankAccount = "6222" + "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        identities.addCompany(company, uscc, BANK, bankAccount);
        String actor = "applicant:" + account;
        OrderId order = fixture(account, channel).organizationDraft(company, uscc, mobile, product, "EC_P256");
        if (UKEY_CHANNEL.equals(channel)) {
            fixture(account, channel).delivery(order, "MAIL", mobile);
        }
        VerificationView started = verifications.start(new StartVerification(order, PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, BANK, bankAccount, company,
                Uscc.parse("uscc", uscc), null, actor, Locale.SIMPLIFIED_CHINESE));
        long paid = bank.deposits(bankAccount, 1).get(0).amountFen();
        assertThat(verifications.answer(started.id(), VerificationAnswer.amount(paid), actor).status())
                .isEqualTo(VerificationStatus.PASSED);
        return new Holder(account, mobile, company, uscc, bankAccount, order);
    }

    /**
     * Paper path to APPROVED (paper received, paid, approved), then the UKEY produced at the desk: the key is
     * written onto the token and its PIN handed over.
     */
    private OrderId approve(Holder holder) {
        // plateau-trade takes payment first
        assertThat(fixture(holder.account, UKEY_CHANNEL).approvedOnPaper(holder.order).status())
                .isEqualTo(OrderStatus.APPROVED);
        Eventually.await("order at the desk", Duration.ofSeconds(30), production::open,
                l -> l.stream().anyMatch(p -> p.applicationId().equals(holder.order.id())));
        production.produce(holder.order, "staff:operator");
        return holder.order;
    }

    private FacadeOrders fixture(UUID account, String channel) {
        return Orders.anOrder().forAccount(account).forChannel(channel).through(orders);
    }

    private record Deposit(long amountFen, String memo) {
    }

    /** The PIN deposits on the company's statement, read as a tester would through the sandbox API. */
    private List<Deposit> pinDeposits(Holder holder) {
        Deposit[] all = http.getForObject("/sandbox/api/bank/deposits?account=" + holder.bankAccount, Deposit[].class);
        return List.of(all).stream().filter(d -> d.memo().startsWith("证书口令")).toList();
    }

    private Deposit awaitPinDeposit(Holder holder) {
        return Eventually.await("PIN deposit", Duration.ofSeconds(30), () -> pinDeposits(holder),
                l -> !l.isEmpty()).get(0);
    }

    private long archived(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE ?"
                + " AND listener_id LIKE '%PinReady%'", Long.class, key);
    }

    /** The CA's record of the server-made key: {@code pin} is the PIN it was written with. */
    private boolean signs(HeldCertificateView cert, String pin) {
        return ca.pinMatches(cert.caName(), cert.serialHex(), pin);
    }

    private static RequestPostProcessor as(UUID account) {
        AuthenticatedUser user = AuthenticatedUser.applicant(account, "holder");
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
