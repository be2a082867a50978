-- What OCR read from each stored scan (docs/recognition.md, "Stored readings"): kept so that review does not read
-- the scan again; the reading is sealed with the data-protection key (it holds names and ID numbers).
CREATE TABLE recognition_readings (
    document_id    UUID          NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    readable       BOOLEAN       NOT NULL,
    sealed_reading VARCHAR(4000) NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recognition_readings_pk PRIMARY KEY (document_id)
);
