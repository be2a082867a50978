-- Spring Modulith 1.x event publication registry (the outbox), "legacy" v1 schema, H2 flavour.
CREATE TABLE event_publication (
    id               UUID                     NOT NULL,
    completion_date  TIMESTAMP(9) WITH TIME ZONE,
    event_type       VARCHAR(512)             NOT NULL,
    listener_id      VARCHAR(512)             NOT NULL,
    publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    serialized_event VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_listener_id_and_serialized_event_idx ON event_publication (listener_id, serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE event_publication_archive (
    id               UUID                     NOT NULL,
    completion_date  TIMESTAMP(9) WITH TIME ZONE,
    event_type       VARCHAR(512)             NOT NULL,
    listener_id      VARCHAR(512)             NOT NULL,
    publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    serialized_event VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_archive_by_completion_date_idx ON event_publication_archive (completion_date);
