-- What PostgreSQL does for each written product, made lighter (an import writes a million of them): replaying a
-- batch of 2,000 products of the benchmark catalog, the first two saved about 15 % of PostgreSQL's time for it.

-- Completeness rows are written three to six at a time per product; the foreign key checked and locked the product
-- row once per completeness row. ProductRepository.delete (the one path that deletes products) deletes them, and
-- every reader joins from product, so a row left without its product would not be seen.
ALTER TABLE completeness DROP CONSTRAINT IF EXISTS completeness_product_uuid_fkey;

-- The history is written once and read back whole as text, never queried inside: json keeps the text as written
-- (cheaper to store than jsonb's parsed form; a creation entry holds every value of the product).
ALTER TABLE catalog_history ALTER COLUMN changes TYPE json USING changes::json;

-- The unique index on lower(identifier) already refuses two products whose identifiers differ only in case, which
-- includes equal ones; no query looks a product up by its identifier as written.
ALTER TABLE product DROP CONSTRAINT IF EXISTS product_identifier_key;
