package com.certhall.catalog.domain;

import com.certhall.shared.IdentityDocument;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The identity documents each channel accepts, one row per kind; none stored means every kind. */
@Repository
class IdentityDocumentRows {

    private final JdbcTemplate jdbc;

    IdentityDocumentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<IdentityDocument.Kind> accepted(String channel) {
        Set<IdentityDocument.Kind> kinds = EnumSet.noneOf(IdentityDocument.Kind.class);
        jdbc.query("SELECT kind FROM catalog_channel_id_document WHERE channel_code = ?",
                rs -> {
                    kinds.add(IdentityDocument.Kind.valueOf(rs.getString(1)));
                }, channel);
        return kinds.isEmpty() ? EnumSet.allOf(IdentityDocument.Kind.class) : kinds;
    }

    void replace(String channel, Set<IdentityDocument.Kind> kinds) {
        jdbc.update("DELETE FROM catalog_channel_id_document WHERE channel_code = ?", channel);
        for (IdentityDocument.Kind kind : kinds) {
            jdbc.update("INSERT INTO catalog_channel_id_document (channel_code, kind) VALUES (?, ?)", channel,
                    kind.name());
        }
    }
}
