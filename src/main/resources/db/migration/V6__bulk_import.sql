-- Rows an import rejected, as read (cells), with why: GET /imports/{id}/rejected writes them back as a file in the
-- source's format with an added error column. Written in the transaction of their batch, so a resumed import
-- never lists a row twice.
CREATE TABLE import_rejected (
    job_id UUID   NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    line   BIGINT NOT NULL,
    cells  TEXT[] NOT NULL,
    reason TEXT   NOT NULL,
    PRIMARY KEY (job_id, line)
);
