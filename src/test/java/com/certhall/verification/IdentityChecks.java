package com.certhall.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.support.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Passes an order's identity checks through the public API as an applicant would: the person is made known to the
 * sandbox services ({@code POST /sandbox/api/identities}), the check is started, the SMS code answered or the
 * sandbox face session passed. {@link #awaitSettled} waits until the order lists no party left to check.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public record IdentityChecks(AccountsClient accounts) {

    /** Telecom 3-factor of {@code party} with the name, ID number and mobile the order holds for that party. */
    public Map telecom(String token, String orderId, String party, String name, String idNumber, String mobile) {
        known(name, idNumber, mobile);
        Map started = started(token, orderId, Map.of("party", party, "method", "TELECOM_3F"));
        ResponseEntity<Map> answered = accounts.call(HttpMethod.POST, "/api/v1/orders/" + orderId
                + "/verifications/" + started.get("verificationId") + "/answers", token,
                Map.of("smsCode", accounts.recorder().codeFor(mobile)));
        assertThat(answered.getStatusCode().value()).as(String.valueOf(answered.getBody())).isEqualTo(200);
        assertThat(answered.getBody().get("status")).isEqualTo("PASSED");
        return answered.getBody();
    }

    /** Face liveness of {@code party}: the sandbox session is passed as the person on the phone would. */
    public Map face(String token, String orderId, String party, String name, String idNumber, String mobile) {
        known(name, idNumber, mobile);
        Map started = started(token, orderId, Map.of("party", party, "method", "FACE", "delivery", "QR"));
        String qrUrl = (String) started.get("qrUrl");
        String session = qrUrl.substring(qrUrl.lastIndexOf('/') + 1);
        assertThat(accounts.http().postForEntity("/sandbox/api/face/" + session + "/pass", null, Map.class)
                .getStatusCode().value()).isEqualTo(200);
        return Eventually.await("face check passed", Duration.ofSeconds(20), () -> accounts.call(HttpMethod.GET,
                "/api/v1/orders/" + orderId + "/verifications/" + started.get("verificationId"), token, null)
                .getBody(), v -> "PASSED".equals(v.get("status")));
    }

    /**
     * Passes every check the order still needs before submission, one party after the other as the order lists
     * them: the organisation through its legal representative, the handler, the person. Telecom 3-factor where
     * the channel offers it, face liveness otherwise.
     *
     * @param subject the subject as sent to {@code PUT /api/v1/orders/{id}/subject} (full ID numbers and mobiles)
     */
    public void passAll(String token, String orderId, Map<String, Object> subject) {
        for (int round = 0; round < 4; round++) {
            List<String> parties = (List<String>) accounts.call(HttpMethod.GET, "/api/v1/orders/" + orderId, token,
                    null).getBody().get("unverifiedParties");
            if (parties.isEmpty()) {
                return;
            }
            String party = parties.get(0);
            Map person = switch (party) {
                case "ORGANIZATION" -> (Map) ((Map) subject.get("organization")).get("legalRep");
                // a legal representative who handles the order himself is its handler
                case "HANDLER" -> Boolean.TRUE.equals(subject.get("handlerIsLegalRep"))
                        ? (Map) ((Map) subject.get("organization")).get("legalRep") : (Map) subject.get("handler");
                default -> (Map) subject.get("person");
            };
            pass(token, orderId, "ORGANIZATION".equals(party) ? "LEGAL_REP" : party, (String) person.get("name"),
                    (String) person.get("idNumber"), (String) person.get("mobile"));
            Eventually.await(party + " recorded on the order", Duration.ofSeconds(20), () -> accounts.call(
                    HttpMethod.GET, "/api/v1/orders/" + orderId, token, null).getBody().get("unverifiedParties"),
                    left -> !((List) left).contains(party));
        }
        awaitSettled(token, orderId);
    }

    private void pass(String token, String orderId, String party, String name, String idNumber, String mobile) {
        known(name, idNumber, mobile);
        ResponseEntity<Map> telecom = accounts.call(HttpMethod.POST, "/api/v1/orders/" + orderId
                + "/verifications", token, Map.of("party", party, "method", "TELECOM_3F"));
        if (telecom.getStatusCode().value() == 201) {
            assertThat(telecom.getBody().get("status")).as(String.valueOf(telecom.getBody())).isEqualTo("PENDING");
            ResponseEntity<Map> answered = accounts.call(HttpMethod.POST, "/api/v1/orders/" + orderId
                    + "/verifications/" + telecom.getBody().get("verificationId") + "/answers", token,
                    Map.of("smsCode", accounts.recorder().codeFor(mobile)));
            assertThat(answered.getBody().get("status")).as(String.valueOf(answered.getBody())).isEqualTo("PASSED");
        } else {
            face(token, orderId, party, name, idNumber, mobile);
        }
    }

    /** Waits until the order has no party left whose check must pass before submission. */
    public void awaitSettled(String token, String orderId) {
        Eventually.await("identity checks recorded on the order", Duration.ofSeconds(20),
                () -> accounts.call(HttpMethod.GET, "/api/v1/orders/" + orderId, token, null).getBody()
                        .get("unverifiedParties"), parties -> ((List) parties).isEmpty());
    }

    /** Makes a person known to the sandbox telecom, card network and face service. */
    public static void known(org.springframework.boot.test.web.client.TestRestTemplate http, String name,
            String idNumber, String mobile) {
        ResponseEntity<Map> added = http.postForEntity("/sandbox/api/identities",
                Map.of("type", "PERSON", "name", name, "idNumber", idNumber, "mobile", mobile), Map.class);
        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);
    }

    private void known(String name, String idNumber, String mobile) {
        known(accounts.http(), name, idNumber, mobile);
    }

    private Map started(String token, String orderId, Map<String, Object> body) {
        ResponseEntity<Map> started = accounts.call(HttpMethod.POST, "/api/v1/orders/" + orderId + "/verifications",
                token, body);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
        return started.getBody();
    }
}
