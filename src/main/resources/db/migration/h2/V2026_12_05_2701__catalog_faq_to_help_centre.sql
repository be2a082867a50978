-- One store for frequently asked questions (docs/help.md, "Help centre"): the questions a channel record kept in
-- Chinese only move to the help centre, which keeps both languages; the English text is left blank there (the
-- Chinese one is shown until a channel admin writes it). A question the help centre already has is not copied twice.
-- The only vendor difference is the function that makes a UUID.
INSERT INTO support_faq (id, channel_code, position, question_zh, answer_zh, question_en, answer_en, link,
                         updated_at, updated_by)
SELECT RANDOM_UUID(), h.channel_code,
       (SELECT COALESCE(MAX(f.position), -1) FROM support_faq f WHERE f.channel_code = h.channel_code) + 1 + h.sort_order,
       SUBSTRING(h.question FROM 1 FOR 200), h.answer, '', '', '/apply/' || h.channel_code,
       CURRENT_TIMESTAMP, 'migration'
FROM catalog_help_entry h
WHERE NOT EXISTS (SELECT 1 FROM support_faq f
                  WHERE f.channel_code = h.channel_code AND f.question_zh = SUBSTRING(h.question FROM 1 FOR 200));

DROP TABLE catalog_help_entry;
