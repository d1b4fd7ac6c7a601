-- One job model for imports, exports, bulk edits, reindexing and connector runs (DESIGN.md "One job model").
CREATE TABLE job (
    id               UUID        PRIMARY KEY,
    type             VARCHAR(40) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    label            TEXT,
    options          JSONB       NOT NULL DEFAULT '{}',
    created_by       VARCHAR(255),
    created_via      VARCHAR(255),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    -- which node runs it and when it last said so: a running job whose node is gone becomes interrupted
    node             VARCHAR(255),
    heartbeat_at     TIMESTAMPTZ,
    cancel_requested BOOLEAN     NOT NULL DEFAULT false,
    total            BIGINT,
    done             BIGINT      NOT NULL DEFAULT 0,
    -- where the rate is measured from (the last start or resume)
    rate_from_done   BIGINT      NOT NULL DEFAULT 0,
    rate_from_at     TIMESTAMPTZ,
    counts           JSONB       NOT NULL DEFAULT '{}',
    error_count      BIGINT      NOT NULL DEFAULT 0,
    -- committed together with the work it describes, so a resume starts exactly after it
    cursor           JSONB,
    message          TEXT,
    result           JSONB
);
CREATE INDEX job_type_created_idx ON job (type, created_at DESC);
CREATE INDEX job_queued_idx ON job (created_at) WHERE status = 'queued';
CREATE INDEX job_running_idx ON job (node) WHERE status = 'running';

-- The first errors of a job (a cap keeps a file full of mistakes from filling the database).
CREATE TABLE job_error (
    job_id     UUID    NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    seq        INT     NOT NULL,
    line       BIGINT,
    column_no  INT,
    column_name TEXT,
    property   TEXT,
    value      TEXT,
    identifier TEXT,
    message    TEXT    NOT NULL,
    warning    BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (job_id, seq)
);
