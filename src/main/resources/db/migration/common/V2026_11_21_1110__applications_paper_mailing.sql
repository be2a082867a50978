-- Paper materials mailed by the applicant (SXCA; the offline path of BJCA) and their receipt by staff.
ALTER TABLE applications_order ADD COLUMN paper_carrier VARCHAR(40);
ALTER TABLE applications_order ADD COLUMN paper_tracking_number VARCHAR(40);
ALTER TABLE applications_order ADD COLUMN paper_mailed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications_order ADD COLUMN paper_received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications_order ADD COLUMN paper_received_by VARCHAR(200);
