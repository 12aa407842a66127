-- 0007: the order board's search at 1,000,000 orders (issue 5: p95 under 50 ms at the database).
--
-- Why: 0001 searched customer and project names with trigram indexes over cs.orders. A full customer
-- name ("General Hospital Boston North") is made of common trigrams, each a posting list of
-- hundreds of thousands of rows, and intersecting them took 70-140 ms; broad project words made the
-- planner read ~18k rows per page. But there are few distinct names: a few thousand customers and
-- projects for a million builds. So the substring match runs over the distinct names (a small
-- table, read in about a millisecond) and the orders are then found by exact name with a btree, or,
-- when the names cover a large part of the orders, by walking the sort index with a hashed name
-- filter until a page is full. PO and build numbers are almost unique per row: they keep their
-- trigram indexes.
--
-- cs.board_page() is the board's one statement: it takes the search text, filters, sort and window,
-- finds the names and runs the page query with the names as constants, so the planner sees how many
-- names matched and picks between the btree lookup and the sort-index walk with real numbers.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- The distinct names, kept by statement-level triggers (one insert per statement, not per row)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.order_search_names (
    kind char(1) NOT NULL CHECK (kind IN ('C', 'P')),   -- C: customer_name, P: project_name
    name text NOT NULL,
    PRIMARY KEY (kind, name)
);
COMMENT ON TABLE cs.order_search_names IS
    'Distinct customer and project names of cs.orders, for the board search (0007). Names are added, '
    'never removed: a name no order carries any more matches no row, so a stale entry costs nothing.';

INSERT INTO cs.order_search_names (kind, name)
    SELECT 'C', customer_name FROM cs.orders GROUP BY customer_name
    UNION ALL
    SELECT 'P', project_name FROM cs.orders WHERE project_name IS NOT NULL GROUP BY project_name;

-- SECURITY DEFINER: whoever writes cs.orders (a coordinator's submit, an admin's edit) adds the
-- names, without a grant on the table.
CREATE FUNCTION cs.tg_orders_search_names() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    -- Sorted, so two transactions adding the same names take their locks in the same order.
    INSERT INTO cs.order_search_names (kind, name)
        SELECT kind, name FROM (
            SELECT 'C' AS kind, customer_name AS name FROM new_rows
            UNION
            SELECT 'P', project_name FROM new_rows WHERE project_name IS NOT NULL) n
        ORDER BY kind, name
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER orders_search_names_insert AFTER INSERT ON cs.orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_orders_search_names();
CREATE TRIGGER orders_search_names_update AFTER UPDATE ON cs.orders
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_orders_search_names();
-- ALWAYS: the names must follow the rows even when triggers are off for a bulk load
-- (session_replication_role = replica, as gen-orders does in scratch databases).
ALTER TABLE cs.orders ENABLE ALWAYS TRIGGER orders_search_names_insert;
ALTER TABLE cs.orders ENABLE ALWAYS TRIGGER orders_search_names_update;

-- Orders by exact name, for the names a search found, in the board's order when sorted by name; and
-- the other sortable columns that had no index in their board order (the uuid breaks ties).
CREATE INDEX idx_orders_board_customer ON cs.orders (customer_name, order_id);
-- The default sort (last updated first), with and without a status filter, covers the columns a
-- name search and the filters read: a broad search ("Boston" matches 3% of the builds) walks the index
-- until a page is full without reading the table (an index-only scan: ~7,000 entries in 2 ms instead
-- of 40 ms of heap reads). PO and build numbers are left out on purpose: the planner's guess for a
-- substring of them is often 100 times too high, and with them in the index it would walk all of it
-- (1.3 s) for a number that the trigram index finds in 1 ms. They replace the indexes of 0005.
CREATE INDEX idx_orders_board_updated_cover ON cs.orders (updated_at, order_id)
    INCLUDE (status, current_assignee, customer_name, project_name);
CREATE INDEX idx_orders_board_status_updated_cover ON cs.orders (status, updated_at, order_id)
    INCLUDE (current_assignee, customer_name, project_name);
