package com.certhall.payments;

/** A stored bank-transfer voucher as finance and its uploader see it. */
public record VoucherContent(String fileName, String contentType, byte[] bytes) {

    public VoucherContent {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
