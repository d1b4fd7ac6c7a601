-- Akeneo matches product identifiers and product model codes case-insensitively: SKU-ABC and sku-abc are one
-- product. Lookups compare lower(...), which these indexes serve; they also keep two products from differing only
-- by case under concurrent writes. The stored value keeps the case it was created with.
CREATE UNIQUE INDEX product_identifier_lower_idx ON product (lower(identifier));
CREATE UNIQUE INDEX product_model_code_lower_idx ON product_model (lower(code));
-- Structure codes too (families, attributes, channels, groups…): SHOES and shoes are one family.
CREATE UNIQUE INDEX structure_object_code_lower_idx ON structure_object (kind, lower(code));
