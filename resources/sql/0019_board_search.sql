-- 0019: a broad word in the customer and project sorts of the order board (issue 10). The board's
-- page function reads, for each name of the other kind that the word matches (a project name in the
-- customer sort, a customer name in the project sort), that name's builds in the sort's order from
-- the page key on (functions/45_board.sql, name_walk). Without these indexes each such read walked
-- the sort's index to where the word's names begin: tens of thousands of entries at 1,000,000 builds.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE INDEX idx_orders_board_project_customer ON cs.orders (project_name, customer_name, order_id);
CREATE INDEX idx_orders_board_customer_project ON cs.orders (customer_name, project_name, order_id);
