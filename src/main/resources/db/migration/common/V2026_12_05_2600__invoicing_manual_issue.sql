-- Invoices issued by finance outside CertHall when no tax platform is connected (certhall.invoicing.platform=none,
-- docs/invoicing.md "Without a tax platform"): the PDF finance recorded with the invoice number.
CREATE TABLE invoicing_manual_file (
    invoice_id   UUID                     NOT NULL,
    pdf          BYTEA                    NOT NULL,
    recorded_by  VARCHAR(100)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (invoice_id),
    CONSTRAINT invoicing_manual_file_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoicing_invoice (id)
);
