package com.certhall.payments.domain;

import com.certhall.documents.DocumentContent;
import com.certhall.payments.PaymentId;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where bank-transfer voucher files are kept. The store checks the real type (PDF, JPEG or PNG, from the bytes) and
 * the size while reading, and never deletes: a replaced voucher stays available to finance and auditors.
 */
public interface VoucherStore {

    /** What was kept: its id, the sniffed content type and the SHA-256 of the bytes. */
    record StoredVoucher(UUID id, String contentType, String sha256) {
    }

    /**
     * Keeps a voucher of {@code payment}, as a new version of {@code replaces} when there is one.
     *
     * @throws com.certhall.shared.ProblemException 413 past {@code maxBytes}, 415 for another type, 400 when empty
     */
    StoredVoucher store(PaymentId payment, @Nullable UUID replaces, String fileName, InputStream content,
            long maxBytes, String actor);

    Optional<DocumentContent> load(PaymentId payment, UUID voucherId);
}
