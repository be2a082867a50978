package com.certhall.verification.provider.http;

import com.certhall.shared.BankCardNumber;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.verification.ProviderUnavailableException;
import com.certhall.verification.provider.BankCardVerifier;
import com.certhall.verification.provider.CorporateAccountVerifier;
import com.certhall.verification.provider.FaceLiveness;
import com.certhall.verification.provider.IdentityMatch;
import com.certhall.verification.provider.TelecomVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The production adapters of all four verification ports against one HTTPS verification service (the kind of
 * aggregator that offers carrier 3-factor, card 4-factor, corporate payments and H5 face checks under one account).
 * An answer {@code code} of {@code OK} is a match or a completed payment; any other code is the service's refusal
 * ({@code MISMATCH} = 信息不一致), passed on as such.
 */
@Component
@Profile("!sandbox")
@ConditionalOnProperty(name = "certhall.verification.provider", havingValue = "http")
class HttpVerificationProviders implements TelecomVerifier, BankCardVerifier, CorporateAccountVerifier, FaceLiveness {

    private final HttpVerificationClient client;

    HttpVerificationProviders(HttpVerificationProperties properties, Clock clock, MeterRegistry meters) {
        this.client = new HttpVerificationClient(properties, clock, meters);
    }

    @Override
    public IdentityMatch check(String name, ResidentIdNumber idNumber, MobileNumber mobile) {
        return match(client.post("TELECOM", "/telecom/three-factor",
                Map.of("name", name, "idNumber", idNumber.value(), "mobile", mobile.value())));
    }

    @Override
    public IdentityMatch check(String name, ResidentIdNumber idNumber, BankCardNumber card, MobileNumber mobile) {
        return match(client.post("CARD_NETWORK", "/bankcard/four-factor", Map.of("name", name, "idNumber",
                idNumber.value(), "cardNumber", card.value(), "mobile", mobile.value())));
    }

    @Override
    public Deposit deposit(String companyName, Uscc uscc, String bankName, String account, long amountFen,
            String memo) {
        JsonNode answer = client.post("BANK", "/corporate/deposits", Map.of("payeeName", companyName, "uscc",
                uscc.value(), "bankName", bankName, "account", account, "amountFen", amountFen, "memo", memo));
        String code = answer.path("code").asText("UNKNOWN");
        return "OK".equals(code) ? Deposit.paid(answer.path("reference").asText()) : Deposit.refused(code);
    }

    @Override
    public Session start(String name, ResidentIdNumber idNumber) {
        JsonNode answer = client.post("FACE", "/face/sessions", Map.of("name", name, "idNumber", idNumber.value()));
        if (!"OK".equals(answer.path("code").asText())) {
            throw new ProviderUnavailableException("FACE", answer.path("code").asText("UNKNOWN"));
        }
        return new Session(answer.path("sessionId").asText(), answer.path("url").asText());
    }

    @Override
    public Result result(String sessionId) {
        JsonNode answer = client.post("FACE", "/face/results", Map.of("sessionId", sessionId));
        String outcome = answer.path("outcome").asText("PENDING");
        return switch (outcome) {
            case "PASSED" -> new Result(Outcome.PASSED, "");
            case "FAILED" -> new Result(Outcome.FAILED, answer.path("reason").asText("FAILED"));
            default -> new Result(Outcome.PENDING, "");
        };
    }

    private static IdentityMatch match(JsonNode answer) {
        String code = answer.path("code").asText("UNKNOWN");
        return "OK".equals(code) ? IdentityMatch.ok() : IdentityMatch.refused(code);
    }
}
