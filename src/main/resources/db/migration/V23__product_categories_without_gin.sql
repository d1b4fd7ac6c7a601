-- The GIN index on product.categories served one question: how many products a category being deleted still holds
-- (ProductUsage; category filters read the categories of the product and its models together, which the index
-- cannot answer). Every new product cost it a pending-list entry and a metapage update (a tenth of a product's
-- WAL records, and a lock both import writers take), then a merge into the index. A category deletion now scans the
-- products, as the checks for groups and attribute options already did: a rare admin action.
DROP INDEX IF EXISTS product_categories_idx;
