-- A PIN may also travel in a deposit memo (channel DEPOSIT_MEMO), and the holder is told where it went:
-- the masked destination (bank and account tail, or mobile) is kept with the channel.
ALTER TABLE lifecycle_pin_delivery ALTER COLUMN channel SET DATA TYPE VARCHAR(20);
ALTER TABLE lifecycle_pin_delivery ADD COLUMN destination VARCHAR(120);
