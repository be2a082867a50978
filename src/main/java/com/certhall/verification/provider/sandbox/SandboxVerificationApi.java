package com.certhall.verification.provider.sandbox;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sandbox/api}: the bank's micro-deposits and account closures, the identities the simulated registers know, completing a face
 * check as the phone page would, and the outage switches of the simulated verification services.
 */
@RestController
@RequestMapping("/sandbox/api")
@Profile("sandbox")
class SandboxVerificationApi {

    private final SandboxBank bank;
    private final SandboxIdentities identities;
    private final SandboxFaceService face;
    private final SandboxServices services;

    SandboxVerificationApi(SandboxBank bank, SandboxIdentities identities, SandboxFaceService face,
            SandboxServices services) {
        this.bank = bank;
        this.identities = identities;
        this.face = face;
        this.services = services;
    }

    record DepositJson(String account, long amountFen, String memo, String at) {
    }

    @GetMapping("/bank/deposits")
    List<DepositJson> deposits(@RequestParam(required = false) String account) {
        return bank.deposits(account, 100).stream()
                .map(d -> new DepositJson(d.account(), d.amountFen(), d.memo(), d.at().toString())).toList();
    }

    /** {@code {"account": "0200004509000123456", "closed": true}}: the bank then refuses that account. */
    record Closure(String account, boolean closed) {
    }

    @PostMapping("/bank/closures")
    Closure closure(@RequestBody Closure body) {
        bank.setClosed(body.account(), body.closed());
        return new Closure(body.account(), bank.isClosed(body.account()));
    }

    record Identities(List<SandboxIdentities.Person> people, List<SandboxIdentities.Card> cards,
            List<SandboxIdentities.Company> companies) {
    }

    @GetMapping("/identities")
    Identities identities() {
        return new Identities(identities.people(), identities.cards(), identities.companies());
    }

    @PostMapping("/identities")
    @ResponseStatus(HttpStatus.CREATED)
    Object add(@RequestBody SandboxIdentities.NewIdentity body) {
        return identities.add(body);
    }

    @PostMapping("/face/{sessionId}/pass")
    SandboxFaceService.FaceSession pass(@PathVariable String sessionId) {
        return face.pass(sessionId);
    }

    @PostMapping("/face/{sessionId}/fail")
    SandboxFaceService.FaceSession fail(@PathVariable String sessionId) {
        return face.fail(sessionId);
    }

    @GetMapping("/verification/outages")
    Map<SandboxServices.Service, Boolean> outages() {
        return services.states();
    }

    /** {@code {"service": "TELECOM|CARD_NETWORK|BANK|FACE", "down": true}} */
    record Outage(SandboxServices.Service service, boolean down) {
    }

    @PostMapping("/verification/outages")
    Map<SandboxServices.Service, Boolean> outage(@RequestBody Outage body) {
        services.setDown(body.service(), body.down());
        return services.states();
    }
}
