package com.certhall.payments;

import com.certhall.shared.ProblemException;

/** 413: a voucher file above the limit; names the limit in kilobytes. */
public class VoucherTooLarge extends ProblemException {

    public VoucherTooLarge(long maxBytes) {
        super(413, "payments.voucher.tooLarge", "voucher larger than " + maxBytes + " bytes", maxBytes / 1024);
    }
}
