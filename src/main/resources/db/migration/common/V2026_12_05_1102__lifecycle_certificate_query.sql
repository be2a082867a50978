-- Certificate queries without login (docs/lifecycle.md, "Certificate query"): the subject sealed and by its keyed
-- hash, the SMS challenge sent to the handler the visitor picked, the wrong tries of a query for an unknown subject.
CREATE TABLE lifecycle_certificate_query (
    id             UUID                     NOT NULL,
    version        BIGINT                   NOT NULL,
    subject_key    VARCHAR(128)             NOT NULL,
    subject_sealed VARCHAR(400)             NOT NULL,
    challenge_id   UUID,
    sent_at        TIMESTAMP WITH TIME ZONE,
    decoy_tries    INT                      NOT NULL,
    answered       BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
