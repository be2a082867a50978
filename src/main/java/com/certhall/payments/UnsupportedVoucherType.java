package com.certhall.payments;

import com.certhall.shared.ProblemException;

/** 415: the voucher's bytes are not a PDF, JPEG or PNG, whatever its name says. */
public class UnsupportedVoucherType extends ProblemException {

    public UnsupportedVoucherType() {
        super(415, "payments.voucher.type", "voucher is not a PDF, JPEG or PNG file");
    }
}
