package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.support.Eventually;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Registered holders of bid-cloud cloud certificates, made through the real facades: the order approved on paper,
 * issued, and activated with a signing PIN the holder sets after an SMS code (docs/signing.md).
 */
public record CloudHolders(AccountsClient accounts, OrderManagement orders, CertificateManagement certificates,
        TestClock clock) {

    /**
     * Imported by every integration context (see {@code support.IntegrationTestSupport}); made on first use, and only
     * the contexts with a server (the HTTP client) use it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Lazy
        CloudHolders cloudHolders(AccountsClient accounts, OrderManagement orders, CertificateManagement certificates,
                TestClock clock) {
            return new CloudHolders(accounts, orders, certificates, clock);
        }
    }

    static final String CHANNEL = "bid-cloud";
    /** The signing PIN the holders of these tests set on activation (6 digits, not trivial). */
    static final String PIN = "583027";

    /** A signed-in holder: account, mobile (the CSC userID), bearer token. */
    record Holder(UUID account, String mobile, String token) {
    }

    /** One cloud certificate of a holder with its signing PIN. */
    record Credential(String serial, String pin, String algorithm) {
    }

    Holder register() {
        AccountsClient.Person person = accounts.signedUpPerson("h");
        return new Holder(person.account(), person.mobile(), person.token());
    }

    /** An organisation cloud certificate of {@code algorithm} for the holder, issued, with its PIN. */
    Credential issue(Holder holder, String algorithm) {
        String serial = issueInactive(holder, algorithm);
        activate(holder, serial, PIN);
        return new Credential(serial, PIN, algorithm);
    }

    /** The serial of an organisation cloud certificate of {@code algorithm}, issued and not activated yet. */
    String issueInactive(Holder holder, String algorithm) {
        FacadeOrders fixture = Orders.anOrder().forAccount(holder.account()).forChannel(CHANNEL).through(orders);
        OrderId id = fixture.organizationDraft("云签科技有限公司", Identities.uscc(), holder.mobile(), "org-cloud",
                algorithm);
        OrderView order = fixture.approvedOnPaper(id);
        Eventually.await("issued", Duration.ofSeconds(60), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        return certificates.ofOrder(order.id()).get(0).serialHex();
    }

    /** Activation as the holder's client does it: an SMS code to the verified mobile, then the PIN the holder sets. */
    @SuppressWarnings("rawtypes")
    Map activate(Holder holder, String serial, String pin) {
        ResponseEntity<Map> sent = accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial
                + "/pin/sms-code", holder.token(), null);
        if (sent.getStatusCode().value() == 429) {
            // a holder of several credentials activates them one after another: the resend interval per number
            // passes on the test clock, not in a sleep
            clock.advance(Duration.ofSeconds(61));
            sent = accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin/sms-code",
                    holder.token(), null);
        }
        assertThat(sent.getStatusCode().value()).as("code: " + sent.getBody()).isEqualTo(201);
        ResponseEntity<Map> done = accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial
                + "/activation", holder.token(), Map.of("smsCode", accounts.recorder().codeFor(holder.mobile()),
                        "pin", pin, "pinAgain", pin));
        assertThat(done.getStatusCode().value()).as("activation: " + done.getBody()).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("activated", true);
        return done.getBody();
    }
}
