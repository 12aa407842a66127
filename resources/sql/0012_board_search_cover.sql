-- 0012: a broad search in any sort of the order board (issue 10).
--
-- Why: a word found in many customer or project names (a city: 3 % of a million builds, 33,000
-- rows) was fast in the default sort only. The board reads each kind of match in board order and
-- stops at the page size; in the default sort (update time) the index carries the customer and
-- project names (0007), so PostgreSQL walks it and tests the names inside the index. The other sorts'
-- indexes did not carry them: the planner fetched all 33,000 matching rows and sorted them (word
-- search sorted by PO: 340 ms median, 460 ms p95).
--
-- What: every sort index without a status in front carries the two names (INCLUDE), so the name
-- test of a search runs inside the index in every sort, as it does in the default one. The nullable
-- sorts' NULL branch (project, model, assignee: "IS NULL ORDER BY order_id") reads the same index
-- (its NULL range is ordered by order id). The status-first indexes stay as they are: a status filter
-- leaves a fifteenth of the rows, which the bitmap plan sorts in a few milliseconds.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

DROP INDEX cs.idx_orders_board_po;
DROP INDEX cs.idx_orders_board_build;
DROP INDEX cs.idx_orders_board_customer;
DROP INDEX cs.idx_orders_board_project;
DROP INDEX cs.idx_orders_board_model;
DROP INDEX cs.idx_orders_board_want_date;
DROP INDEX cs.idx_orders_board_assignee;

CREATE INDEX idx_orders_board_po ON cs.orders (po_number, order_id) INCLUDE (customer_name, project_name);
CREATE INDEX idx_orders_board_build ON cs.orders (build_number, order_id) INCLUDE (customer_name, project_name);
CREATE INDEX idx_orders_board_customer ON cs.orders (customer_name, order_id) INCLUDE (project_name);
CREATE INDEX idx_orders_board_project ON cs.orders (project_name, order_id) INCLUDE (customer_name);
CREATE INDEX idx_orders_board_model ON cs.orders (sink_model, order_id) INCLUDE (customer_name, project_name);
CREATE INDEX idx_orders_board_want_date ON cs.orders (want_date, order_id) INCLUDE (customer_name, project_name);
CREATE INDEX idx_orders_board_assignee ON cs.orders (assignee_name, order_id) INCLUDE (customer_name, project_name);
