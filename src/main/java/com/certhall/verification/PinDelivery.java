package com.certhall.verification;

import org.jspecify.annotations.Nullable;

/**
 * Where the certificate PIN of an order goes, following its organisation/person verification: the company
 * account of a micro-deposit ({@code bankName}, {@code bankAccount}) or the verified {@code mobile}. Holds full
 * values for the module that sends the PIN; its {@code toString()} masks them.
 */
public record PinDelivery(PinChannel channel, VerificationId decidedBy, @Nullable String mobile,
        @Nullable String bankName, @Nullable String bankAccount) {

    @Override
    public String toString() {
        return "PinDelivery[" + channel + ", " + decidedBy + "]";
    }
}
