package com.certhall.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.Identities;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Every SMS sent on request obeys one policy: per number and kind, per account, per source address. */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SmsPolicyTests {

    @Autowired
    TestClock clock;
    @Autowired
    AccountsClient accounts;

    @BeforeEach
    void client() {
    }

    @Test
    void theAuthorizationLinkCannotBeSentToTheSameNumberAgainAndAgain() {
        OrderApi api = OrderApi.register(accounts);
        String id = api.create("bid-cloud", "ORGANIZATION");
        api.ok(api.put(id, "subject", OrderApi.organization(Identities.uscc(), AccountsTestSupport.newMobile(),
                false)));
        String link = "/api/v1/orders/" + id + "/authorization/sms-link";
        assertThat(api.call(HttpMethod.POST, link, null).getStatusCode().value()).isEqualTo(202);
        ResponseEntity<Map> again = api.call(HttpMethod.POST, link, null);
        assertThat(again.getStatusCode().value()).isEqualTo(429);
        assertThat(Integer.parseInt(again.getHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        int sent = 1;
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(61));
            if (api.call(HttpMethod.POST, link, null).getStatusCode().value() == 202) {
                sent++;
            }
        }
        assertThat(sent).as("at most 10 messages a day to one number").isEqualTo(10);
    }

    @Test
    void oneAccountCannotSendCodesToEndlesslyManyNumbers() {
        String login = "bomber" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.registerPerson(login);
        String token = accounts.token(login, AccountsClient.PASSWORD);
        int accepted = 0;
        ResponseEntity<Map> last = null;
        for (int i = 0; i < 31; i++) {
            last = accounts.call(HttpMethod.POST, "/api/v1/sms-challenges", token,
                    Map.of("mobile", AccountsTestSupport.newMobile(), "purpose", "CHANGE_MOBILE"));
            if (last.getStatusCode().value() == 202) {
                accepted++;
            }
        }
        assertThat(accepted).as("30 a day per account").isEqualTo(30);
        assertThat(last.getStatusCode().value()).isEqualTo(429);
    }
}
