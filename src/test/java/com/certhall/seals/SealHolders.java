package com.certhall.seals;

import com.certhall.accounts.AccountsClient;
import com.certhall.catalog.provider.sandbox.SandboxRegistryFixture;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Orders;
import com.certhall.support.Eventually;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpMethod;

/**
 * Organisations of the coal-trade channel with an e-seal certificate ("电子印章（追加）", SM2 cloud), made through the
 * real facades: the order on paper, reviewed, paid, issued; and staff of theirs known to the sandbox carrier.
 */
public record SealHolders(AccountsClient accounts, OrderManagement orders, SandboxRegistryFixture registry,
        SandboxIdentities identities, Seals seals, DocumentManagement documents) {

    /**
     * Imported by every integration context (see {@code support.IntegrationTestSupport}); made on first use, and only
     * the contexts with a server (the HTTP client) use it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Lazy
        SealHolders sealHolders(AccountsClient accounts, OrderManagement orders, SandboxRegistryFixture registry,
                SandboxIdentities identities, Seals seals, DocumentManagement documents) {
            return new SealHolders(accounts, orders, registry, identities, seals, documents);
        }
    }

    static final String CHANNEL = "coal-trade";
    static final Duration WAIT = Duration.ofSeconds(60);

    /** A signed-in account: its id, registered mobile and bearer token. */
    record Holder(UUID account, String mobile, String token) {
    }

    /** An issued e-seal order of an organisation, with its seal. */
    record Issued(OrderId order, String company, String uscc, SealView seal) {
    }

    /** A staff member of an organisation: a registered account whose mobile the carrier has on his name and ID. */
    record Staff(Holder holder, String name, String idNumber) {
    }

    Holder register() {
        AccountsClient.Person person = accounts.signedUpPerson("s");
        return new Holder(person.account(), person.mobile(), person.token());
    }

    Staff staff(String name) {
        Holder holder = register();
        String id = Identities.residentId();
        identities.addPerson(name, id, holder.mobile());
        return new Staff(holder, name, id);
    }

    /** The e-seal product ordered by {@code company} (registered with the coal-trade platform) and issued. */
    Issued issue(Holder holder, String company) {
        return issue(holder, company, null);
    }

    /** As {@link #issue(Holder, String)}, with a seal specimen uploaded to the order before submission. */
    Issued issue(Holder holder, String company, @org.jspecify.annotations.Nullable byte[] specimen) {
        return issue(holder, company, specimen, "SM2");
    }

    /** As {@link #issue(Holder, String)} with a key of {@code algorithm} ({@code SM2}, {@code EC_P256}, ...). */
    Issued issue(Holder holder, String company, @org.jspecify.annotations.Nullable byte[] specimen, String algorithm) {
        String uscc = Identities.uscc();
        registry.register("COAL_TRADE", uscc, company);
        FacadeOrders fixture = Orders.anOrder().forAccount(holder.account()).forChannel(CHANNEL)
                .forOrganization(company, uscc).through(orders);
        OrderId id = fixture.organizationDraft(company, uscc, holder.mobile(), "eseal", algorithm);
        if (specimen != null) {
            documents.store(new Upload(DocumentOwner.of("order", id.id()), DocumentKind.SEAL_SPECIMEN, "印模.png",
                    "applicant:test"), new ByteArrayInputStream(specimen), UploadRule.anyFormat(2 * 1024 * 1024));
        }
        fixture.submittedOnPaper(id);
        orders.receivePaper(id, "staff:reviewer");
        orders.approve(id, "staff:reviewer");
        orders.markPaid(id, "system:payments");
        Eventually.await("issued", WAIT, () -> orders.get(id).status(),
                s -> s == OrderStatus.COMPLETED || s == OrderStatus.ISSUED);
        SealView seal = Eventually.await("seal made", WAIT, () -> seals.visibleTo(holder.account()).stream()
                .filter(s -> s.uscc().equals(uscc)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        return new Issued(id, company, uscc, seal);
    }

    /** The signing PIN the holders of these tests set when they activate the e-seal's cloud key. */
    static final String PIN = "583027";

    /** Activation as the holder's client does it: an SMS code to the verified mobile, then the signing PIN. */
    @SuppressWarnings("rawtypes")
    void activate(Holder holder, String serial) {
        var sent = accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin/sms-code",
                holder.token(), null);
        org.assertj.core.api.Assertions.assertThat(sent.getStatusCode().value()).as("code: " + sent.getBody())
                .isEqualTo(201);
        var done = accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/activation",
                holder.token(), Map.of("smsCode", accounts.recorder().codeFor(holder.mobile()), "pin", PIN,
                        "pinAgain", PIN));
        org.assertj.core.api.Assertions.assertThat(done.getStatusCode().value()).as("activation: " + done.getBody())
                .isEqualTo(200);
    }
}
