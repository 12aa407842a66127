-- 0008: the bookkeeping of the repeatable SQL files, and one end state for every text 0007 ever had.
--
-- 1. Repeatable files. Functions, trigger functions, views, policies and grants live in
--    resources/sql/functions/NN_area.sql, in their current form; the migrator applies all of them
--    again, in one transaction, when one of them changed (or a numbered migration was applied after
--    them). cs.schema_repeatables holds the files applied last (name and sha256, as
--    cs.schema_migrations does for the numbered ones); cs.schema_repeatable_runs logs every
--    application: the checksum of the whole set, the checksum of the numbered migrations recorded at
--    the time (a migration applied later makes the files due again: it may have dropped a view they
--    create), and whether it was forced back to a set that a newer client had replaced. Every app role
--    reads both: the schema check at login compares them with the client's files.
--
-- 2. 0007_board_search_names.sql was committed with three different texts (the migrator accepts each
--    of them; see historicList() in src/data/schema/migrator.cpp). Against the first text, the later
--    two added the covering board indexes (replacing two of 0005), descending indexes for the nullable
--    sorts, a finer histogram of PO and build numbers, prefix indexes for searches of one or two
--    characters, and a new cs.board_page. Every statement below is a no-op where that text already
--    did it, so a database that ran any of the three ends with the same schema as a new one.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Bookkeeping of the repeatable files
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.schema_repeatables (
    name text PRIMARY KEY,                      -- file name in resources/sql/functions
    checksum char(64) NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

CREATE TABLE cs.schema_repeatable_runs (
    run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    set_checksum char(64) NOT NULL,             -- sha256 of the "name checksum" lines, in name order
    migrations_checksum char(64) NOT NULL,      -- sha256 of the "version checksum" lines recorded then
    files text NOT NULL,                        -- the "name checksum" lines
    forced boolean NOT NULL DEFAULT false,      -- put back over a set that had replaced it
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);
CREATE INDEX idx_schema_repeatable_runs_set ON cs.schema_repeatable_runs (set_checksum);

GRANT SELECT ON cs.schema_repeatables, cs.schema_repeatable_runs
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- ---------------------------------------------------------------------------------------------
-- 0007, whichever text of it ran
-- ---------------------------------------------------------------------------------------------
-- The covering board indexes (second text), which replace the two board indexes of 0005.
CREATE INDEX IF NOT EXISTS idx_orders_board_updated_cover ON cs.orders (updated_at, order_id)
    INCLUDE (status, current_assignee, customer_name, project_name);
CREATE INDEX IF NOT EXISTS idx_orders_board_status_updated_cover ON cs.orders (status, updated_at, order_id)
    INCLUDE (current_assignee, customer_name, project_name);
DROP INDEX IF EXISTS cs.idx_orders_board_updated;
DROP INDEX IF EXISTS cs.idx_orders_board_status_updated;
-- Descending sorts of the nullable columns (second text).
CREATE INDEX IF NOT EXISTS idx_orders_board_project_desc ON cs.orders (project_name DESC NULLS LAST, order_id DESC);
CREATE INDEX IF NOT EXISTS idx_orders_board_model_desc ON cs.orders (sink_model DESC NULLS LAST, order_id DESC);
-- Prefix ranges for searches of one or two characters (third text).
CREATE INDEX IF NOT EXISTS idx_orders_po_prefix ON cs.orders (upper(po_number) text_pattern_ops);
CREATE INDEX IF NOT EXISTS idx_orders_build_prefix ON cs.orders (upper(build_number) text_pattern_ops);
-- The finer histogram of PO and build numbers (second text).
ALTER TABLE cs.orders ALTER COLUMN po_number SET STATISTICS 1000, ALTER COLUMN build_number SET STATISTICS 1000;

-- cs.board_page as the third text of 0007 defines it, whichever text created it (the first two
-- searched one or two characters without the prefix indexes). A repeatable file that defines the
-- board's functions replaces it after the numbered migrations.
CREATE OR REPLACE FUNCTION cs.board_page(p_search text, p_status cs.order_status_enum, p_assignee uuid, p_sort text,
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
    prefix text;
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
        IF length(btrim(p_search)) >= 3 THEN
            matches := ARRAY['l.po_number ILIKE $1', 'l.build_number ILIKE $1'];
        ELSE
            -- One or two characters are shorter than a trigram: no index finds them inside a number,
            -- and inside PO and build numbers they match nearly every row anyway. So they match the
            -- start of the PO or build number (a btree range), and anywhere in a name as always.
            -- Without this a two-letter typo ("zq") read all million rows (2.5 s) and held up the
            -- next keystroke's search behind it on the session's worker.
            prefix := upper(replace(replace(replace(btrim(p_search), '\', '\\'), '%', '\%'), '_', '\_')) || '%';
            matches := ARRAY['upper(l.po_number) LIKE $8', 'upper(l.build_number) LIKE $8'];
        END IF;
        IF cardinality(customers) > 0 THEN
            matches := matches || 'l.customer_name = ANY ($2)'::text;
        END IF;
        IF cardinality(projects) > 0 THEN
            matches := matches || 'l.project_name = ANY ($3)'::text;
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
    USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix;
END $$;

ANALYZE cs.orders;
