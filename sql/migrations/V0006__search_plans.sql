-- Customer search (server/db/CustomerSearch.cpp chooses between two plans per query).
--
-- 1. Few matches: the GIN index. The search keys hold the customer's branch as one more key,
--    -branch_id (text keys are positive, so they never collide), so "these keys in branch 1"
--    is one intersection inside the index instead of a bitmap of every row of the branch
--    (35 ms on 1,000,000 customers) ANDed with the keys. The server writes the keys and the
--    branch in one statement; the constraint keeps them in step. (An index on the expression
--    search_keys || -branch_id would need no stored key, but builds half again as slowly.)
DROP INDEX customers_search;
UPDATE customers SET search_keys = search_keys || (-branch_id) WHERE NOT search_keys @> ARRAY[-branch_id];
ALTER TABLE customers ADD CONSTRAINT customers_search_keys_hold_branch CHECK (search_keys @> ARRAY[-branch_id]);
CREATE INDEX customers_search ON customers USING gin (search_keys);

-- 2. Many matches: walk the customers in name order and keep those whose text holds the
--    query, until the page is full. The name indexes carry the search text (at most 1,800
--    bytes, engine::kMaxSearchTextBytes) and archived_at, so the walk reads only the index
--    (about 1 microsecond a row instead of 8 for a visit to the table).
DROP INDEX customers_by_name;
CREATE INDEX customers_by_name ON customers (name, id) INCLUDE (archived_at, search_text);
DROP INDEX customers_branch_name;
CREATE INDEX customers_branch_name ON customers (branch_id, name, id) INCLUDE (archived_at, search_text);

-- The choice rests on how common each key is (pg_stats' most common elements). With the
-- default target only keys in over ~3% of customers were listed (digit trigrams crowd the
-- list); with 500, every key in over ~0.26% (1000 lists down to 0.13% but makes ANALYZE of
-- 1,000,000 customers take 18 s instead of 9).
ALTER TABLE customers ALTER COLUMN search_keys SET STATISTICS 500;
