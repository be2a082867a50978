-- At most one open payment per order (docs/security.md, "Money"): an open payment holds its order's id here, a
-- closed one NULL, and the unique constraint makes a second concurrent start fail instead of leaving two payable QRs.
ALTER TABLE payments_payment ADD COLUMN open_order_id UUID;
UPDATE payments_payment AS p SET open_order_id = application_id
 WHERE status IN ('CREATED', 'AWAITING_VOUCHER', 'VOUCHER_SUBMITTED', 'VOUCHER_REJECTED')
   AND created_at = (SELECT MAX(q.created_at) FROM payments_payment q
                      WHERE q.application_id = p.application_id
                        AND q.status IN ('CREATED', 'AWAITING_VOUCHER', 'VOUCHER_SUBMITTED', 'VOUCHER_REJECTED'));
ALTER TABLE payments_payment ADD CONSTRAINT payments_payment_open_uk UNIQUE (open_order_id);
