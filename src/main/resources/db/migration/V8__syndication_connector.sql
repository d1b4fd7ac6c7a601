-- Connector definitions, shared by every node: loaded from connectors/*.yaml at start and on reload, or written
-- through /api/rest/v1/connectors (DESIGN.md "Syndication state").
CREATE TABLE syndication_connector (
    code         VARCHAR(100) PRIMARY KEY,
    type         VARCHAR(60)  NOT NULL,
    -- the definition as JSON (what runs read) and as its author wrote it (YAML or JSON, comments kept)
    definition   JSONB        NOT NULL,
    source       TEXT         NOT NULL,
    -- 'file:connectors/google-shopping.yaml' or 'api'; a file is applied again only when its content changes
    origin       VARCHAR(500) NOT NULL,
    file_hash    VARCHAR(64),
    version      BIGINT       NOT NULL DEFAULT 1,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by   VARCHAR(255)
);

-- Per connector and product: what was delivered last and what the channel answered. Drives deltas (send when the
-- payload hash changed), removals (delivered before, not selected now), run reports and the consistency report.
CREATE TABLE syndication_state (
    connector     VARCHAR(100) NOT NULL REFERENCES syndication_connector (code) ON DELETE CASCADE,
    product_uuid  UUID         NOT NULL,
    identifier    VARCHAR(255) NOT NULL,
    payload_hash  VARCHAR(64),
    payload       JSONB,
    delivered_at  TIMESTAMPTZ,
    -- delivered, rejected (issues say why), removed (a tombstone was sent), invalid (never left the PIM)
    status        VARCHAR(20)  NOT NULL,
    issues        JSONB        NOT NULL DEFAULT '[]',
    -- for channels that can be read back: what the channel really holds, and when it was looked at
    remote_payload    JSONB,
    remote_checked_at TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (connector, product_uuid)
);
CREATE INDEX syndication_state_status_idx ON syndication_state (connector, status);
CREATE INDEX syndication_state_identifier_idx ON syndication_state (connector, identifier);
