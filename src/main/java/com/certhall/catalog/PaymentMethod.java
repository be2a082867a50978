package com.certhall.catalog;

/** Ways a channel accepts payment. */
public enum PaymentMethod {
    WECHAT_QR, ALIPAY_QR, BANK_TRANSFER
}
