-- The applicant chose the paper path: the wizard goes on without online checks, materials or SMS signature
-- (docs/architecture.md, "The paper path").
ALTER TABLE applications_order ADD COLUMN paper_path BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE applications_order SET paper_path = TRUE WHERE status = 'AWAITING_PAPER';