DROP INDEX cs.idx_orders_board_updated;
DROP INDEX cs.idx_orders_board_status_updated;
CREATE INDEX idx_orders_board_project ON cs.orders (project_name, order_id);
CREATE INDEX idx_orders_board_build ON cs.orders (build_number, order_id);
CREATE INDEX idx_orders_board_model ON cs.orders (sink_model, order_id);
-- Descending, the board keeps empty projects and models at the bottom (NULLS LAST), which is not the
-- mirror image of the ascending order, so it needs its own index to stop after a page.
CREATE INDEX idx_orders_board_project_desc ON cs.orders (project_name DESC NULLS LAST, order_id DESC);
CREATE INDEX idx_orders_board_model_desc ON cs.orders (sink_model DESC NULLS LAST, order_id DESC);
-- The name trigram indexes of 0001 are no longer read; they only cost on every write.
DROP INDEX cs.idx_orders_customer_trgm;
DROP INDEX cs.idx_orders_project_trgm;

-- ---------------------------------------------------------------------------------------------
-- cs.board_page: one page of the order board
-- ---------------------------------------------------------------------------------------------
-- p_search: a substring of the PO, build, customer or project (case-insensitive; % and _ are plain
-- characters); p_status: a status name or NULL; p_assignee: "my queue" or NULL; p_sort: one of
-- po, build, customer, project, model, status, want_date, assignee, updated (anything else is
-- refused: no caller text reaches ORDER BY). SECURITY INVOKER: the caller reads cs.order_list with
-- the caller's own grants.
CREATE FUNCTION cs.board_page(p_search text, p_status cs.order_status_enum, p_assignee uuid, p_sort text,
                              p_descending boolean, p_limit integer, p_offset integer)
RETURNS TABLE (order_id text, po_number text, build_number text, customer_name text, project_name text,
               sink_model text, status text, want_date date, assignee_name text, updated_at timestamptz,
               assignee_id text, late boolean, row_version integer)
LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp AS $$
DECLARE
    sort_column text;
    direction text := CASE WHEN p_descending THEN 'DESC' ELSE 'ASC' END;
    nulls text := '';
    conditions text[] := '{}';
    matches text[];
    order_by text;
    keys text;
    query text;
    pattern text;
    customers text[];
    projects text[];
