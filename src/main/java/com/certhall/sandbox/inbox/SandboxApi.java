package com.certhall.sandbox.inbox;

import com.certhall.accounts.CaptchaService;
import com.certhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /sandbox/api}: what the simulated handsets received, and the SMS provider's outage switch. */
@RestController
@RequestMapping("/sandbox/api")
@Profile("sandbox")
class SandboxApi {

    private final SandboxInbox inbox;
    private final SandboxSmsGateway sms;
    private final CaptchaService captchas;

    SandboxApi(SandboxInbox inbox, SandboxSmsGateway sms, CaptchaService captchas) {
        this.inbox = inbox;
        this.sms = sms;
        this.captchas = captchas;
    }

    /** The answer of a live captcha, as a tester reading the image would; 404 once it is used or expired. */
    @GetMapping("/captchas/{id}")
    Map<String, String> captcha(@PathVariable UUID id) {
        return Map.of("answer", captchas.answerFor(id).orElseThrow(() -> new NotFoundException("captcha", id)));
    }

    @GetMapping("/messages")
    List<SandboxInbox.Message> messages(@RequestParam(required = false) String to,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.messages(to, limit);
    }

    @GetMapping("/sms/outage")
    Map<String, Boolean> outage() {
        return Map.of("down", sms.outage());
    }

    @PostMapping("/sms/outage")
    Map<String, Boolean> outage(@RequestBody Map<String, Boolean> body) {
        sms.outage(Boolean.TRUE.equals(body.get("down")));
        return Map.of("down", sms.outage());
    }
}
