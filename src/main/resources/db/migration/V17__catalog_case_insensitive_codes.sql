-- Akeneo matches product identifiers and product model codes case-insensitively: SKU-ABC and sku-abc are one
-- product. Lookups compare lower(...), which these indexes serve; they also keep two products from differing only
-- by case under concurrent writes. The stored value keeps the case it was created with.
-- A database from before this version may hold codes that differ only by case: say which, instead of the bare
-- "could not create unique index" PostgreSQL would give.
DO $$
DECLARE
    clash TEXT;
BEGIN
    SELECT string_agg(codes, '; ') INTO clash FROM (
        SELECT 'products ' || string_agg(identifier, ' / ') AS codes FROM product
            WHERE identifier IS NOT NULL GROUP BY lower(identifier) HAVING count(*) > 1
        UNION ALL
        SELECT 'product models ' || string_agg(code, ' / ') FROM product_model GROUP BY lower(code) HAVING count(*) > 1
        UNION ALL
        SELECT kind || ' ' || string_agg(code, ' / ') FROM structure_object GROUP BY kind, lower(code)
            HAVING count(*) > 1
        LIMIT 20) clashes;
    IF clash IS NOT NULL THEN
        RAISE EXCEPTION 'Codes now match in any case, but these differ only by case: %. Rename or delete one of each with the previous version, then start again.', clash;
    END IF;
END $$;
CREATE UNIQUE INDEX product_identifier_lower_idx ON product (lower(identifier));
CREATE UNIQUE INDEX product_model_code_lower_idx ON product_model (lower(code));
-- Structure codes too (families, attributes, channels, groups…): SHOES and shoes are one family.
CREATE UNIQUE INDEX structure_object_code_lower_idx ON structure_object (kind, lower(code));
