package com.certhall.payments.domain;

import com.certhall.payments.PaymentId;
import com.certhall.payments.VoucherContent;
import java.util.Optional;
import java.util.UUID;

/**
 * Where voucher files are kept. Checks (size, real type) happen before; the store only keeps bytes and never
 * deletes them, so a replaced voucher stays available to finance and auditors.
 */
public interface VoucherStore {

    /** Keeps the file and returns its id. */
    UUID store(PaymentId payment, String fileName, VoucherFormat format, byte[] bytes, String sha256);

    Optional<VoucherContent> load(PaymentId payment, UUID voucherId);
}
