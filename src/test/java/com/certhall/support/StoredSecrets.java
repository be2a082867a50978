package com.certhall.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds secrets resting in clear in the database (docs/security.md "Secrets"): every text column of every table but
 * the sandbox's (the simulated providers received them by design), the outbox's publications included, read as it
 * is and with its base64 runs decoded. Returns "table.column holds the kind" for each find.
 */
public final class StoredSecrets {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");

    private StoredSecrets() {
    }

    public static List<String> find(JdbcTemplate jdbc, Map<String, String> secrets) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                        + "WHERE table_schema = CURRENT_SCHEMA");
        int scanned = 0;
        for (Map<String, Object> column : columns) {
            String table = ((String) column.get("table_name")).toLowerCase(Locale.ROOT);
            String name = ((String) column.get("column_name")).toLowerCase(Locale.ROOT);
            String type = String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
            if (table.startsWith("sandbox_") || !(type.contains("char") || type.contains("text")
                    || type.contains("json") || type.contains("clob"))) {
                continue;
            }
            scanned++;
            for (String value : jdbc.queryForList("SELECT " + name + " FROM " + table + " WHERE " + name
                    + " IS NOT NULL", String.class)) {
                secrets.forEach((kind, secret) -> {
                    if (holds(value, secret) || holds(decoded(value), secret)) {
                        found.add(table + "." + name + " holds the " + kind);
                    }
                });
            }
        }
        assertThat(scanned).as("text columns scanned").isGreaterThan(50);
        assertThat(columns).as("the outbox is among them").anySatisfy(
                c -> assertThat(((String) c.get("table_name")).toLowerCase(Locale.ROOT))
                        .isEqualTo("event_publication_archive"));
        return found;
    }

    private static boolean holds(String value, String secret) {
        if (!secret.chars().allMatch(Character::isDigit)) {
            return value.contains(secret);
        }
        // a code or PIN counts where it stands alone, not inside a longer number (order numbers, timestamps) or a
        // longer run of letters and digits (a SHA-256 hex digest holds six given digits now and then by chance)
        return Pattern.compile("(?<![0-9A-Za-z])" + secret + "(?![0-9A-Za-z])").matcher(value).find();
    }

    private static String decoded(String value) {
        StringBuilder out = new StringBuilder();
        Matcher m = BASE64.matcher(value);
        while (m.find()) {
            try {
                out.append(new String(Base64.getDecoder().decode(m.group()), StandardCharsets.UTF_8)).append('\n');
            } catch (IllegalArgumentException notBase64) {
                // a run of letters and digits that only looks like base64
            }
        }
        return out.toString();
    }
}
