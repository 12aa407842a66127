-- 0022: the board's name search without a case conversion at every name (issue 11, load). In a
-- UTF-8 database PostgreSQL runs "name ILIKE pattern" as lower(name) LIKE lower(pattern), lowering
-- the name again at each row it tests; reading the distinct names that way was the largest part of
-- a search that matches few builds (0.7 ms over 1,600 names; 3.6 ms over 9,300 for a two-letter
-- word, which no trigram can look up). The lowered name is now stored once with the name, the board
-- compares it with LIKE and lower(pattern) (the same rows: it is what ILIKE does), and the trigram
-- index moves to it.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

ALTER TABLE cs.order_search_names ADD COLUMN name_folded text GENERATED ALWAYS AS (lower(name)) STORED;
CREATE INDEX idx_order_search_names_folded_trgm ON cs.order_search_names USING gin (name_folded cs.gin_trgm_ops);
DROP INDEX cs.idx_order_search_names_trgm;
ANALYZE cs.order_search_names;
