-- Completeness was one row per product × channel × locale, each with two index entries: three rows and six index
-- entries for each product of the benchmark catalog (one channel, three locales), more on a real one. Writing them
-- took a fifth of PostgreSQL's time in an import of new products. One row per product now, its ratios as
-- {"<channel>": {"<locale>": {"required": 4, "missing": 1, "ratio": 75, "missing_attributes": ["name"]}}}, with
-- the sum of the ratios beside it (the search index's fingerprint of the product reads only that). A product
-- without family has no row, as it had no rows before.
CREATE TABLE completeness_by_product (
    product_uuid UUID    PRIMARY KEY,
    ratio_sum    INTEGER NOT NULL,
    ratios       JSONB   NOT NULL
);

INSERT INTO completeness_by_product (product_uuid, ratio_sum, ratios)
SELECT product_uuid, sum(channel_sum), jsonb_object_agg(channel, locales)
FROM (SELECT product_uuid, channel, sum(ratio) AS channel_sum,
             jsonb_object_agg(locale, jsonb_build_object('required', required, 'missing', missing, 'ratio', ratio,
                                                         'missing_attributes', to_jsonb(missing_attributes))) AS locales
      FROM completeness
      GROUP BY product_uuid, channel) per_channel
GROUP BY product_uuid;

DROP TABLE completeness;
ALTER TABLE completeness_by_product RENAME TO completeness;
ALTER INDEX completeness_by_product_pkey RENAME TO completeness_pkey;

-- Only variants have a parent: the index no longer holds an entry for every other product. Every query on it
-- compares the parent with = (which no NULL satisfies), so PostgreSQL uses the partial index for all of them.
DROP INDEX product_parent_idx;
CREATE INDEX product_parent_idx ON product (parent) WHERE parent IS NOT NULL;

-- The index of history by time serves one question: which products were deleted since a moment (CatalogChanges).
-- A deletion's entry always comes after the creation's (version 2 or more), so creations, one per new product,
-- need no entry in it.
DROP INDEX catalog_history_changed_idx;
CREATE INDEX catalog_history_changed_idx ON catalog_history (changed_at) WHERE entity_type = 'product' AND version > 1;
