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
import com.certhall.support.SandboxInbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Registered holders of bid-cloud cloud certificates, made through the real facades: the order approved on paper,
 * issued, and the signing PIN read from the SMS it went out in.
 */
record CloudHolders(AccountsClient accounts, OrderManagement orders, CertificateManagement certificates,
        SandboxInbox inbox) {

    static final String CHANNEL = "bid-cloud";

    /** A signed-in holder: account, mobile (the CSC userID), bearer token. */
    record Holder(UUID account, String mobile, String token) {
    }

    /** One cloud certificate of a holder with its signing PIN. */
    record Credential(String serial, String pin, String algorithm) {
    }

    @SuppressWarnings("rawtypes")
    Holder register() {
        String login = "h" + Long.toString(System.nanoTime(), 36);
        String mobile = accounts.registerPerson(login);
        String token = accounts.token(login, AccountsClient.PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        Map me = accounts.http().exchange("/api/v1/me", HttpMethod.GET, new HttpEntity<>(headers), Map.class)
                .getBody();
        return new Holder(UUID.fromString((String) me.get("accountId")), mobile, token);
    }

    /** An organisation cloud certificate of {@code algorithm} for the holder, issued, with its PIN. */
    Credential issue(Holder holder, String algorithm) {
        FacadeOrders fixture = Orders.anOrder().forAccount(holder.account()).forChannel(CHANNEL).through(orders);
        OrderId id = fixture.organizationDraft("云签科技有限公司", Identities.uscc(), holder.mobile(), "org-cloud",
                algorithm);
        OrderView order = fixture.approvedOnPaper(id);
        Eventually.await("issued", Duration.ofSeconds(60), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String sms = Eventually.await("PIN SMS", Duration.ofSeconds(30),
                () -> inbox.texts(holder.mobile(), order.number()), l -> !l.isEmpty()).get(0);
        Matcher pin = Pattern.compile("签名口令为 (\\d{8})").matcher(sms);
        assertThat(pin.find()).as(sms).isTrue();
        return new Credential(certificates.ofOrder(order.id()).get(0).serialHex(), pin.group(1), algorithm);
    }
}
