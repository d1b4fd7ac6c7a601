-- Catalog structure: small, read on every write, cached in memory by each node.
-- Each object keeps Akeneo's standard format in data; kind + code identify it.
CREATE TABLE structure_object (
    kind    VARCHAR(40)  NOT NULL,
    code    VARCHAR(255) NOT NULL,
    data    JSONB        NOT NULL,
    parent  VARCHAR(255),
    created TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, code)
);
CREATE INDEX structure_object_parent_idx ON structure_object (kind, parent);

-- Options can be many (brands, colours): their own table, cached per attribute.
CREATE TABLE attribute_option (
    attribute  VARCHAR(255) NOT NULL,
    code       VARCHAR(255) NOT NULL,
    sort_order INTEGER      NOT NULL DEFAULT 0,
    labels     JSONB        NOT NULL DEFAULT '{}',
    PRIMARY KEY (attribute, code)
);

-- Bumped by every structure change, in the same transaction: nodes compare it to reload their cache.
CREATE TABLE catalog_revision (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL
);
INSERT INTO catalog_revision VALUES (1, 1);
