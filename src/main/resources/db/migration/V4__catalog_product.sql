-- Products and product models: one row each, values as JSONB in Akeneo's raw shape
-- {attribute: {channel|<all_channels>: {locale|<all_locales>: data}}}.
CREATE TABLE product_model (
    code           VARCHAR(255) PRIMARY KEY,
    family         VARCHAR(255) NOT NULL,
    family_variant VARCHAR(255) NOT NULL,
    parent         VARCHAR(255) REFERENCES product_model (code),
    categories     TEXT[]       NOT NULL DEFAULT '{}',
    raw_values     JSONB        NOT NULL DEFAULT '{}',
    associations   JSONB        NOT NULL DEFAULT '{}',
    quantified_associations JSONB NOT NULL DEFAULT '{}',
    created        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX product_model_parent_idx ON product_model (parent);
CREATE INDEX product_model_family_idx ON product_model (family, code);
CREATE INDEX product_model_updated_idx ON product_model (updated, code);

CREATE TABLE product (
    uuid         UUID         PRIMARY KEY,
    identifier   VARCHAR(255) UNIQUE,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE,
    family       VARCHAR(255),
    parent       VARCHAR(255) REFERENCES product_model (code),
    categories   TEXT[]       NOT NULL DEFAULT '{}',
    groups       TEXT[]       NOT NULL DEFAULT '{}',
    raw_values   JSONB        NOT NULL DEFAULT '{}',
    associations JSONB        NOT NULL DEFAULT '{}',
    quantified_associations JSONB NOT NULL DEFAULT '{}',
    created      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version      BIGINT       NOT NULL DEFAULT 1
);
CREATE INDEX product_family_idx ON product (family, uuid);
CREATE INDEX product_parent_idx ON product (parent);
CREATE INDEX product_updated_idx ON product (updated, uuid);
CREATE INDEX product_categories_idx ON product USING GIN (categories);

-- Values that must be unique (unique attributes, variant axis combinations), so the database enforces
-- uniqueness under concurrency. owner is a product uuid or "model:<code>".
CREATE TABLE unique_value (
    attribute VARCHAR(300)  NOT NULL,
    value_key VARCHAR(1000) NOT NULL,
    owner     VARCHAR(300)  NOT NULL,
    PRIMARY KEY (attribute, value_key)
);
CREATE INDEX unique_value_owner_idx ON unique_value (owner);

-- Completeness per product × channel × locale, kept current on every product write.
CREATE TABLE completeness (
    product_uuid UUID         NOT NULL REFERENCES product (uuid) ON DELETE CASCADE,
    channel      VARCHAR(255) NOT NULL,
    locale       VARCHAR(20)  NOT NULL,
    required     INTEGER      NOT NULL,
    missing      INTEGER      NOT NULL,
    ratio        SMALLINT     NOT NULL,
    missing_attributes TEXT[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (product_uuid, channel, locale)
);
CREATE INDEX completeness_ratio_idx ON completeness (channel, locale, ratio);

-- Who changed what: one row per change of a product or model, field-level old → new.
CREATE TABLE catalog_history (
    id          BIGSERIAL    PRIMARY KEY,
    entity_type VARCHAR(20)  NOT NULL,
    entity_id   VARCHAR(255) NOT NULL,
    version     BIGINT       NOT NULL,
    author      VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changes     JSONB        NOT NULL
);
CREATE INDEX catalog_history_entity_idx ON catalog_history (entity_type, entity_id, id DESC);

-- Media files: content-addressed on disk, metadata here.
CREATE TABLE media_file (
    code              VARCHAR(255) PRIMARY KEY,
    original_filename VARCHAR(255) NOT NULL,
    mime_type         VARCHAR(255) NOT NULL,
    size              BIGINT       NOT NULL,
    extension         VARCHAR(20)  NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    created           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
