package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.support.Eventually;
import com.certhall.support.OrderApi;
import com.certhall.support.SandboxInbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The holder proves possession of a UKEY's key before its unchanged renewal (docs/lifecycle.md, "Renewal") as a real
 * holder does: with the token's PIN from the SMS that came with the UKEY, which the token needs to sign the
 * platform's challenge.
 */
record UkeyPossession(TestRestTemplate http) {

    private static final Pattern PIN = Pattern.compile("保护口令为 (\\d{6,8})");

    /** The PIN of the UKEY of order {@code orderNumber}, from the SMS to the handler's mobile. */
    String pin(String mobile, String orderNumber) {
        SandboxInbox inbox = new SandboxInbox(http);
        String text = Eventually.await("the UKEY's PIN by SMS", Duration.ofSeconds(30),
                () -> inbox.texts(mobile, orderNumber).stream().filter(t -> PIN.matcher(t).find()).toList(),
                l -> !l.isEmpty()).get(0);
        Matcher m = PIN.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Over REST, as the holder's client: the token signs the challenge under the PIN. */
    void prove(OrderApi api, HeldCertificateView certificate, String mobile) {
        api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + certificate.serialHex() + "/possession-proof",
                Map.of("pin", pin(mobile, certificate.orderNumber()))), 201);
    }

    /** As {@link #prove(OrderApi, HeldCertificateView, String)}, through the service a page calls. */
    void prove(PossessionProofs proofs, UUID account, HeldCertificateView certificate, String mobile) {
        proofs.prove(account, certificate, pin(mobile, certificate.orderNumber()), "applicant:" + account);
    }
}
