package com.certhall.lifecycle;

import com.certhall.lifecycle.domain.UnlockDesk;
import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * PIN unlock of a UKEY (解锁, docs/lifecycle.md "PIN unlock"): the holder reads a challenge from the locked token,
 * proves himself with an SMS code to the certificate's handler mobile, and gets the one-time response code the
 * token accepts with a new PIN. Free of charge, without an order or through an UNLOCK order. Cloud certificates have
 * no token: their PIN is reset with the signing service, not here.
 */
@Service
public class UnlockManagement {

    private final UnlockDesk desk;

    /**
     * A certificate as the unlock page shows it.
     *
     * @param tokenSerial  the UKEY's serial, null for a cloud certificate (nothing to unblock here)
     * @param maskedMobile where the SMS code goes ({@code 138****5678})
     */
    public record Target(String serialHex, String subjectName, String medium, HeldStatus status,
            @Nullable String tokenSerial, String maskedMobile) {
    }


    UnlockManagement(UnlockDesk desk) {
        this.desk = desk;
    }

    /** Where the SMS code would go, masked, for a UKEY certificate the account holds. */
    public Target target(String serial, UUID accountId) {
        return desk.target(serial, accountId);
    }

    /** Sends the UNLOCK code to the certificate's handler mobile; rate limited like every SMS. */
    public SmsCodeSent sendSmsCode(String serial, UUID accountId, Locale locale) {
        return desk.sendSmsCode(serial, accountId, locale);
    }

    /**
     * The response code for {@code challenge} once {@code smsCode} passes; at most one per challenge, audited.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code challenge} or {@code smsCode}
     * @throws com.certhall.shared.ConflictException when the certificate has no token, is not valid, or a code was
     *                                               already given for this challenge
     */
    public UnlockCode issue(String serial, UUID accountId, String challenge, String smsCode) {
        return desk.issue(serial, accountId, challenge, smsCode);
    }

    /**
     * The response code for {@code challenge} through an approved UNLOCK order of the account (its checks stand for
     * the SMS code); the order is then done, so it gives one code.
     *
     * @throws com.certhall.shared.ConflictException when the order is not an UNLOCK order, not approved yet, or done
     */
    public UnlockCode issueForOrder(OrderId id, UUID accountId, String challenge, String actor) {
        return desk.issueForOrder(id, accountId, challenge, actor);
    }
}
