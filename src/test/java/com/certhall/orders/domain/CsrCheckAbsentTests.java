package com.certhall.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.catalog.CatalogManagement;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderId;
import com.certhall.orders.TestCertificateRequestCheck;
import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.DataProtection;
import com.certhall.support.WebIntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Orders without a certificate request checker (a build without the pki module): a line bringing a CSR is refused
 * with a 503 "try again later", lines without one are still accepted.
 */
@WebIntegrationTest
class CsrCheckAbsentTests {

    @Autowired
    Orders orders;
    @Autowired
    OrderNumbers numbers;
    @Autowired
    CatalogManagement catalog;
    @Autowired
    DataProtection protection;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void aCsrIsRefusedWith503AndLinesWithoutOneStillWork() {
        ObjectProvider<CertificateRequestCheck> none = new StaticListableBeanFactory()
                .getBeanProvider(CertificateRequestCheck.class);
        DraftSteps steps = new DraftSteps(orders, numbers, catalog, protection, none, new DuplicateGuard(orders),
                tx, clock);
        UUID account = UUID.randomUUID();
        OrderId id = steps.start(com.certhall.orders.OrderCommands.StartOrder.of(account, "health-esign", "PERSON", true, "applicant:" + account)).id();
        List<OrderCommands.ItemForm> withCsr = List.of(new OrderCommands.ItemForm("doctor-cloud", 1, 1, "EC_P256",
                TestCertificateRequestCheck.csr("EC")));
        assertThatThrownBy(() -> steps.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(id, account, withCsr)))
                .isInstanceOfSatisfying(CsrCheckUnavailableException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(orders.findById(id.id()).orElseThrow().draft().lines()).isEmpty();
        steps.chooseProducts(new com.certhall.orders.OrderCommands.ChooseProducts(id, account, List.of(new OrderCommands.ItemForm("doctor-cloud", 1, 1, "EC_P256", null))));
        assertThat(orders.findById(id.id()).orElseThrow().draft().lines()).hasSize(1);
    }
}
