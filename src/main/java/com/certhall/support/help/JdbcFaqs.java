package com.certhall.support.help;

import java.sql.ResultSet;
import java.sql.SQLException;
import com.certhall.shared.KeptPerNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help centre's questions in plain SQL; a channel's list is replaced as a whole when its admin saves it. */
@Repository
class JdbcFaqs {

    private final JdbcClient jdbc;
    /**
     * A channel's questions (or the general ones, key empty) as every channel page and channel read shows them,
     * kept per node and dropped by {@link #replace} (docs/architecture.md, "Caches per node").
     */
    private final KeptPerNode<String, List<Faq>> kept = new KeptPerNode<>(Duration.ofSeconds(10), 10_000);

    JdbcFaqs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Faq> all() {
        return jdbc.sql("SELECT * FROM support_faq ORDER BY channel_code NULLS FIRST, position")
                .query(JdbcFaqs::row).list();
    }

    List<Faq> of(@Nullable String channel) {
        return kept.get(channel == null ? "" : channel, () -> List.copyOf(read(channel)));
    }

    private List<Faq> read(@Nullable String channel) {
        return channel == null
                ? jdbc.sql("SELECT * FROM support_faq WHERE channel_code IS NULL ORDER BY position")
                        .query(JdbcFaqs::row).list()
                : jdbc.sql("SELECT * FROM support_faq WHERE channel_code = ? ORDER BY position").param(channel)
                        .query(JdbcFaqs::row).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM support_faq").query(Long.class).single();
    }

    void replace(@Nullable String channel, List<FaqDraft> drafts, String actor, Instant now) {
        kept.changed();
        if (channel == null) {
            jdbc.sql("DELETE FROM support_faq WHERE channel_code IS NULL").update();
        } else {
            jdbc.sql("DELETE FROM support_faq WHERE channel_code = ?").param(channel).update();
        }
        int position = 0;
        for (FaqDraft d : drafts) {
            jdbc.sql("""
                    INSERT INTO support_faq (id, channel_code, position, question_zh, answer_zh, question_en,
                        answer_en, link, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), channel, position++, d.questionZh(), d.answerZh(), d.questionEn(),
                            d.answerEn(), d.link(), now.atOffset(ZoneOffset.UTC), actor)
                    .update();
        }
    }

    private static Faq row(ResultSet rs, int n) throws SQLException {
        return new Faq(rs.getObject("id", UUID.class), rs.getString("channel_code"), rs.getInt("position"),
                rs.getString("question_zh"), rs.getString("answer_zh"), rs.getString("question_en"),
                rs.getString("answer_en"), rs.getString("link"));
    }
}
