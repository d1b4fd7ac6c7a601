-- Delta runs look only at what changed since the last complete delivery of a connector: the moment (with a margin
-- for transactions still open then), the catalog structure revision and the definition they ran with. Any of the
-- last two differing means everything is compared again.
CREATE TABLE syndication_watermark (
    connector        VARCHAR(100) PRIMARY KEY REFERENCES syndication_connector (code) ON DELETE CASCADE,
    since            TIMESTAMPTZ  NOT NULL,
    catalog_revision BIGINT       NOT NULL,
    definition_hash  VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Deleted products are found in the history by time.
CREATE INDEX catalog_history_changed_idx ON catalog_history (changed_at) WHERE entity_type = 'product';
