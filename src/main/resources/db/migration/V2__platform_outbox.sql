-- Change events, written in the same transaction as the change they describe.
-- Consumers read in (xid, id) order and only below the oldest running transaction
-- (pg_snapshot_xmin), so a row committed late is never skipped.
CREATE TABLE outbox (
    id             BIGSERIAL   PRIMARY KEY,
    xid            XID8        NOT NULL DEFAULT pg_current_xact_id(),
    aggregate_type VARCHAR(40) NOT NULL,
    aggregate_id   VARCHAR(255) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    change         JSONB,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX outbox_order_idx ON outbox (xid, id);

-- One row per consumer: the last (xid, id) it has handled.
CREATE TABLE outbox_cursor (
    consumer   VARCHAR(100) PRIMARY KEY,
    last_xid   XID8        NOT NULL DEFAULT '0',
    last_id    BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
