-- Sessions in the database (Spring Session JDBC, docs/security.md "Sessions"), so any node serves any request and a
-- restart or deploy logs nobody out. The layout of Spring Session's own PostgreSQL schema under the module's table
-- name (spring.session.jdbc.table-name); BYTEA is BINARY VARYING in H2's PostgreSQL mode.
CREATE TABLE web_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT web_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX web_session_ix1 ON web_session (session_id);
CREATE INDEX web_session_ix2 ON web_session (expiry_time);
CREATE INDEX web_session_ix3 ON web_session (principal_name);

CREATE TABLE web_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT web_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT web_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES web_session (primary_id)
        ON DELETE CASCADE
);
