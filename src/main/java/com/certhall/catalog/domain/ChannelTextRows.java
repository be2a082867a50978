package com.certhall.catalog.domain;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A channel's texts per language, one row per item ({@code name}, {@code product.<code>}, {@code notify.…}). */
@Repository
class ChannelTextRows {

    private final JdbcTemplate jdbc;
    private final ChannelRulesCache cache;

    ChannelTextRows(JdbcTemplate jdbc, ChannelRulesCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** Every item of one language (kept per node with the channel's rules, dropped by {@link #replace}). */
    Map<String, String> all(String channel, String lang) {
        return new TreeMap<>(cache.texts(channel, lang, () -> read(channel, lang)));
    }

    private Map<String, String> read(String channel, String lang) {
        Map<String, String> items = new TreeMap<>();
        jdbc.query("SELECT item, body FROM catalog_channel_text WHERE channel_code = ? AND lang = ?",
                rs -> {
                    items.put(rs.getString(1), rs.getString(2));
                }, channel, lang);
        return items;
    }

    /** One item of every channel that has it in {@code lang}, by channel code (the English names, for search). */
    Map<String, String> item(String lang, String item) {
        Map<String, String> bodies = new TreeMap<>();
        jdbc.query("SELECT channel_code, body FROM catalog_channel_text WHERE lang = ? AND item = ?",
                rs -> {
                    bodies.put(rs.getString(1), rs.getString(2));
                }, lang, item);
        return bodies;
    }

    /** Replaces every item of one language; blank texts are not stored (the Chinese text or default applies). */
    void replace(String channel, String lang, Map<String, String> items) {
        cache.changed();
        jdbc.update("DELETE FROM catalog_channel_text WHERE channel_code = ? AND lang = ?", channel, lang);
        items.forEach((item, body) -> {
            if (!body.isBlank()) {
                jdbc.update("INSERT INTO catalog_channel_text (channel_code, lang, item, body) VALUES (?, ?, ?, ?)",
                        channel, lang, item, body);
            }
        });
    }
}
