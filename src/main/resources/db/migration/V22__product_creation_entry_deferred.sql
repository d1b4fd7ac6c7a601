-- A new product gets no history entry: while it stays at version 1 its creation is read from its row (content,
-- time, and now who created it), and its first update or its deletion writes the entry (HistoryRepository). An
-- import of new products wrote one entry and two index entries per product for it, a tenth of PostgreSQL's time.
-- Products created before keep the entry they have.
ALTER TABLE product ADD COLUMN created_by VARCHAR(255);
