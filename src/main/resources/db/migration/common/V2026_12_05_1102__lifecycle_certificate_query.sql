-- Certificate queries without login (docs/lifecycle.md, "Certificate query"): the subject by its keyed hash only,
-- the SMS challenge sent to the handler the visitor picked.
CREATE TABLE lifecycle_certificate_query (
    id           UUID                     NOT NULL,
    version      BIGINT                   NOT NULL,
    subject_key  VARCHAR(128)             NOT NULL,
    challenge_id UUID,
    decoy_tries  INT                      NOT NULL,
    answered     BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
