package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.StaffRole;
import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderCommands.SubmitOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.support.AsStaff;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff see a lifecycle order as what it is: the production desk names a UKEY renewal waiting to be produced, the
 * review queue an information change waiting for a reviewer (docs/lifecycle.md).
 */
@AsStaff(value = "admin", roles = {StaffRole.REVIEWER, StaffRole.OPERATOR})
@KnownPortIntegrationTest
class LifecycleOrderDeskTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    ProductionManagement production;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    PossessionProofs proofs;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code = 'plateau-trade'");
    }

    @Test
    void theDeskAndTheQueueNameTheOrderType() throws Exception {
        UUID account = UUID.randomUUID();
        String actor = "applicant:" + account;
        String mobile = AccountsTestSupport.newMobile();
        OrderView origin = new ApprovedOrders(orders).ukeyOrganization(account, mobile, Identities.uscc(),
                "MAIL");
        Eventually.await("order at the desk", Duration.ofSeconds(30), production::open,
                l -> l.stream().anyMatch(p -> p.orderNumber().equals(origin.number())));
        production.produce(origin.id(), "staff:operator");
        String serial = certificates.ofOrder(origin.id()).get(0).serialHex();

        // a renewal with nothing changed, signed, approved at once, paid: at the desk as 证书更新
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values ('plateau-trade', 'RENEWAL', true, null, 366)");
        // the UKEY proves possession of its key first: its PIN lets the token sign the platform's challenge
        new UkeyPossession(http).prove(proofs, account, certificates.owned(serial, account), mobile);
        OrderId renewal = orders.start(StartOrder.of(account, null, "RENEWAL", null, serial, null, true, actor)).id();
        orders.sendSignatureCode(renewal, account, Locale.SIMPLIFIED_CHINESE, null);
        assertThat(orders.submit(new SubmitOrder(renewal, account, recorder.codeFor(mobile), true, Locale.SIMPLIFIED_CHINESE, actor)).status())
                .isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(orders.markPaid(renewal, "system:payments").status()).isEqualTo(OrderStatus.APPROVED);
        String renewalNumber = orders.get(renewal).number();
        Eventually.await("renewal at the desk", Duration.ofSeconds(30), production::open,
                l -> l.stream().anyMatch(p -> p.orderNumber().equals(renewalNumber)));
        String desk = mvc.perform(get("/admin/production").param("q", renewalNumber)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(desk.substring(desk.indexOf(renewalNumber))).containsSubsequence(renewalNumber, "证书更新");
        String originDesk = mvc.perform(get("/admin/production").param("q", origin.number()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(originDesk.substring(originDesk.indexOf(origin.number())))
                .containsSubsequence(origin.number(), "证书新办");

        // produced, the old certificate superseded; an information change on the new one, on paper, to review
        production.produce(renewal, "staff:operator");
        assertThat(certificates.get(serial).status()).isEqualTo(HeldStatus.REVOKED);
        String renewed = certificates.ofOrder(renewal).get(0).serialHex();
        OrderId change = orders.start(StartOrder.of(account, null, "CHANGE", null, renewed, null, true, actor)).id();
        FacadeOrders fixture = Orders.anOrder().forAccount(account).forChannel("plateau-trade").through(orders);
        fixture.submittedOnPaper(change);
        orders.receivePaper(change, "staff:reviewer");
        orders.markPaid(change, "system:payments");
        String changeNumber = orders.get(change).number();
        String queue = Eventually.await("change in the review queue", Duration.ofSeconds(30),
                this::queue, page -> page.contains(changeNumber));
        assertThat(queue.substring(queue.indexOf(changeNumber))).containsSubsequence(changeNumber, "信息变更");
        String review = mvc.perform(get("/admin/reviews/{id}", change.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("信息变更：作用于证书 " + renewed);
    }

    private String queue() {
        try {
            return mvc.perform(get("/admin/reviews")).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
