package com.certhall.notifications.listeners;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.PinReady;
import com.certhall.notifications.Notifier;
import com.certhall.shared.Masking;
import com.certhall.verification.PinChannel;
import com.certhall.verification.PinDelivery;
import com.certhall.verification.PinDepositResult;
import com.certhall.verification.SendPinByDeposit;
import com.certhall.verification.VerificationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands the PIN of a server-made key to the applicant the way the order's verification decided (BJCA-QH rule):
 * after a corporate micro-deposit, in the memo of a 0.01 CNY deposit to the verified company account, with an SMS
 * (without the PIN) telling the handler where to look; otherwise by SMS to the handler's verified mobile. A bank that
 * refuses the account for good makes it an SMS after all; a bank that does not answer fails the listener
 * ({@link LifecycleNotifications}), so the event publication stays incomplete and the outbox resubmits it
 * ({@code web.OutboxResubmission}). Every step is idempotent — the deposit by delivery id, the messages by dedupe
 * key — and the PIN is fetched from lifecycle here, never carried by the event, and never logged.
 */
@Component
class PinHandOver {

    private static final Logger log = LoggerFactory.getLogger(PinHandOver.class);

    private final Notifier notifier;
    private final CertificateManagement certificates;
    private final VerificationManagement verifications;

    PinHandOver(Notifier notifier, CertificateManagement certificates,
            VerificationManagement verifications) {
        this.notifier = notifier;
        this.certificates = certificates;
        this.verifications = verifications;
    }

    /** Called by the {@link PinReady} listener, in its transaction; any exception leaves the publication incomplete. */
    void deliver(PinReady event) {
        certificates.pinFor(event.deliveryId()).ifPresent(pin -> {
            boolean byDeposit = verifications.pinDelivery(event.order()).map(PinDelivery::channel)
                    .filter(c -> c == PinChannel.DEPOSIT_MEMO).isPresent();
            if (byDeposit && sentByDeposit(event, pin)) {
                return;
            }
            notifier.sms("certificate-pin:" + event.deliveryId(), event.mobile(), "certificatePin", event.locale(),
                    event.orderNumber(), pin);
            certificates.pinDelivered(event.deliveryId(), "SMS", Masking.mask(event.mobile(), 3, 4));
        });
    }

    /** @return false when the bank refused the account for good (the PIN then goes by SMS) */
    private boolean sentByDeposit(PinReady event, String pin) {
        // a bank that does not answer throws ProviderUnavailableException: retried with the event publication
        SendPinByDeposit send = new SendPinByDeposit(event.deliveryId(), event.order(), pin, event.serialHex());
        PinDepositResult deposit = verifications.sendPinByDeposit(send);
        if (!deposit.paid()) {
            log.warn("PIN delivery {} (order {}): the bank refused {} ({}); the PIN goes by SMS", event.deliveryId(),
                    event.orderNumber(), deposit.destination(), deposit.refusal());
            return false;
        }
        notifier.sms("certificate-pin-memo:" + event.deliveryId(), event.mobile(), "certificatePinByDeposit",
                event.locale(), event.orderNumber(), deposit.destination(), send.serialTail());
        certificates.pinDelivered(event.deliveryId(), PinChannel.DEPOSIT_MEMO.name(), deposit.destination());
        return true;
    }
}
