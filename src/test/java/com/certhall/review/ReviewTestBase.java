package com.certhall.review;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.ApiOrders;
import com.certhall.orders.OrderId;
import com.certhall.orders.Orders;
import com.certhall.support.Eventually;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/** What the review tests share: an applicant on the orders API, and probes for review rounds and messages. */
@WebIntegrationTest
@SuppressWarnings("rawtypes")
abstract class ReviewTestBase {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    ReviewManagement reviews;

    @Autowired
    AccountsClient accounts;
    OrderApi applicant;
    /** The handler's mobile, where signature codes and the outcome SMS go. */
    String mobile;

    @BeforeEach
    void applicant() {
        applicant = OrderApi.register(accounts);
        mobile = AccountsTestSupport.newMobile();
    }

    /** An order of the applicant's, brought into a state through the orders API. */
    ApiOrders anOrder() {
        return Orders.anOrder().handledBy(mobile).through(applicant);
    }

    /** Re-signs and resubmits a rejected order, changing nothing (a number gets another code after 60 s). */
    Map resubmit(OrderId id) {
        clock.advance(Duration.ofSeconds(61));
        return applicant.submit(id.toString(), mobile);
    }

    /** Waits until the order has {@code count} review rounds and the last one has left "being opened". */
    List<ReviewTaskView> rounds(OrderId id, int count) {
        return Eventually.await("review round " + count + " of " + id, WAIT, () -> reviews.rounds(id),
                r -> r.size() >= count);
    }

    /** Waits for a message to {@code to} that contains {@code text}. */
    Map<String, Object> message(String to, String text) {
        return Eventually.await("a message to " + to + " containing " + text, WAIT,
                () -> http.exchange("/sandbox/api/messages?to=" + to, HttpMethod.GET, null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody(),
                list -> list != null && list.stream().anyMatch(m -> String.valueOf(m.get("text")).contains(text)))
                .stream().filter(m -> String.valueOf(m.get("text")).contains(text)).findFirst().orElseThrow();
    }
}
