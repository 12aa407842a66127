-- 0023: the board's indexes for a large table, built when the table is large (issue 11, load).
-- cs.board_page reads a table of fewer than 5,000 builds in one scan and uses none of its sort and
-- search indexes (45_board.sql); from 5,000 builds it walks them. A database that holds fewer
-- builds paid for the 19 of them anyway, in every backend of every person: each insert and each
-- update of an order wrote into all of them (an update never stays on its page: updated_at is
-- indexed), the planner weighed them for every statement that reads cs.orders, and each time
-- autovacuum visited the table every backend rebuilt its cached description of each of them.
-- Measured in one backend on 2,000 builds (README, Benchmarks: "The board's indexes by size"):
-- planning and running a look-up by key 85-100 us with them against 34-42 without, an update of
-- an order 147-318 us against 65-84.
--
-- So they are listed here, in cs.board_indexes, and exist only once the table holds 4,000 builds
-- (before the board starts walking them): `cleanstation-admin migrate` builds the missing ones
-- (CREATE INDEX CONCURRENTLY, people keep working) when it finds the table that large, and so does
-- the order generator of the benchmarks; the board reads the table in one scan while any is missing.
-- Here they are dropped from a database that is still small; a large one keeps them.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE TABLE cs.board_indexes (
    name       text PRIMARY KEY,
    definition text NOT NULL CHECK (definition LIKE 'CREATE INDEX ' || name || ' ON cs.orders %')
);
COMMENT ON TABLE cs.board_indexes IS
    'The board''s sort and search indexes of cs.orders, built once the table holds 4,000 builds (0023)';
REVOKE ALL ON cs.board_indexes FROM PUBLIC;

INSERT INTO cs.board_indexes (name, definition) VALUES
    ('idx_orders_board_assignee',
     'CREATE INDEX idx_orders_board_assignee ON cs.orders USING btree (assignee_name, order_id) INCLUDE (customer_name, project_name)'),
    ('idx_orders_board_build',
     'CREATE INDEX idx_orders_board_build ON cs.orders USING btree (build_number, order_id) INCLUDE (customer_name, project_name)'),
    ('idx_orders_board_customer_project',
     'CREATE INDEX idx_orders_board_customer_project ON cs.orders USING btree (customer_name, project_name, order_id)'),
    ('idx_orders_board_customer',
     'CREATE INDEX idx_orders_board_customer ON cs.orders USING btree (customer_name, order_id) INCLUDE (project_name)'),
    ('idx_orders_board_model',
     'CREATE INDEX idx_orders_board_model ON cs.orders USING btree (sink_model, order_id) INCLUDE (customer_name, project_name)'),
    ('idx_orders_board_po',
     'CREATE INDEX idx_orders_board_po ON cs.orders USING btree (po_number, order_id) INCLUDE (customer_name, project_name)'),
    ('idx_orders_board_project_customer',
     'CREATE INDEX idx_orders_board_project_customer ON cs.orders USING btree (project_name, customer_name, order_id)'),
    ('idx_orders_board_project',
     'CREATE INDEX idx_orders_board_project ON cs.orders USING btree (project_name, order_id) INCLUDE (customer_name)'),
    ('idx_orders_board_status_assignee',
     'CREATE INDEX idx_orders_board_status_assignee ON cs.orders USING btree (status, assignee_name, order_id)'),
    ('idx_orders_board_status_build',
     'CREATE INDEX idx_orders_board_status_build ON cs.orders USING btree (status, build_number, order_id)'),
    ('idx_orders_board_status_customer',
     'CREATE INDEX idx_orders_board_status_customer ON cs.orders USING btree (status, customer_name, order_id)'),
    ('idx_orders_board_status_model',
     'CREATE INDEX idx_orders_board_status_model ON cs.orders USING btree (status, sink_model, order_id)'),
    ('idx_orders_board_status_po',
     'CREATE INDEX idx_orders_board_status_po ON cs.orders USING btree (status, po_number, order_id)'),
    ('idx_orders_board_status_project',
     'CREATE INDEX idx_orders_board_status_project ON cs.orders USING btree (status, project_name, order_id)'),
    ('idx_orders_board_status_want_date',
     'CREATE INDEX idx_orders_board_status_want_date ON cs.orders USING btree (status, want_date, order_id)'),
    ('idx_orders_board_want_date',
     'CREATE INDEX idx_orders_board_want_date ON cs.orders USING btree (want_date, order_id) INCLUDE (customer_name, project_name)'),
    ('idx_orders_build_trgm',
     'CREATE INDEX idx_orders_build_trgm ON cs.orders USING gin (build_number cs.gin_trgm_ops)'),
    ('idx_orders_po_prefix',
     'CREATE INDEX idx_orders_po_prefix ON cs.orders USING btree (upper((po_number)::text) text_pattern_ops)'),
    ('idx_orders_po_trgm',
     'CREATE INDEX idx_orders_po_trgm ON cs.orders USING gin (po_number cs.gin_trgm_ops)');

DO $$
DECLARE
    r record;
BEGIN
    IF (SELECT count(*) FROM (SELECT 1 FROM cs.orders LIMIT 4000) x) < 4000 THEN
        FOR r IN SELECT name FROM cs.board_indexes ORDER BY name LOOP
            EXECUTE format('DROP INDEX IF EXISTS cs.%I', r.name);
        END LOOP;
    END IF;
END
$$;
