-- Pushed channels (issue 7). Change batches waiting for a webhook receiver's acknowledgement: written before the
-- first attempt, so a restart keeps every retry; delivered in id order per connector (a later batch never overtakes
-- an earlier one), retried with exponential backoff until the retry window ends, then dead (a dead letter, listed
-- by GET /api/rest/v1/connectors/{code}/dead-letters and in the run report).
CREATE TABLE syndication_outgoing (
    id              BIGSERIAL    PRIMARY KEY,
    connector       VARCHAR(100) NOT NULL REFERENCES syndication_connector (code) ON DELETE CASCADE,
    -- the Idempotency-Key: a hash of the connector and the batch content, the same for every attempt
    batch_id        VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    -- per item: product uuid, identifier, action, payload hash: the syndication state written on acknowledgement
    items           JSONB        NOT NULL,
    item_count      INT          NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT,
    -- pending, delivered or dead
    status          VARCHAR(20)  NOT NULL DEFAULT 'pending',
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX syndication_outgoing_pending_idx ON syndication_outgoing (connector, id) WHERE status = 'pending';
CREATE INDEX syndication_outgoing_status_idx ON syndication_outgoing (connector, status, created_at);

-- A change sequence on the syndication state: every insert or update takes the next number, so the mobile app's
-- feed reads "what changed after cursor N" in order (?since=N), tombstones (status removed) included.
CREATE SEQUENCE syndication_state_seq;
ALTER TABLE syndication_state ADD COLUMN seq BIGINT NOT NULL DEFAULT nextval('syndication_state_seq');
CREATE FUNCTION syndication_state_next_seq() RETURNS trigger AS $$
BEGIN
    NEW.seq := nextval('syndication_state_seq');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER syndication_state_seq_trg BEFORE UPDATE ON syndication_state
    FOR EACH ROW EXECUTE FUNCTION syndication_state_next_seq();
CREATE INDEX syndication_state_seq_idx ON syndication_state (connector, seq);

-- On-change delivery follows the outbox from now on: the history before this migration is not replayed (a full
-- run sends the current copy).
INSERT INTO outbox_cursor (consumer, last_xid, last_id)
SELECT 'syndication-on-change', coalesce((SELECT xid FROM outbox ORDER BY xid DESC, id DESC LIMIT 1), '0'),
       coalesce((SELECT id FROM outbox ORDER BY xid DESC, id DESC LIMIT 1), 0)
ON CONFLICT (consumer) DO NOTHING;
