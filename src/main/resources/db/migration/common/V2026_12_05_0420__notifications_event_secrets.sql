-- Events stored by the event publication registry no longer carry secrets (docs/security.md, "Secrets"): remove the
-- SMS codes and the authorization links that earlier versions stored in clear, from pending and completed
-- publications alike. What remains still deserializes into the new event types (without those fields); a pending
-- SMS then reads its code or link from its owner, or is skipped when that has expired or was used.
-- REGEXP_REPLACE exists with this meaning in PostgreSQL and H2; each serialized event holds the field once.
UPDATE event_publication
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"code":"[^"]*"', '')
WHERE event_type LIKE '%SmsCodeIssued';
UPDATE event_publication_archive
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"code":"[^"]*"', '')
WHERE event_type LIKE '%SmsCodeIssued';
UPDATE event_publication
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"link":"[^"]*"', '')
WHERE event_type LIKE '%AuthorizationRequested';
UPDATE event_publication_archive
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"link":"[^"]*"', '')
WHERE event_type LIKE '%AuthorizationRequested';
