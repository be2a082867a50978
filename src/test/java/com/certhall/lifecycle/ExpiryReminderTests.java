package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.lifecycle.domain.ExpiryReminders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, item 6: reminders by SMS and e-mail at 90, 30 and 7 days before notAfter, each once (a second run sends
 * nothing), with the link to renew; none for a revoked certificate, none for one the holder already renewed. The
 * clock is {@link TestClock}, set just past each threshold.
 */
@KnownPortIntegrationTest
class ExpiryReminderTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    TestClock clock;

    @Test
    void remindsAtNinetyThirtyAndSevenDaysOnceEach() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        Issued cert = cloudCertificate(UUID.randomUUID(), mobile);
        String tail = cert.view().serialHex().substring(cert.view().serialHex().length() - 4).toUpperCase();

        clock.setTo(cert.view().notAfter().minus(Duration.ofDays(91)));
        reminders.remind();
        settle();
        assertThat(reminders(mobile)).isEmpty();

        int[][] steps = {{90, 89}, {30, 29}, {7, 6}};
        for (int i = 0; i < steps.length; i++) {
            clock.setTo(cert.view().notAfter().minus(Duration.ofDays(steps[i][1])).minusSeconds(60));
            reminders.remind();
            int expected = i + 1;
            List<String> sms = Eventually.await(steps[i][0] + "-day reminder", Duration.ofSeconds(20),
                    () -> reminders(mobile), l -> l.size() >= expected);
            assertThat(sms.get(0)).contains("还剩 " + steps[i][1] + " 天").contains(tail)
                    .contains("/certificates?serial=" + cert.view().serialHex());
            reminders.remind();
            settle();
            assertThat(reminders(mobile)).as("no second reminder at %d days", steps[i][0]).hasSize(expected);
        }
        assertThat(inbox.messages("wang@example.com", 500)).filteredOn(m -> m.text().contains(cert.order().number()))
                .filteredOn(m -> "EMAIL".equals(m.kind()) && m.subject().contains("到期")).hasSize(3);
    }

    @Test
    void noReminderForARevokedOrARenewedCertificate() throws Exception {
        String revokedMobile = AccountsTestSupport.newMobile();
        Issued revoked = cloudCertificate(UUID.randomUUID(), revokedMobile);
        certificates.revoke(revoked.view().serialHex(), "CESSATION_OF_OPERATION", "staff:reviewer");

        UUID account = UUID.randomUUID();
        String renewedMobile = AccountsTestSupport.newMobile();
        Issued old = cloudCertificate(account, renewedMobile);
        clock.advance(Duration.ofSeconds(1)); // the renewal comes later: PostgreSQL keeps microseconds, no tie
        cloudCertificate(account, AccountsTestSupport.newMobile());

        clock.setTo(old.view().notAfter().minus(Duration.ofDays(6)));
        reminders.remind();
        clock.setTo(revoked.view().notAfter().minus(Duration.ofDays(6)));
        reminders.remind();
        settle();
        assertThat(reminders(revokedMobile)).isEmpty();
        assertThat(reminders(renewedMobile)).isEmpty();
    }

    record Issued(OrderView order, HeldCertificateView view) {
    }

    private Issued cloudCertificate(UUID account, String mobile) {
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account, mobile, Identities.uscc(),
                "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        return new Issued(order, certificates.ofOrder(order.id()).get(0));
    }

    private List<String> reminders(String mobile) {
        return inbox.messages(mobile, 50).stream().filter(m -> m.text().contains("到期"))
                .map(SandboxInbox.Message::text).toList();
    }

    /** Gives the outbox a moment to deliver anything a run may have published. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1500);
    }
}
