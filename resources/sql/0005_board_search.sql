-- 0005: the order board's search at scale (issue 5: p95 under 50 ms at 1,000,000 orders).
-- The board's default page is "ORDER BY updated_at DESC, order_id DESC LIMIT 200" over cs.order_list
-- (OrderQueries::boardPage orders by the view's columns exactly as below: no NULLS LAST on NOT NULL
-- columns, the uuid itself as the tie-break). With these indexes a broad search (a customer or project
-- word matching 50-100k rows) walks the sort index and stops after 200 matches instead of reading and
-- sorting every match; a rare search (a PO or build number) still uses the trigram bitmaps of 0001.
-- A btree is read in both directions, so one index serves DESC and ASC.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE INDEX idx_orders_board_updated ON cs.orders (updated_at, order_id);
-- The status filter with the default sort.
CREATE INDEX idx_orders_board_status_updated ON cs.orders (status, updated_at, order_id);
-- The other sortable NOT NULL columns the board offers most (want date: the late ones first).
CREATE INDEX idx_orders_board_want_date ON cs.orders (want_date, order_id);

ANALYZE cs.orders;
