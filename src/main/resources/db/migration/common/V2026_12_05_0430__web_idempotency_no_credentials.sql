-- Kept answers to POST /api/v1/tokens held bearer tokens; the store is a one-day cache that cannot tell which rows
-- they are (only hashes of the keys are kept), so it is emptied once.
DELETE FROM web_idempotency;
