package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.support.OrderApi;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A CSC API client as a partner writes one: plain HTTP and JSON, a bearer token (docs/signing.md). */
@SuppressWarnings({"rawtypes", "unchecked"})
record CscClient(TestRestTemplate http, String token) {

    /** The token of the seeded channel administrator, who registers partner clients. */
    static String admin(AccountsClient accounts) {
        return new OrderApi(accounts, null).staff("admin");
    }

    /**
     * Registers a partner client as the channel administrator does ({@code channelCode}, {@code name} and optional
     * {@code scopes}, {@code ratePerMinute}); answers the created client with its {@code clientId} and
     * {@code clientSecret}.
     */
    static Map register(AccountsClient accounts, String admin, Map<String, ?> client) {
        ResponseEntity<Map> created = accounts.call(HttpMethod.POST, "/api/v1/admin/partner-clients", admin, client);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return created.getBody();
    }

    /** A newly registered partner client of the channel, with its access token. */
    static CscClient registered(AccountsClient accounts, String admin, Map<String, ?> client) {
        Map created = register(accounts, admin, client);
        return partner(accounts.http(), (String) created.get("clientId"), (String) created.get("clientSecret"));
    }

    /** A newly registered partner client named {@code name} of {@code channel}, with its access token. */
    static CscClient registered(AccountsClient accounts, String channel, String name) {
        return registered(accounts, admin(accounts), Map.of("channelCode", channel, "name", name));
    }

    /** A partner's client: the OAuth 2.0 client credentials grant with HTTP Basic. */
    static CscClient partner(TestRestTemplate http, String clientId, String secret) {
        ResponseEntity<Map> token = token(http, clientId, secret);
        if (token.getStatusCode().value() != 200) {
            throw new IllegalStateException("token: " + token.getBody());
        }
        return new CscClient(http, (String) token.getBody().get("access_token"));
    }

    static ResponseEntity<Map> token(TestRestTemplate http, String clientId, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes()));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", "signing");
        return http.exchange("/csc/v2/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    ResponseEntity<Map> post(String method, Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/csc/v2/" + method, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    Map ok(String method, Map<String, ?> body) {
        ResponseEntity<Map> response = post(method, body);
        if (response.getStatusCode().value() != 200) {
            throw new AssertionError(method + " answered " + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }
}
