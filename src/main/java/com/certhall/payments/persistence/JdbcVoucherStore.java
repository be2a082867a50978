package com.certhall.payments.persistence;

import com.certhall.payments.PaymentId;
import com.certhall.payments.VoucherContent;
import com.certhall.payments.domain.VoucherFormat;
import com.certhall.payments.domain.VoucherStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps voucher files in the {@code payments_voucher} table (one row per upload, never deleted). Meant to be
 * replaced by the documents module's store (encryption at rest, thumbnails) once payments may use it.
 */
@Component
class JdbcVoucherStore implements VoucherStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcVoucherStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UUID store(PaymentId payment, String fileName, VoucherFormat format, byte[] bytes, String sha256) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into payments_voucher (id, payment_id, file_name, content_type, size_bytes, sha256, "
                + "content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, payment.id(), fileName,
                format.contentType(), bytes.length, sha256, bytes, Timestamp.from(clock.instant()));
        return id;
    }

    @Override
    public Optional<VoucherContent> load(PaymentId payment, UUID voucherId) {
        return jdbc.query("select file_name, content_type, content from payments_voucher where id = ? and payment_id = ?",
                (rs, n) -> new VoucherContent(rs.getString(1), rs.getString(2), rs.getBytes(3)), voucherId,
                payment.id()).stream().findFirst();
    }
}
