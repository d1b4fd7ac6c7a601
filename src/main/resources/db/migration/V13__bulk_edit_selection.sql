-- The products a bulk edit works on, fixed when the job starts (a search is resolved once), in the order they are
-- processed: the job's cursor is the last seq committed, so a resumed job continues with the next product.
CREATE TABLE bulk_edit_item (
    job_id     UUID   NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    seq        INT    NOT NULL,
    identifier TEXT   NOT NULL,
    PRIMARY KEY (job_id, seq)
);
