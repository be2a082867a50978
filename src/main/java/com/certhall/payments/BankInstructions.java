package com.certhall.payments;

import com.certhall.shared.Masking;

/**
 * Where to send a bank transfer: the platform's receiving account (from configuration) and the reference that
 * lets finance match the transfer to the order.
 */
public record BankInstructions(String accountName, String bank, String accountNumber, String reference) {

    @Override
    public String toString() {
        return "BankInstructions[" + accountName + ", " + bank + ", " + Masking.mask(accountNumber, 4, 4) + ", "
                + reference + "]";
    }
}
