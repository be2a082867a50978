package com.certhall.lifecycle;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.signing.domain.SigningPins;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * The holder activates a cloud certificate as the activation page does it (docs/signing.md): an SMS code to the
 * handler on record, then the signing PIN they choose. The resend interval of the handler's mobile passes on the
 * test clock before and after, so the next code (an order's signature) can go out at once.
 */
record CloudActivation(SigningPins pins, AccountsTestSupport.Recorder recorder, TestClock clock) {

    /** The signing PIN these tests set (6 digits, not trivial). */
    static final String PIN = "583027";

    void activate(UUID account, String serial, String handlerMobile) {
        clock.advance(Duration.ofSeconds(61));
        pins.sendCode(account, serial, Locale.SIMPLIFIED_CHINESE);
        pins.activate(account, serial, recorder.codeFor(handlerMobile), PIN, PIN);
        clock.advance(Duration.ofSeconds(61));
    }
}
