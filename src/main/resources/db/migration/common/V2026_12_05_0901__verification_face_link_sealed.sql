-- A face check's phone link and the provider's session id admit to the check: both are now stored sealed
-- (docs/security.md, "Secrets"). What earlier versions stored in clear is removed (a face check lasts minutes; an
-- open one runs out and is started again), and so are the links in stored FaceLinkRequested events, which now name
-- the check only. REGEXP_REPLACE exists with this meaning in PostgreSQL and H2.
ALTER TABLE verification_case ALTER COLUMN phone_url SET DATA TYPE VARCHAR(1000);
ALTER TABLE verification_case ALTER COLUMN provider_ref SET DATA TYPE VARCHAR(500);
UPDATE verification_case SET phone_url = NULL WHERE phone_url IS NOT NULL;
UPDATE verification_case SET provider_ref = NULL WHERE method = 'FACE';
UPDATE event_publication
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"url":"[^"]*"', '')
WHERE event_type LIKE '%FaceLinkRequested';
UPDATE event_publication_archive
SET serialized_event = REGEXP_REPLACE(serialized_event, ',"url":"[^"]*"', '')
WHERE event_type LIKE '%FaceLinkRequested';
