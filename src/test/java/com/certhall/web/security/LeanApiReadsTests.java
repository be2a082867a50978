package com.certhall.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.support.Eventually;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The API's lean path (docs/security.md, "Lean API reads"): a kept read answers what the whole chain answers — same
 * status, body and headers — without passing through it; another account's order is still 404, and a token that was
 * logged out or has expired is refused at once.
 */
@WebIntegrationTest
class LeanApiReadsTests {

    /** Headers of the connection or the moment, not of the answer. */
    private static final Set<String> TRANSPORT = Set.of("date", "keep-alive", "connection", "content-length",
            "transfer-encoding");

    @LocalServerPort
    int port;
    @Autowired
    AccountsClient accounts;
    @Autowired
    OrderManagement orders;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestClock clock;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keptReadsAnswerAsTheWholeChainWithoutPassingThroughIt() throws Exception {
        AccountsClient.Person person = accounts.signedUpPerson("lean");
        OrderView order = Orders.anOrder().forAccount(person.account()).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();
        for (String[] read : new String[][] {{"/api/v1/me", "/api/v1/me", person.token(), null},
                {"/api/v1/orders/" + order.id(), "/api/v1/orders/{id}", person.token(), null},
                {"/api/v1/channels/scf-chain", "/api/v1/channels/{code}", null, null},
                {"/api/v1/channels/scf-chain", "/api/v1/channels/{code}", null, "en"},
                {"/api/v1/channels", "/api/v1/channels", null, null}}) {
            long timed = timed(read[1]);
            HttpResponse<String> lean = get(read[0], read[2], read[3]);
            // a query string sends the same read through Spring Security's chain and Spring MVC
            HttpResponse<String> whole = get(read[0] + "?through=chain", read[2], read[3]);

            assertThat(lean.statusCode()).as(read[0]).isEqualTo(200);
            assertThat(json.readTree(lean.body())).as(read[0]).isEqualTo(json.readTree(whole.body()));
            assertThat(headers(lean)).as(read[0]).isEqualTo(headers(whole));
            Eventually.await("timed", Duration.ofSeconds(10), () -> timed(read[1]), n -> n == timed + 1);
        }
        assertThat(get("/api/v1/channels/scf-chain", null, "en").body()).contains("Why two certificates?");
    }

    @Test
    void anotherAccountsOrderIs404AndAnEndedOrExpiredTokenIsRefusedAtOnce() throws Exception {
        AccountsClient.Person owner = accounts.signedUpPerson("leanowner");
        AccountsClient.Person other = accounts.signedUpPerson("leanother");
        OrderView order = Orders.anOrder().forAccount(owner.account()).forChannel("health-esign")
                .ofSubject(SubjectType.PERSON).through(orders).started();
        String path = "/api/v1/orders/" + order.id();
        assertThat(get(path, owner.token(), null).statusCode()).isEqualTo(200); // kept now

        HttpResponse<String> foreign = get(path, other.token(), null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(get(path, null, null).statusCode()).isEqualTo(401);
        assertThat(get(path, "forged", null).statusCode()).isEqualTo(401);
        // a malformed or unknown id is the whole chain's 404 problem detail, never a 500
        for (String id : new String[] {"abc", "00000000-0000-0000-0000-000000000000", "x".repeat(300)}) {
            HttpResponse<String> missing = get("/api/v1/orders/" + id, owner.token(), null);
            assertThat(missing.statusCode()).as(id).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).as(id).contains("problem+json");
        }

        // the owner's token was just confirmed (and remembered): logging out still ends it for the next read
        assertThat(accounts.call(HttpMethod.DELETE, "/api/v1/tokens", owner.token(), null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(get(path, owner.token(), null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", owner.token(), null).statusCode()).isEqualTo(401);

        assertThat(get("/api/v1/me", other.token(), null).statusCode()).isEqualTo(200); // remembered now
        clock.advance(Duration.ofHours(2).plusSeconds(1)); // past the token's lifetime (docs/security.md)
        try {
            assertThat(get("/api/v1/me", other.token(), null).statusCode()).isEqualTo(401);
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlyRequestsThatAcceptJsonTakeTheLeanPath() {
        for (String accept : new String[] {"application/json", "*/*", "application/json, application/*+json",
                "text/html;q=0.9, application/*;q=0.5", "APPLICATION/JSON"}) {
            assertThat(com.certhall.web.LeanAnswers.acceptsJson(accept)).as(accept).isTrue();
        }
        for (String accept : new String[] {"text/html", "application/xml", "application/json;q=0", "*/*; q=0.0"}) {
            assertThat(com.certhall.web.LeanAnswers.acceptsJson(accept)).as(accept).isFalse();
        }
    }

    private HttpResponse<String> get(String path, String token, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> headers(HttpResponse<String> response) {
        Map<String, Object> kept = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSPORT.contains(name.toLowerCase()) && !name.startsWith(":")) {
                kept.put(name.toLowerCase(), values);
            }
        });
        return kept;
    }

    /** How many requests of this URI pattern {@code http.server.requests} has timed. */
    private long timed(String uri) {
        return meters.find("http.server.requests").tag("uri", uri).timers().stream().mapToLong(Timer::count).sum();
    }
}
