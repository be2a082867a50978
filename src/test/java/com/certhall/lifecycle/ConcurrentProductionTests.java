package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.KnownPortIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Ten operators press "produce" on one UKEY order at once (issue 11, item 18): one produces, none sees a 500. */
@KnownPortIntegrationTest
class ConcurrentProductionTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    ProductionManagement production;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    MockMvc mvc;

    @Test
    void tenConcurrentProductionsIssueOnceAndAnswerOnly2xxOr409() throws Exception {
        OrderView order = new ProductionDesk(orders, production).waiting(UUID.randomUUID(),
                AccountsTestSupport.newMobile(), Identities.uscc(), "MAIL");
        AuthenticatedUser operator = AuthenticatedUser.staff(UUID.randomUUID(), "operator", Set.of(StaffRole.OPERATOR));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/admin/orders/{id}/production", order.id().toString())
                                .with(authentication(CallerSecurityContexts.of(operator).getAuthentication())))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(certificates.ofOrder(order.id())).hasSize(1);
        assertThat(production.get(order.id()).status()).isEqualTo(ProductionStatus.PRODUCED);
    }
}