BEGIN
    sort_column := CASE p_sort
        WHEN 'po' THEN 'po_number' WHEN 'build' THEN 'build_number' WHEN 'customer' THEN 'customer_name'
        WHEN 'project' THEN 'project_name' WHEN 'model' THEN 'sink_model' WHEN 'status' THEN 'status'
        WHEN 'want_date' THEN 'want_date' WHEN 'assignee' THEN 'assignee_name' WHEN 'updated' THEN 'updated_at'
    END;
    IF sort_column IS NULL THEN
        RAISE EXCEPTION 'E-BOARD-SORT: unknown sort column "%"', p_sort USING ERRCODE = '22023';
    END IF;
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 OR p_offset IS NULL OR p_offset < 0 THEN
        RAISE EXCEPTION 'E-BOARD-WINDOW: a page is 1 to 1000 rows from offset 0 or more' USING ERRCODE = '22023';
    END IF;
    -- The ORDER BY matches the sort indexes of 0005: NULLS LAST only on the nullable columns when
    -- descending (the default would put empty values on top); the uuid breaks ties.
    IF p_descending AND sort_column IN ('project_name', 'sink_model', 'assignee_name') THEN
        nulls := ' NULLS LAST';
    END IF;

    IF p_status IS NOT NULL THEN
        conditions := conditions || 'l.status = $4'::text;
    END IF;
    IF p_assignee IS NOT NULL THEN
        conditions := conditions || 'l.current_assignee = $5'::text;
    END IF;
    IF btrim(coalesce(p_search, '')) <> '' THEN
        pattern := '%' || replace(replace(replace(btrim(p_search), '\', '\\'), '%', '\%'), '_', '\_') || '%';
        SELECT coalesce(array_agg(n.name) FILTER (WHERE n.kind = 'C'), '{}'),
               coalesce(array_agg(n.name) FILTER (WHERE n.kind = 'P'), '{}')
          INTO customers, projects
          FROM cs.order_search_names n WHERE n.name ILIKE pattern;
        matches := ARRAY['l.po_number ILIKE $1', 'l.build_number ILIKE $1'];
        IF cardinality(customers) > 0 THEN
            matches := matches || 'l.customer_name = ANY ($2)'::text;
        END IF;
        IF cardinality(projects) > 0 THEN
            matches := matches || 'l.project_name = ANY ($3)'::text;
        END IF;
        IF length(btrim(p_search)) < 3 THEN
            -- Shorter than a trigram: no index finds these, and a branch that matches nothing (no
            -- build number holds "PO") would read every row. One or two characters match most
            -- rows, so one walk of the sort index with all four as one filter fills a page quickly.
            matches := ARRAY['(' || array_to_string(matches, ' OR ') || ')'];
        END IF;
    END IF;

    -- Builds of one status come newest (or oldest) first: the status index of 0005 holds that order.
    order_by := format('ORDER BY l.%I %s%s, %sl.order_id %s', sort_column, direction, nulls,
                       CASE WHEN sort_column = 'status' THEN 'l.updated_at ' || direction || ', ' ELSE '' END,
                       direction);
    IF matches IS NULL THEN
        query := format('SELECT l.* FROM cs.order_list l %s %s LIMIT $6 OFFSET $7',
                        CASE WHEN cardinality(conditions) > 0
                             THEN 'WHERE ' || array_to_string(conditions, ' AND ') ELSE '' END,
                        order_by);
    ELSE
        -- One branch per kind of match, each with its own index condition and its own first
        -- offset + limit builds in board order; the union (a build found twice counts once) is sorted
        -- again and cut to the page, and only the page's rows are read in full. One OR over all four
        -- kinds would leave a filter on every row instead. The branches read only the id and the
        -- sort key, so a walk of a covering board index never visits the table.
        keys := format('l.order_id, l.%I%s', sort_column,
                       CASE WHEN sort_column = 'status' THEN ', l.updated_at' ELSE '' END);
        SELECT string_agg(format('(SELECT %s FROM cs.order_list l WHERE %s %s LIMIT $6 + $7)',
                                 keys, array_to_string(conditions || m, ' AND '), order_by), ' UNION ')
          INTO query
          FROM unnest(matches) m;
        query := format('SELECT l.* FROM cs.order_list l WHERE l.order_id IN '
                        '(SELECT l.order_id FROM (%s) l %s LIMIT $6 OFFSET $7)', query, order_by);
    END IF;

    -- EXECUTE plans this statement for these values (a one-shot plan), so the planner knows how many
    -- names matched and how common they are.
    RETURN QUERY EXECUTE
        'SELECT l.order_id::text, l.po_number::text, l.build_number::text, l.customer_name::text, '
        'l.project_name::text, l.sink_model::text, l.status::text, l.want_date, l.assignee_name::text, '
        'l.updated_at, l.current_assignee::text, (l.want_date < current_date AND l.status <> ''Shipped''), '
        'l.row_version FROM (' || query || ') l ' || order_by
    USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset;
END $$;
REVOKE ALL ON FUNCTION cs.board_page(text, cs.order_status_enum, uuid, text, boolean, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.board_page(text, cs.order_status_enum, uuid, text, boolean, integer, integer)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

CREATE INDEX idx_order_search_names_trgm ON cs.order_search_names USING gin (name cs.gin_trgm_ops);
GRANT SELECT ON cs.order_search_names TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- A finer histogram of the PO and build numbers. With the default (100 buckets) a five-digit
-- substring that happens to occur in one bucket bound is guessed to match 1% of the orders (10,000
-- of a million, where ~100 do), and the planner then walks the sort index looking for them: seconds
-- instead of the trigram index's millisecond. With 1,000 buckets such a guess falls to the floor.
ALTER TABLE cs.orders ALTER COLUMN po_number SET STATISTICS 1000, ALTER COLUMN build_number SET STATISTICS 1000;

ANALYZE cs.order_search_names;
ANALYZE cs.orders;
