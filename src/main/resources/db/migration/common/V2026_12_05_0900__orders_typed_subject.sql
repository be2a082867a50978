-- What the applicant typed on a refused subject step, sealed like the draft (docs/security.md "Secrets"), so the
-- page shows it again after a logout or a restart; cleared when a subject is saved.
ALTER TABLE applications_order ADD COLUMN typed_subject VARCHAR(20000);
