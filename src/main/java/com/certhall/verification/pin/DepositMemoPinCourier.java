package com.certhall.verification.pin;

import com.certhall.lifecycle.PinCourier;
import com.certhall.orders.OrderId;
import com.certhall.verification.PinChannel;
import com.certhall.verification.PinDelivery;
import com.certhall.verification.PinDepositResult;
import com.certhall.verification.SendPinByDeposit;
import com.certhall.verification.VerificationManagement;
import org.springframework.stereotype.Component;

/**
 * Carries a certificate PIN for lifecycle in the memo of a 0.01 CNY deposit to the company account the order's
 * organisation was verified with — open only to orders whose PIN goes by deposit memo (BJCA-QH rule, see
 * {@link VerificationManagement#pinDelivery}). Paid once per delivery id; a bank that does not answer throws
 * {@code ProviderUnavailableException}, so lifecycle tries again later.
 */
@Component
class DepositMemoPinCourier implements PinCourier {

    private final VerificationManagement verifications;

    DepositMemoPinCourier(VerificationManagement verifications) {
        this.verifications = verifications;
    }

    @Override
    public Channel channel() {
        return Channel.DEPOSIT_MEMO;
    }

    @Override
    public boolean serves(OrderId order) {
        return verifications.pinDelivery(order).map(PinDelivery::channel)
                .filter(c -> c == PinChannel.DEPOSIT_MEMO).isPresent();
    }

    @Override
    public Outcome carry(Parcel parcel) {
        PinDepositResult deposit = verifications.sendPinByDeposit(new SendPinByDeposit(parcel.deliveryId(),
                parcel.order(), parcel.pin(), parcel.serialHex()));
        return deposit.paid() ? new Delivered(deposit.destination())
                : new Refused(deposit.destination(), deposit.refusal());
    }
}
