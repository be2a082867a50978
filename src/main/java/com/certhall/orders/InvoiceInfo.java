package com.certhall.orders;

import com.certhall.shared.Masking;

/**
 * What the applicant wants on the invoice. The title is always the applicant's name (subject); {@code wanted} is
 * false when the channel allows going without one.
 */
public record InvoiceInfo(boolean wanted, String title, String taxNumber, String address, String phone,
        String bankName, String bankAccount, String email) {

    public static InvoiceInfo none() {
        return new InvoiceInfo(false, "", "", "", "", "", "", "");
    }

    @Override
    public String toString() {
        return "InvoiceInfo[" + wanted + ", " + title + ", account " + Masking.mask(bankAccount, 4, 4) + "]";
    }
}
