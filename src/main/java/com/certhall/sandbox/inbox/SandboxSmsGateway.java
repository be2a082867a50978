package com.certhall.sandbox.inbox;

import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsGateway;
import com.certhall.shared.SimulatedLatency;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * An SMS provider that behaves like the real ones: it takes a little time, applies flow control per number
 * ({@code isv.BUSINESS_LIMIT_CONTROL}), refuses numbers that cannot receive text ({@code isv.MOBILE_NUMBER_ILLEGAL}
 * for 140-prefixed IoT numbers) and can be switched into an outage from the sandbox page. Accepted messages land
 * in the {@link SandboxInbox}.
 */
@Component
@Profile("sandbox")
class SandboxSmsGateway implements SmsGateway {

    private final SandboxInbox inbox;
    private final Clock clock;
    private final Duration delay;
    private final int perMinuteLimit;
    private final AtomicBoolean outage = new AtomicBoolean(false);

    SandboxSmsGateway(SandboxInbox inbox, Clock clock,
            @Value("${certhall.sandbox.sms.delay:PT0.03S}") Duration delay,
            @Value("${certhall.sandbox.sms.per-minute-limit:10}") int perMinuteLimit) {
        this.inbox = inbox;
        this.clock = clock;
        this.delay = delay;
        this.perMinuteLimit = perMinuteLimit;
    }

    @Override
    public String send(String mobile, String text) {
        pause();
        if (outage.get()) {
            throw new SmsDeliveryException("SERVICE_UNAVAILABLE", "the SMS provider is not answering", true);
        }
        if (mobile.startsWith("140")) {
            throw new SmsDeliveryException("isv.MOBILE_NUMBER_ILLEGAL", "the number cannot receive text messages",
                    false);
        }
        if (inbox.countSince(mobile, clock.instant().minus(Duration.ofMinutes(1))) >= perMinuteLimit) {
            throw new SmsDeliveryException("isv.BUSINESS_LIMIT_CONTROL", "too many messages to this number", true);
        }
        return "sbx-" + inbox.deliver("SMS", mobile, null, text).id();
    }

    boolean outage() {
        return outage.get();
    }

    void outage(boolean down) {
        outage.set(down);
    }

    private void pause() {
        SimulatedLatency.jittered(delay,
                e -> new SmsDeliveryException("INTERRUPTED", "sending was interrupted", true));
    }
}
