-- Repeatable file 45_board: the order board.
--   * cs.board_page, the board's one statement: a page of builds, searched, filtered and sorted, read
--     by key (each row carries its page key; the next page starts after the last row's key).
--   * The distinct customer and project names the search matches first (cs.order_search_names, 0007),
--     and the assignee's name kept on each order for the assignee sort (cs.orders.assignee_name,
--     0010): their trigger functions.
-- The tables, indexes and triggers are in the migrations 0005, 0007 and 0010. Conventions: see
-- 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- The page function before 0010 (an offset only, no page key).
DROP FUNCTION IF EXISTS cs.board_page(text, cs.order_status_enum, uuid, text, boolean, integer, integer);

-- ---------------------------------------------------------------------------------------------
-- Names kept for the search and the sort
-- ---------------------------------------------------------------------------------------------
-- SECURITY DEFINER: whoever writes cs.orders (a coordinator's submit, an admin's edit) adds the
-- names, without a grant on the table.
CREATE OR REPLACE FUNCTION cs.tg_orders_search_names() RETURNS trigger
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

-- Every insert and update of an order takes the assignee's name from cs.users, whatever the
-- statement said: nobody can put another name there. SECURITY DEFINER: the writer may not read
-- cs.users.
CREATE OR REPLACE FUNCTION cs.tg_orders_assignee_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF NEW.current_assignee IS NULL THEN
        NEW.assignee_name := NULL;
    ELSE
        SELECT u.full_name INTO NEW.assignee_name FROM cs.users u WHERE u.user_id = NEW.current_assignee;
    END IF;
    RETURN NEW;
END $$;

-- A person renamed: their builds carry the new name (the trigger above fills it in).
CREATE OR REPLACE FUNCTION cs.tg_users_assignee_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    UPDATE cs.orders o SET assignee_name = NEW.full_name
     WHERE o.current_assignee = NEW.user_id AND o.assignee_name IS DISTINCT FROM NEW.full_name;
    RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION cs.tg_orders_search_names() FROM PUBLIC;
