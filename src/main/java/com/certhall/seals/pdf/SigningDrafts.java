package com.certhall.seals.pdf;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code seals_signing_draft}: uploaded PDFs waiting for their signature, and the signed result. */
@Repository
class SigningDrafts {

    private final JdbcClient jdbc;

    SigningDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft; {@code signed} is null until signed. */
    record Draft(UUID id, UUID account, String fileName, byte[] content, byte @Nullable [] signed,
            @Nullable String credentialId, @Nullable UUID sealId, @Nullable Placement placement,
            @Nullable String handle, @Nullable String qrUrl, @Nullable Instant signedAt) {
    }

    void insert(UUID id, UUID account, String fileName, byte[] content, Instant now) {
        jdbc.sql("INSERT INTO seals_signing_draft (id, account_id, file_name, content, created_at) "
                + "VALUES (?, ?, ?, ?, ?)").params(id, account, fileName, content, utc(now)).update();
    }

    /** Drafts of this account older than {@code before}: gone (the holder has the signed file or gave up). */
    void purge(UUID account, Instant before) {
        jdbc.sql("DELETE FROM seals_signing_draft WHERE account_id = ? AND created_at < ?")
                .params(account, utc(before)).update();
    }

    Optional<Draft> find(UUID id, UUID account) {
        return jdbc.sql("SELECT id, account_id, file_name, content, signed, credential_id, seal_id, page_index, "
                + "pos_left, pos_top, handle, qr_url, signed_at FROM seals_signing_draft WHERE id = ? "
                + "AND account_id = ?").params(id, account).query(SigningDrafts::map).optional();
    }

    void scanning(UUID id, String credentialId, @Nullable UUID sealId, Placement placement, String handle) {
        jdbc.sql("UPDATE seals_signing_draft SET credential_id = ?, seal_id = ?, page_index = ?, pos_left = ?, "
                + "pos_top = ?, handle = ? WHERE id = ?").params(credentialId, sealId, placement.page(),
                        placement.left(), placement.top(), handle, id).update();
    }

    /** The link scan-to-sign's QR code carries, for the signing jobs API to hand out again. */
    void qrUrl(UUID id, String qrUrl) {
        jdbc.sql("UPDATE seals_signing_draft SET qr_url = ? WHERE id = ?").params(qrUrl, id).update();
    }

    void signed(UUID id, byte[] signed, Instant now) {
        jdbc.sql("UPDATE seals_signing_draft SET signed = ?, handle = NULL, signed_at = ? WHERE id = ?")
                .params(signed, utc(now), id).update();
    }

    private static Draft map(ResultSet rs, int row) throws SQLException {
        Integer page = (Integer) rs.getObject("page_index");
        Placement placement = page == null ? null
                : new Placement(page, rs.getDouble("pos_left"), rs.getDouble("pos_top"));
        return new Draft(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("file_name"), rs.getBytes("content"), rs.getBytes("signed"),
                rs.getString("credential_id"), rs.getObject("seal_id", UUID.class), placement,
                rs.getString("handle"), rs.getString("qr_url"),
                rs.getObject("signed_at", OffsetDateTime.class) == null ? null
                        : rs.getObject("signed_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
