package com.certhall.review;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrdersTestSupport;
import com.certhall.support.Eventually;
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

/** The context the review tests share (the same as the orders API tests use) and their common probes. */
@WebIntegrationTest
abstract class ReviewTestBase {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    ReviewManagement reviews;

    AccountsClient accounts;
    Applicant applicant;

    @BeforeEach
    void applicant() {
        accounts = new AccountsClient(http, captchas, recorder);
        applicant = Applicant.register(accounts, clock);
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