REVOKE ALL ON FUNCTION cs.tg_orders_assignee_name() FROM PUBLIC;
REVOKE ALL ON FUNCTION cs.tg_users_assignee_name() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- The digits of a searched number that tell numbers apart
-- ---------------------------------------------------------------------------------------------
-- A PO or build number is looked for anywhere in the number through its trigram index, which
-- reads the list of builds of every trigram of the text. The characters every number shares ("PO-",
-- the first digits of this year's numbers) have lists of nearly every build: at 1,000,000 builds
-- reading them cost 10 ms of the 12 ms of a search for "PO-452345". So the board looks for a piece
-- of the text's digits whose trigrams are not common (below), and checks each build it finds
-- against the whole text: a number holding the text holds the piece (digits have no case), so the
-- builds found are the same.

-- Figures a board function keeps in a setting of the session ("epoch;json") and reads again after
-- ten minutes: the value kept, or NULL when there is none or it is older; and keeping one.
CREATE OR REPLACE FUNCTION cs.board_kept(p_setting text) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp AS $$
DECLARE
    kept text := current_setting(p_setting, true);
BEGIN
    IF kept ~ '^[0-9]+;' AND split_part(kept, ';', 1)::bigint > extract(epoch FROM clock_timestamp()) - 600 THEN
        RETURN substr(kept, strpos(kept, ';') + 1)::jsonb;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cs.board_keep(p_setting text, p_value jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = cs, pg_temp AS $$
BEGIN
    PERFORM set_config(p_setting, floor(extract(epoch FROM clock_timestamp()))::bigint::text || ';' || p_value::text, false);
    RETURN p_value;
END $$;
REVOKE ALL ON FUNCTION cs.board_kept(text), cs.board_keep(text, jsonb) FROM PUBLIC;

-- What the PO numbers, and the build numbers, share: the runs of three digits that a tenth or more
-- of them carry, and the characters before the first digit that nine in ten of them start with, as
-- {"po": {"digits": "450 460 …", "prefix": "PO-"}, "build": {…}}, from the column statistics
-- (histogram and most common values, about 100 of each). Read once per session and then every ten
-- minutes (kept in a setting of the session; reading the statistics costs a millisecond, more than
-- the search it spares). A setting a client changes only changes which piece is looked up, never
-- the result.
CREATE OR REPLACE FUNCTION cs.board_common_digits() RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp AS $$
DECLARE
    fresh jsonb := cs.board_kept('cs.board_common_digits');
BEGIN
    IF fresh IS NOT NULL THEN
        RETURN fresh;
    END IF;
    WITH stats AS MATERIALIZED (
        SELECT CASE s.attname WHEN 'po_number' THEN 'po' ELSE 'build' END AS kind,
               coalesce(s.histogram_bounds::text::text[], '{}') || coalesce(s.most_common_vals::text::text[], '{}') AS vals
          FROM pg_stats s
         WHERE s.schemaname = 'cs' AND s.tablename = 'orders' AND s.attname IN ('po_number', 'build_number')
    ), sample AS MATERIALIZED (
        SELECT st.kind, u.n, u.v, count(*) OVER (PARTITION BY st.kind) AS total
          FROM stats st CROSS JOIN unnest(st.vals) WITH ORDINALITY u(v, n)
         WHERE u.n % greatest(cardinality(st.vals) / 100, 1) = 0
    ), digits AS (
        SELECT DISTINCT sa.kind, sa.n, sa.total, substr(sa.v, i, 3) AS t
          FROM sample sa CROSS JOIN generate_series(1, length(sa.v) - 2) i
         WHERE substr(sa.v, i, 3) ~ '^[0-9]{3}$'
    ), common AS (
        SELECT kind, string_agg(t, ' ' ORDER BY t) AS digits
          FROM (SELECT kind, t FROM digits GROUP BY kind, t, total HAVING count(*) * 10 >= total) c
         GROUP BY kind
    ), prefix AS (
        SELECT DISTINCT ON (kind) kind, p
          FROM (SELECT kind, upper(substring(v FROM '^[^0-9]*')) AS p, count(*) AS c, max(total) AS total
                  FROM sample GROUP BY kind, 2) x
         WHERE c * 10 >= total * 9
         ORDER BY kind, c DESC
    )
    SELECT jsonb_object_agg(k.kind, jsonb_build_object('digits', coalesce(c.digits, ''), 'prefix', coalesce(p.p, '')))
      INTO fresh
      FROM (VALUES ('po'), ('build')) k(kind)
      LEFT JOIN common c ON c.kind = k.kind LEFT JOIN prefix p ON p.kind = k.kind;
    RETURN cs.board_keep('cs.board_common_digits', fresh);
END $$;
REVOKE ALL ON FUNCTION cs.board_common_digits() FROM PUBLIC;

-- How common one customer name and one project name are, for cs.board_page's choice of plan: the
-- share of the builds that one name of each kind carries (one over the distinct names; for projects
-- times the share of builds that have one) and the builds in the table, from the column statistics,
-- as {"customer": x, "project": y, "rows": n} (a kind without statistics is left out; {} before the
-- first ANALYZE). Kept in a setting of the session like the digits above and read again every ten
-- minutes: planning a read of pg_stats (a view over five catalogs) cost 3-4 ms at every search
-- that found a name, more than most searches. A setting a client changes only changes which plan
-- finds the page, never the page.
CREATE OR REPLACE FUNCTION cs.board_name_stats() RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp AS $$
DECLARE
    fresh jsonb := cs.board_kept('cs.board_name_stats');
BEGIN
    IF fresh IS NOT NULL THEN
        RETURN fresh;
    END IF;
    SELECT coalesce(jsonb_object_agg(CASE s.attname WHEN 'customer_name' THEN 'customer' ELSE 'project' END,
                                     CASE s.attname WHEN 'customer_name' THEN 1 ELSE 1 - s.null_frac END
                                     / greatest(CASE WHEN s.n_distinct < 0 THEN -s.n_distinct * c.reltuples
                                                     ELSE s.n_distinct END, 1))
                    || jsonb_build_object('rows', max(c.reltuples)), '{}')
      INTO fresh
      FROM pg_stats s CROSS JOIN pg_class c
     WHERE s.schemaname = 'cs' AND s.tablename = 'orders' AND s.attname IN ('customer_name', 'project_name')
       AND c.oid = 'cs.orders'::regclass;
    RETURN cs.board_keep('cs.board_name_stats', fresh);
END $$;
REVOKE ALL ON FUNCTION cs.board_name_stats() FROM PUBLIC;

-- The piece of p_search the trigram index looks for in one kind of number (p_shared: what that kind
-- of number shares, from the function above). Only for the shape of a number: the text is digits,
-- after at most the end of the start every number shares ("PO-452345", "O-452345", "452345" when PO
-- numbers start "PO-"): what the index would spare there is what every number holds. The piece is
-- the longest stretch of those digits whose trigrams are none of the common ones, at least four
-- digits; NULL when there is none, when it is the whole text, or for any other text (a name with a
-- year: its letters are what finds it fast).
CREATE OR REPLACE FUNCTION cs.board_number_part(p_search text, p_shared jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    lead text := substring(p_search FROM '^([^0-9]*)[0-9]+$');
    digits text := substring(p_search FROM '[0-9]+$');
    common text := coalesce(p_shared ->> 'digits', '');
    first integer;
    run integer := 0;
    best_first integer;
    best integer := 0;
BEGIN
    IF lead IS NULL OR right(coalesce(p_shared ->> 'prefix', ''), length(lead)) <> upper(lead) THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. length(digits) - 2 LOOP
        IF strpos(' ' || common || ' ', ' ' || substr(digits, i, 3) || ' ') = 0 THEN
            IF run = 0 THEN
                first := i;
            END IF;
            run := run + 1;
            IF run > best THEN
                best := run;
                best_first := first;
            END IF;
        ELSE
            run := 0;
        END IF;
    END LOOP;
    IF best < 2 OR substr(digits, best_first, best + 2) = p_search THEN
        RETURN NULL;
    END IF;
    RETURN substr(digits, best_first, best + 2);
END $$;
REVOKE ALL ON FUNCTION cs.board_number_part(text, jsonb) FROM PUBLIC;

-- The board's indexes for a large table (0023, cs.board_indexes) that are missing or left invalid by a
-- build that failed: what cs.board_page waits for before it walks them, and what `cleanstation-admin
-- migrate` builds (data::BoardIndexes). Owner and superusers only.
CREATE OR REPLACE FUNCTION cs.board_indexes_due() RETURNS TABLE (name text, definition text, invalid boolean)
    LANGUAGE sql STABLE ROWS 19 SET search_path = cs, pg_temp AS $$
    SELECT b.name, b.definition, i.indexrelid IS NOT NULL
      FROM cs.board_indexes b
      LEFT JOIN pg_index i ON i.indexrelid = to_regclass('cs.' || quote_ident(b.name))
     WHERE i.indisvalid IS NOT TRUE
     ORDER BY b.name
$$;
REVOKE ALL ON FUNCTION cs.board_indexes_due() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- cs.board_page: one page of the order board
-- ---------------------------------------------------------------------------------------------
-- p_search: a substring of the PO, build, customer or project (case-insensitive; % and _ are plain
-- characters; one or two characters match the start of a PO or build number); p_status: a status
-- name or NULL; p_assignee: "my queue" or NULL; p_sort: one of po, build, customer, project, model,
-- status, want_date, assignee, updated (anything else is refused: no caller text reaches ORDER BY);
-- p_limit rows (1 to 1000).
--
-- Paging: p_after is the page_key of the last row of the page before (NULL for the first page); the
-- page is the rows after it in the board's order, so page 5,000 costs what page 1 costs. p_offset
-- skips rows after that (0 for the board; kept for callers that count rows).
--
-- Order: the sort column, then the order id (a total order, so a key names one place between rows);
-- sorted by status, the builds of one status come by update time. Empty projects, models and
-- assignees come last whichever the direction. A row's page_key is that order's key as a JSON array:
-- [value, order id], or [status, updated_at, order id].
--
-- How: each kind of search match (PO, build, customer names, project names) is a branch of its own
-- with its own index condition, read in board order from the key on and cut at the page size; a
-- nullable sort column reads its values and its NULLs as two branches (two ranges of the same
-- ascending index, read forwards or backwards). The union is sorted again and cut to the page, and
-- only the page's rows are read in full. EXECUTE plans each page for its values, so the planner
-- sees how many names matched and how common they are.
--
-- SECURITY DEFINER: reads cs.orders for every role the board serves (Service included: the columns
-- are those of cs.order_list); every value is bound, the column name comes from the list above.
CREATE OR REPLACE FUNCTION cs.board_page(p_search text, p_status cs.order_status_enum, p_assignee uuid, p_sort text,
                                         p_descending boolean, p_limit integer, p_offset integer DEFAULT 0,
                                         p_after text DEFAULT NULL)
RETURNS TABLE (order_id text, po_number text, build_number text, customer_name text, project_name text,
               sink_model text, status text, want_date date, assignee_name text, updated_at timestamptz,
               assignee_id text, late boolean, row_version integer, page_key text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    sort_column text;
    key_type text;
    nullable boolean;
    by_status boolean;
    direction text := CASE WHEN p_descending THEN 'DESC' ELSE 'ASC' END;
    after_op text := CASE WHEN p_descending THEN '<' ELSE '>' END;
    conditions text[] := '{}';
    matches text[];
    branches text[] := '{}';
    m text;
    keys text;
    key_columns text;
    key_values text;
    query text;
    branch_where text;
    null_where text;
    full_branches text[] := '{}';
    columns text;
    ordered text;
    pattern text;
    prefix text;
    customers text[];
    projects text[];
    after jsonb;
    after_value text;
    after_updated timestamptz;
    after_id uuid;
    key_length integer;
    share double precision := 0;
    name_walk boolean := false;
    other_column text;
    value_branches text[] := '{}';
    null_branches text[] := '{}';
    other_branch text;
    ordered_keys text;
    table_rows real := 0;
    common_digits jsonb;
    name_stats jsonb;
    number_part text;
    scan_below text;
    builds real;              -- the builds in cs.orders, by the statistics
    number_test text;
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
    key_type := CASE sort_column WHEN 'status' THEN 'cs.order_status_enum' WHEN 'want_date' THEN 'date'
                                 WHEN 'updated_at' THEN 'timestamptz' ELSE 'text' END;
    nullable := sort_column IN ('project_name', 'sink_model', 'assignee_name');
    by_status := sort_column = 'status';

    -- The key of the row before the page: [value, id] or [status, updated_at, id].
    IF p_after IS NOT NULL THEN
        BEGIN
            after := p_after::jsonb;
            key_length := CASE WHEN by_status THEN 3 ELSE 2 END;
            IF jsonb_typeof(after) <> 'array' OR jsonb_array_length(after) <> key_length THEN
                RAISE EXCEPTION 'not a key of this sort';
            END IF;
            after_id := (after ->> -1)::uuid;
            after_value := after ->> 0;
            IF by_status THEN
                after_updated := (after ->> 1)::timestamptz;
            END IF;
            -- The value must read as the column's type (an error here is caught below).
            EXECUTE format('SELECT CAST($1 AS %s)', key_type) USING after_value;
            IF after_id IS NULL OR (after_value IS NULL AND NOT nullable) OR (by_status AND after_updated IS NULL) THEN
                RAISE EXCEPTION 'incomplete key';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION 'E-BOARD-AFTER: "%" is not a page key of the % sort', left(p_after, 200), p_sort
                USING ERRCODE = '22023';
        END;
    END IF;

    IF p_status IS NOT NULL THEN
        conditions := conditions || 'o.status = $4'::text;
    END IF;
    IF p_assignee IS NOT NULL THEN
        conditions := conditions || 'o.current_assignee = $5'::text;
    END IF;

    -- The key columns, and the key after which the page starts ($9 value, $10 updated_at, $11 id).
    key_columns := format('%%1$s.%I%s, %%1$s.order_id', sort_column, CASE WHEN by_status THEN ', %1$s.updated_at' ELSE '' END);
    key_values := format('CAST($9 AS %s)%s, $11', key_type, CASE WHEN by_status THEN ', $10' ELSE '' END);
    keys := format(key_columns, 'o');

    columns := 'SELECT o.order_id::text, o.po_number::text, o.build_number::text, o.customer_name::text, '
        'o.project_name::text, o.sink_model::text, o.status::text, o.want_date, o.assignee_name::text, '
        'o.updated_at, o.current_assignee::text, (o.want_date < current_date AND o.status <> ''Shipped''), '
        'o.row_version, '
        || format('jsonb_build_array(%s)::text', keys) || ' FROM cs.orders o ';
    ordered_keys := regexp_replace(key_columns, '(, |$)',
                                   ' ' || direction || CASE WHEN nullable THEN ' NULLS LAST' ELSE '' END || '\1', 'g');
    ordered := format(ordered_keys, 'o');

    -- The search: the text anywhere (pattern, for ILIKE) and, for one or two characters, the start of
    -- a PO or build number (prefix); the customer and project names it is in.
    IF btrim(coalesce(p_search, '')) <> '' THEN
        pattern := replace(replace(replace(btrim(p_search), '\', '\\'), '%', '\%'), '_', '\_');
        prefix := upper(pattern) || '%';
        pattern := '%' || pattern || '%';
        SELECT coalesce(array_agg(n.name) FILTER (WHERE n.kind = 'C'), '{}'),
               coalesce(array_agg(n.name) FILTER (WHERE n.kind = 'P'), '{}')
          INTO customers, projects
          FROM cs.order_search_names n WHERE n.name_folded LIKE lower(pattern);   -- name ILIKE pattern (0022)
    END IF;

    -- A small table (below cs.board_scan_below builds, 5,000 unless the session says otherwise): one
    -- statement reads the table once, tests every condition on each build and sorts what it finds.
    -- Planning the branches below (each kind of match by its own index, the union sorted again)
    -- cost 2-3 ms at any size and running them 1-2 ms more, most of a page at 2,000 builds; the scan
    -- tests a build's two numbers in well under a microsecond (their case folded as bytes, below), so
    -- it stays cheaper up to a few thousand builds. The numbers are tested inside expressions (a CASE,
    -- or as text with || '') so that the planner does not weigh their trigram indexes for a read that
    -- the scan does anyway; the names are tested in hash tables. The rows and their order are those
    -- of the branches (db.boardqueries compares both with plain SQL). A value of the setting that is not a number is ignored; any number only
    -- chooses the plan. Without the setting the scan is also taken while any of the branches'
    -- indexes is missing or not yet valid (they are built once the table holds 4,000 builds, 0023).
    scan_below := current_setting('cs.board_scan_below', true);
    builds := (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'cs.orders'::regclass);
    IF (CASE WHEN length(scan_below) BETWEEN 1 AND 12 AND scan_below !~ '[^0-9]' THEN builds < scan_below::real
             ELSE builds < 5000 OR EXISTS (SELECT 1 FROM cs.board_indexes_due()) END) THEN
        -- The numbers' case is folded byte by byte where that folds as the database does: for a
        -- number of ASCII characters only (about every number: build numbers must be, PO numbers
        -- nearly always are), when the database's lower() and upper() fold the letters A to Z as
        -- ASCII does (not so in a Turkish locale, where I folds to a dotless i). ILIKE and upper() of
        -- a UTF-8 text in any locale but "C" fold through wide characters, about 1 µs a number: two
        -- thirds of a search's time at 3,000 builds, against a fifth of that folded as bytes
        -- (COLLATE "C"). The search text is folded once by the database's rules ($12), so the result
        -- is ILIKE's for every number; a number with another character is still tested by ILIKE.
        IF pattern IS NULL THEN
            m := 'true';
        ELSE
            -- The test by the database's rules (%1$I: the number's column), and the same folded as bytes.
            number_test := CASE WHEN length(btrim(p_search)) >= 3 THEN '(o.%1$I::text || '''') ILIKE $1'
                                ELSE 'upper(o.%1$I) LIKE $8' END;
            IF lower('ABCDEFGHIJKLMNOPQRSTUVWXYZ') = 'abcdefghijklmnopqrstuvwxyz'
               AND upper('abcdefghijklmnopqrstuvwxyz') = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' THEN
                number_test := format('CASE WHEN octet_length(o.%%1$I) = length(o.%%1$I) THEN %s ELSE %s END',
                                      CASE WHEN length(btrim(p_search)) >= 3 THEN 'lower(o.%1$I::text COLLATE "C") LIKE $12'
                                           ELSE 'upper(o.%1$I::text COLLATE "C") LIKE $8' END,
                                      number_test);
            END IF;
            m := format('(%s OR %s OR o.customer_name IN (SELECT unnest($2)) OR o.project_name IN (SELECT unnest($3)))',
                        format(number_test, 'po_number'), format(number_test, 'build_number'));
        END IF;
        IF p_after IS NOT NULL THEN
            -- After a value of a nullable column come its later values, then every NULL; after a NULL,
            -- the NULLs of later order ids.
            conditions := conditions || CASE
                WHEN NOT nullable THEN format('(%s) %s (%s)', keys, after_op, key_values)
                WHEN after_value IS NOT NULL THEN format('((%s) %s (%s) OR o.%I IS NULL)', keys, after_op, key_values, sort_column)
                ELSE format('o.%I IS NULL AND o.order_id %s $11', sort_column, after_op) END;
        END IF;
        RETURN QUERY EXECUTE columns || 'WHERE ' || array_to_string(conditions || m, ' AND ')
                             || ' ORDER BY ' || ordered || ' LIMIT $6 OFFSET $7'
        USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix,
              after_value, after_updated, after_id, lower(pattern);
        RETURN;
    END IF;

    IF pattern IS NOT NULL THEN
        IF length(btrim(p_search)) >= 3 THEN
            matches := ARRAY['o.po_number ILIKE $1', 'o.build_number ILIKE $1'];
            -- Four digits or more, in a large table: the index looks for the digits that tell
            -- numbers apart (see cs.board_common_digits) and each build it finds is tested against
            -- the whole text, written so that the planner cannot take it to the index again (it
            -- would read the common trigrams after all). Below 100,000 builds the common trigrams'
            -- lists are short, and reading the statistics would cost more than it spares.
            IF btrim(p_search) ~ '[0-9]{4}' AND builds >= 100000 THEN
                common_digits := cs.board_common_digits();
                number_part := cs.board_number_part(btrim(p_search), common_digits -> 'po');
                IF number_part IS NOT NULL THEN
                    matches[1] := format('o.po_number LIKE %L AND (o.po_number::text || '''') ILIKE $1',
                                         '%' || number_part || '%');
                END IF;
                number_part := cs.board_number_part(btrim(p_search), common_digits -> 'build');
                IF number_part IS NOT NULL THEN
                    matches[2] := format('o.build_number LIKE %L AND (o.build_number::text || '''') ILIKE $1',
                                         '%' || number_part || '%');
                END IF;
            END IF;
        ELSE
            -- One or two characters are shorter than a trigram: no index finds them inside a number,
            -- and inside PO and build numbers they match nearly every row anyway. So they match the
            -- start of the PO or build number (a btree range), and anywhere in a name as always.
            matches := ARRAY['upper(o.po_number) LIKE $8', 'upper(o.build_number) LIKE $8'];
        END IF;
        -- The names found: what share of the builds carry one, by the column statistics (names
        -- over distinct names; NULL projects carry none; see cs.board_name_stats). Unanalysed: 0.
        IF cardinality(customers) + cardinality(projects) > 0 THEN
            name_stats := cs.board_name_stats();
            share := cardinality(customers) * coalesce((name_stats ->> 'customer')::double precision, 0)
                     + cardinality(projects) * coalesce((name_stats ->> 'project')::double precision, 0);
            table_rows := coalesce((name_stats ->> 'rows')::real, 0);
        END IF;
        IF share * 20000 >= p_limit + p_offset AND sort_column NOT IN ('customer_name', 'project_name') THEN
            -- A broad word (a city: hundreds of names, a few percent of the builds): one walk of the
            -- sort's index finds the page, testing both names of each entry in two hash tables built
            -- once (hashed subplans), about 20,000 entries at most. One walk instead of one per kind
            -- of name: a project name can be rare where the walk starts (a run of builds without a
            -- project) while customers match at once. The names are not constants of the plan: the
            -- planner would estimate each of them against the column's statistics (milliseconds for
            -- hundreds of names, 50 ms for thousands), where this walk is the plan anyway.
            -- Both tests even when one kind found no name: under an OR neither becomes a join, which
            -- the planner would size by a guess and read name by name.
            matches := matches || '(o.customer_name IN (SELECT unnest($2)) OR o.project_name IN (SELECT unnest($3)))'::text;
        ELSIF share * 20000 >= p_limit + p_offset AND table_rows >= 100000
              AND NOT (nullable AND p_after IS NOT NULL AND after_value IS NULL) THEN
            -- A broad word in the customer or project sort: the sort's own names are read name by
            -- name in the sort's order until the page is full. The other kind of name would walk
            -- the sort's index to where the word's run starts (tens of thousands of entries for a
            -- city); instead each of its names reads (name, sort column, id) in board order from
            -- the key on, no further than where the rest of the page ends (see name_walk below),
            -- cut at the page size. Below 100,000 builds that walk is short and the branches below
            -- are as fast.
            name_walk := true;
            other_column := CASE sort_column WHEN 'customer_name' THEN 'project_name' ELSE 'customer_name' END;
            IF sort_column = 'customer_name' AND cardinality(customers) > 0 THEN
                matches := matches || 'o.customer_name = ANY ($2)'::text;
            ELSIF sort_column = 'project_name' AND cardinality(projects) > 0 THEN
                matches := matches || 'o.project_name = ANY ($3)'::text;
            END IF;
        ELSE
            -- Few builds: each kind of name by its own index, the names as constants, so the
            -- planner sees how many there are and how common.
            IF cardinality(customers) > 0 THEN
                matches := matches || 'o.customer_name = ANY ($2)'::text;
            END IF;
            IF cardinality(projects) > 0 THEN
                matches := matches || 'o.project_name = ANY ($3)'::text;
            END IF;
        END IF;
    ELSE
        matches := ARRAY['true'];
    END IF;

    -- One branch (two for a nullable column: its values, then its NULLs) per kind of match.
    FOREACH m IN ARRAY matches LOOP
        IF NOT nullable OR after_value IS NOT NULL OR p_after IS NULL THEN
            branch_where := array_to_string(
                conditions || m
                || CASE WHEN nullable THEN ARRAY[format('o.%I IS NOT NULL', sort_column)] ELSE '{}' END
                || CASE WHEN p_after IS NOT NULL
                        THEN ARRAY[format('(%s) %s (%s)', keys, after_op, key_values)] ELSE '{}' END,
                ' AND ');
            value_branches := value_branches || format(
                '(SELECT %s FROM cs.orders o WHERE %s ORDER BY %s LIMIT $6 + $7)',
                keys, branch_where, regexp_replace(keys, '(, |$)', ' ' || direction || '\1', 'g'));
            full_branches := full_branches || format(
                '(%s WHERE %s ORDER BY %s LIMIT $6 + $7)',
                columns, branch_where, regexp_replace(keys, '(, |$)', ' ' || direction || '\1', 'g'));
        END IF;
        IF nullable THEN
            -- Ordered by the (NULL) column first: the planner then reads the NULL range of the
            -- column's index in order id order, instead of walking the whole primary key.
            null_where := array_to_string(conditions || m || format('o.%I IS NULL', sort_column)
                                          || CASE WHEN p_after IS NOT NULL AND after_value IS NULL
                                                  THEN ARRAY[format('o.order_id %s $11', after_op)] ELSE '{}' END,
                                          ' AND ');
            null_branches := null_branches || format(
                '(SELECT %s FROM cs.orders o WHERE %s ORDER BY o.%I %s, o.order_id %s LIMIT $6 + $7)',
                keys, null_where, sort_column, direction, direction);
            full_branches := full_branches || format(
                '(%s WHERE %s ORDER BY o.%I %s, o.order_id %s LIMIT $6 + $7)',
                columns, null_where, sort_column, direction, direction);
        END IF;
    END LOOP;

    branches := value_branches || null_branches;

    -- One kind of match (no search): its branches never find a build twice (a nullable column's
    -- values and NULLs are disjoint), so the page is read whole from them at once, without a second
    -- lookup of each row by its id.
    IF cardinality(matches) = 1 THEN
        IF NOT nullable THEN
            RETURN QUERY EXECUTE columns || 'WHERE ' || branch_where || ' ORDER BY ' || ordered
                                 || ' LIMIT $6 OFFSET $7'
            USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix,
                  after_value, after_updated, after_id;
        ELSE
            RETURN QUERY EXECUTE format(
                'SELECT * FROM (%s) p ORDER BY p.%I %s NULLS LAST, CAST(p.order_id AS uuid) %s LIMIT $6 OFFSET $7',
                array_to_string(full_branches, ' UNION ALL '), sort_column, direction, direction)
            USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix,
                  after_value, after_updated, after_id;
        END IF;
        RETURN;
    END IF;

    IF name_walk THEN
        -- The customer or project sort with a broad word. First the page as the numbers and the
        -- sort's own names find it (a): the numbers with their builds without a project, if any
        -- (one branch each, NULLs last), the own names name by name in the sort's order. Its last
        -- row bounds the page: a build of the other kind of name after it cannot be on the page, so
        -- each of those names reads its builds only up to that value (when a is not full or ends
        -- in builds without a project, up to the column's last value: an end of the index). Then
        -- the page of values (p). Builds without a project whose customer matches come after every
        -- project: read name by name, and only when p leaves room on the page. No name is a
        -- constant of the plan outside the sort's own branch (planning a few hundred names took
        -- longer than reading their builds).
        value_branches := '{}';
        FOREACH m IN ARRAY matches LOOP
            IF m LIKE '% = ANY (%' THEN
                -- The sort's own names, in the sort's order, each read from its index in board
                -- order: the nested loop gives the rows in board order, so it stops at the page.
                branch_where := array_to_string(
                    conditions || format('o.%I = m.name', sort_column)
                    || CASE WHEN p_after IS NOT NULL
                            THEN ARRAY[format('(%s) %s (%s)', keys, after_op, key_values)] ELSE '{}' END,
                    ' AND ');
                value_branches := value_branches || format(
                    '(SELECT x.* FROM (SELECT n.name FROM unnest(%s) AS n(name)%s ORDER BY n.name %s) m '
                    'CROSS JOIN LATERAL (SELECT %s FROM cs.orders o WHERE %s ORDER BY %s LIMIT $6 + $7) x LIMIT $6 + $7)',
                    CASE sort_column WHEN 'customer_name' THEN '$2' ELSE '$3' END,
                    CASE WHEN p_after IS NOT NULL THEN format(' WHERE n.name %s= $9', after_op) ELSE '' END,
                    direction, keys, branch_where, regexp_replace(keys, '(, |$)', ' ' || direction || '\1', 'g'));
            ELSE
                branch_where := array_to_string(
                    conditions || m
                    || CASE WHEN p_after IS NOT NULL
                            THEN ARRAY[format('((%s) %s (%s)%s)', keys, after_op, key_values,
                                              CASE WHEN nullable THEN format(' OR o.%I IS NULL', sort_column) ELSE '' END)]
                            ELSE '{}' END,
                    ' AND ');
                value_branches := value_branches || format(
                    '(SELECT %s FROM cs.orders o WHERE %s ORDER BY %s LIMIT $6 + $7)', keys, branch_where, ordered);
            END IF;
        END LOOP;
        -- When a holds fewer values than the page (the word is mostly in the other kind of name,
        -- or the page is near the end), there is no bound, and reading every name up to a page each
        -- would read thousands of builds: then one walk of the sort's index tests both kinds of
        -- name in hash tables, as in the other sorts (a common word finds the page soon).
        other_branch := format(
            '(SELECT x.* FROM unnest(%s) AS m(name) CROSS JOIN LATERAL '
            '(SELECT %s FROM cs.orders o WHERE %s ORDER BY %s LIMIT $6 + $7) x '
            'WHERE (SELECT count(*) FROM a WHERE a.%I IS NOT NULL) >= $6 + $7) '
            'UNION (SELECT %2$s FROM cs.orders o WHERE %6$s ORDER BY %4$s LIMIT $6 + $7)',
            CASE other_column WHEN 'customer_name' THEN '$2' ELSE '$3' END,
            keys,
            array_to_string(
                conditions || format('o.%I = m.name', other_column)
                || CASE WHEN nullable THEN ARRAY[format('o.%I IS NOT NULL', sort_column)] ELSE '{}' END
                || CASE WHEN p_after IS NOT NULL
                        THEN ARRAY[format('(%s) %s (%s)', keys, after_op, key_values)] ELSE '{}' END
                || format('o.%1$I %2$s (SELECT coalesce((SELECT a.%1$I FROM a ORDER BY %3$s OFFSET $6 + $7 - 1 LIMIT 1), '
                          '(SELECT %4$s(e.%1$I) FROM cs.orders e)))',
                          sort_column, CASE WHEN p_descending THEN '>=' ELSE '<=' END,
                          format(ordered_keys, 'a'), CASE WHEN p_descending THEN 'min' ELSE 'max' END),
                ' AND '),
            regexp_replace(keys, '(, |$)', ' ' || direction || '\1', 'g'),
            sort_column,
            array_to_string(
                conditions
                || '(o.customer_name IN (SELECT unnest($2)) OR o.project_name IN (SELECT unnest($3)))'::text
                || CASE WHEN nullable THEN ARRAY[format('o.%I IS NOT NULL', sort_column)] ELSE '{}' END
                || CASE WHEN p_after IS NOT NULL
                        THEN ARRAY[format('(%s) %s (%s)', keys, after_op, key_values)] ELSE '{}' END
                || format('(SELECT count(*) FROM a WHERE a.%I IS NOT NULL) < $6 + $7', sort_column),
                ' AND '));
        IF nullable AND cardinality(customers) > 0 THEN
            null_branches := ARRAY[format(
                '(SELECT x.* FROM unnest($2) AS m(name) CROSS JOIN LATERAL '
                '(SELECT %s FROM cs.orders o WHERE %s ORDER BY o.%I %s, o.order_id %s LIMIT $6 + $7) x '
                'WHERE (SELECT count(*) FROM p WHERE p.%I IS NOT NULL) < $6 + $7)',
                keys,
                array_to_string(conditions || 'o.customer_name = m.name'::text || format('o.%I IS NULL', sort_column), ' AND '),
                sort_column, direction, direction, sort_column)];
        ELSE
            null_branches := '{}';
        END IF;
        query := format(
            'WITH a AS MATERIALIZED (SELECT k.* FROM (%1$s) k ORDER BY %2$s LIMIT $6 + $7), '
            'p AS MATERIALIZED (SELECT k.* FROM (SELECT * FROM a UNION %3$s) k ORDER BY %2$s LIMIT $6 + $7) '
            'SELECT k.order_id FROM (SELECT * FROM p%4$s) k ORDER BY %2$s LIMIT $6 OFFSET $7',
            array_to_string(value_branches, ' UNION '), format(ordered_keys, 'k'), other_branch,
            (SELECT string_agg(' UNION ' || b, '') FROM unnest(null_branches) b));
        RETURN QUERY EXECUTE columns || 'WHERE o.order_id IN (' || query || ') ORDER BY ' || ordered
        USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix,
              after_value, after_updated, after_id;
        RETURN;
    END IF;

    -- The union of the branches (a build found twice counts once), in board order, cut to the page.
    IF cardinality(value_branches) > 0 AND cardinality(null_branches) > 0 THEN
        -- A nullable sort: its NULLs come after every value in either direction, so when the values
        -- alone fill the page the NULL branches are not read at all (a one-time filter on a count of
        -- the values found; a broad word otherwise walks the NULL range as far as the values').
        query := format(
            'WITH v AS MATERIALIZED (SELECT k.* FROM (%1$s) k ORDER BY %2$s LIMIT $6 + $7) '
            'SELECT k.order_id FROM (SELECT * FROM v%3$s) k ORDER BY %2$s LIMIT $6 OFFSET $7',
            array_to_string(value_branches, ' UNION '), format(ordered_keys, 'k'),
            (SELECT string_agg(format(' UNION (SELECT * FROM %s b WHERE (SELECT count(*) FROM v) < $6 + $7)', b), '')
               FROM unnest(null_branches) b));
    ELSE
        query := format('SELECT k.order_id FROM (%s) k ORDER BY %s LIMIT $6 OFFSET $7',
                        array_to_string(branches, ' UNION '), format(ordered_keys, 'k'));
    END IF;

    RETURN QUERY EXECUTE columns || 'WHERE o.order_id IN (' || query || ') ORDER BY ' || ordered
    USING pattern, customers, projects, p_status, p_assignee, p_limit, p_offset, prefix,
          after_value, after_updated, after_id;
END $$;
REVOKE ALL ON FUNCTION cs.board_page(text, cs.order_status_enum, uuid, text, boolean, integer, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.board_page(text, cs.order_status_enum, uuid, text, boolean, integer, integer, text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
