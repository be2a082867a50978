package com.certhall.support;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.catalog.provider.sandbox.SandboxRegistryFixture;
import com.certhall.invoicing.InvoiceFixtures;
import com.certhall.lifecycle.LifecycleTestSupport;
import com.certhall.orders.OrdersTestSupport;
import com.certhall.orders.domain.StoredOrders;
import com.certhall.payments.PaymentFixtures;
import com.certhall.seals.SealHolders;
import com.certhall.signing.CloudHolders;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import testlogin.TestLogin;

/**
 * What every integration context holds besides the application: the {@link TestClock}, the recorders of SMS codes
 * and authorization links, the switch that simulates a crash before an order is marked issued, the payment fixtures
 * and the test login. All of it is inert until a test uses it, so one set serves every test class and the contexts
 * stay few. The properties they share are in {@code integration-test.properties}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({AccountsTestSupport.class, OrdersTestSupport.class, StoredOrders.Config.class,
        SandboxRegistryFixture.Config.class, LifecycleTestSupport.class,
        PaymentFixtures.Config.class, InvoiceFixtures.Config.class, SealHolders.Config.class,
        QueryCounter.Config.class, CloudHolders.Config.class, TestLogin.class, ServerHttp.Config.class})
public class IntegrationTestSupport {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
