package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.support.Eventually;
import com.certhall.support.OrderApi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holders of issued certificates for the lifecycle tests that act as the holder's client over REST (proof of
 * possession, renewal, unlock): a registered account, and its certificate made through the real facades, a UKEY
 * produced at the operator's desk or a cloud certificate issued on approval. A bean of every integration context
 * with a server (see {@link LifecycleTestSupport}).
 */
public record CertificateHolders(AccountsClient accounts, OrderManagement orders, ProductionManagement production,
        CertificateManagement certificates, JdbcTemplate jdbc) {

    /** A registered, signed-in account and the fresh mobile its orders give for the organisation's handler. */
    public record Holder(OrderApi api, UUID account, String mobile) {
    }

    public Holder register() {
        OrderApi api = OrderApi.register(accounts);
        return new Holder(api, accountId(api), AccountsTestSupport.newMobile());
    }

    public static UUID accountId(OrderApi api) {
        return UUID.fromString((String) api.ok(api.call(HttpMethod.GET, "/api/v1/me", null)).get("accountId"));
    }

    public HeldCertificateView ukey(Holder holder) {
        return ukey(holder.account(), holder.mobile());
    }

    /** A UKEY certificate of the account, produced at the operator's desk (picked up, so no courier is involved). */
    public HeldCertificateView ukey(UUID account, String mobile) {
        OrderView order = new ProductionDesk(orders, production).produced(account, mobile, Identities.uscc(), "PICKUP");
        List<HeldCertificateView> issued = certificates.ofOrder(order.id());
        assertThat(issued).singleElement().satisfies(c -> assertThat(c.tokenSerial()).startsWith("CHK"));
        return issued.get(0);
    }

    /** The serial of an SM2 cloud certificate of the holder's organisation, once its order is completed. */
    public String cloud(Holder holder) {
        OrderView origin = new ApprovedOrders(orders).cloudOrganization(holder.account(), holder.mobile(),
                Identities.uscc(), "SM2");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(origin.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        return certificates.ofOrder(origin.id()).get(0).serialHex();
    }

    /** The channel offers unchanged renewals from a year before expiry; tests take the term back afterwards. */
    public void offerRenewal(String channel) {
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values (?, 'RENEWAL', true, null, 366)", channel);
    }
}
