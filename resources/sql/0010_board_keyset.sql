-- 0010: the order board at 1,000,000 builds for every sort and every page (issue 10).
--
-- Why: the board was fast on its default sort only. Sorting by assignee joined cs.users for every
-- build and sorted a million rows (0.8 s); the other sorts had no index with a status filter; deep
-- pages read and threw away every row above them (OFFSET: 54 ms at row 2,000).
--
-- What: cs.board_page pages by key (the next page starts after the last row's sort value and order
-- id, whatever its depth; functions/45_board.sql); every sort the board offers has a btree in
-- its order, with and without the status filter in front; the assignee's full name is kept on the
-- order (assignee_name, by trigger), so the assignee sort is an index like the others. Nullable sort
-- columns (project, model, assignee) come last in both directions: the function reads their values
-- and their NULLs as two ranges of the same ascending index, so the descending NULLS LAST indexes of
-- 0007 are no longer needed.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- The assignee's name on the order
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.orders ADD COLUMN assignee_name varchar(255);
COMMENT ON COLUMN cs.orders.assignee_name IS
    'cs.users.full_name of current_assignee, kept by triggers (0010) for the board''s assignee sort; '
    'nobody writes it directly.';

-- Every insert and update takes the name from cs.users, whatever the statement said: a client
-- cannot put another name there (it has no grant on the column either). SECURITY DEFINER: the
-- writer may not read cs.users. The current definition is in functions/45_board.sql.
CREATE FUNCTION cs.tg_orders_assignee_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF NEW.current_assignee IS NULL THEN
        NEW.assignee_name := NULL;
    ELSE
        SELECT u.full_name INTO NEW.assignee_name FROM cs.users u WHERE u.user_id = NEW.current_assignee;
    END IF;
    RETURN NEW;
END $$;

-- A person renamed: their builds carry the new name (the update above fills it in).
CREATE FUNCTION cs.tg_users_assignee_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    UPDATE cs.orders o SET assignee_name = NEW.full_name
     WHERE o.current_assignee = NEW.user_id AND o.assignee_name IS DISTINCT FROM NEW.full_name;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION cs.tg_orders_assignee_name() FROM PUBLIC;
REVOKE ALL ON FUNCTION cs.tg_users_assignee_name() FROM PUBLIC;

CREATE TRIGGER orders_assignee_name BEFORE INSERT OR UPDATE ON cs.orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_orders_assignee_name();
-- ALWAYS: the name follows the assignee in bulk loads too (session_replication_role = replica).
ALTER TABLE cs.orders ENABLE ALWAYS TRIGGER orders_assignee_name;
CREATE TRIGGER users_assignee_name AFTER UPDATE OF full_name ON cs.users
    FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
    EXECUTE FUNCTION cs.tg_users_assignee_name();

-- The builds assigned today. Without the row triggers: a migration fills a derived column and
-- changes nothing anybody did (no row version, no audit entry; the names to search are unchanged).
ALTER TABLE cs.orders DISABLE TRIGGER audit, DISABLE TRIGGER orders_row_version,
    DISABLE TRIGGER orders_search_names_update;
UPDATE cs.orders o SET assignee_name = u.full_name FROM cs.users u WHERE u.user_id = o.current_assignee;
ALTER TABLE cs.orders ENABLE TRIGGER audit, ENABLE TRIGGER orders_row_version,
    ENABLE ALWAYS TRIGGER orders_search_names_update;

-- ---------------------------------------------------------------------------------------------
-- One index per sort, with and without the status filter
-- ---------------------------------------------------------------------------------------------
-- The board orders by (column, order_id), or (status, updated_at, order_id); a key page reads the
-- index from the last row's key on. Present before: updated_at and (status, updated_at) (covering,
-- 0007), build, customer, project, model and want date (0005, 0007).
CREATE INDEX idx_orders_board_po ON cs.orders (po_number, order_id);
CREATE INDEX idx_orders_board_assignee ON cs.orders (assignee_name, order_id);
CREATE INDEX idx_orders_board_status_po ON cs.orders (status, po_number, order_id);
CREATE INDEX idx_orders_board_status_build ON cs.orders (status, build_number, order_id);
CREATE INDEX idx_orders_board_status_customer ON cs.orders (status, customer_name, order_id);
CREATE INDEX idx_orders_board_status_project ON cs.orders (status, project_name, order_id);
CREATE INDEX idx_orders_board_status_model ON cs.orders (status, sink_model, order_id);
CREATE INDEX idx_orders_board_status_want_date ON cs.orders (status, want_date, order_id);
CREATE INDEX idx_orders_board_status_assignee ON cs.orders (status, assignee_name, order_id);
-- The descending NULLS LAST sorts read the ascending indexes backwards, values and NULLs apart.
DROP INDEX cs.idx_orders_board_project_desc;
DROP INDEX cs.idx_orders_board_model_desc;

ANALYZE cs.orders;
