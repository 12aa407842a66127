-- Repeatable file 40_orders: orders, their frozen BOMs and their documents.
--   * Submission (cs.submit_order): a purchase order with one or more builds, each with its neutral
--     configuration and its BOM, all or nothing, every field checked as the wizard checks it.
--   * BOM storage (cs.store_bom, used by submission and regeneration: the BOM object as jsonb plus its
--     lines as rows, every item checked against the catalog) and regeneration as a new version while
--     the order is OrderCreated; a stored BOM's content never changes (trigger function).
--   * Direct edits of the editable order fields (column grants, checked by a trigger function while
--     OrderCreated) and the 'Edited' history entry they add; deleting an order (Admin, with a reason).
--   * cs.order_list, the order list every role may read (Service included: no configuration, no
--     notes).
--   * The grants on orders, purchase orders, history, BOMs and documents.
-- Elsewhere: the workflow (status changes, gates, assignment) in 50_workflow.sql, the BOM approval
-- in 55_signatures.sql, and the order board's search (cs.board_page and the search names) in the
-- board's own file, 45_board.sql.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- What the server can check of a BOM it did not generate (class 5): the tree is the catalog's
-- explosion of the top lines (every line's id in the catalog or a custom part; an assembly's children
-- are its components, in order, with their quantities; a part or a custom line has none), the
-- quantities are whole, positive and bounded (a top line at most 100, a component at most 10,000, a
-- line per build at most 1,000,000), extended quantities are the products down the tree, and the flat
-- list is the sum of the leaves per id. The top lines themselves come from the configuration rules,
-- which only the client's engine runs: the approver's client and `cleanstation-admin verify-boms`
-- regenerate the BOM from the stored configuration and compare.
CREATE OR REPLACE FUNCTION cs.check_bom(p_top jsonb, p_tree jsonb, p_flat jsonb, p_build text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_bad record;
    v_code text := 'E-BOM-INVALID@' || p_build;
BEGIN
    IF jsonb_typeof(p_tree) IS DISTINCT FROM 'array' OR jsonb_array_length(p_tree) > 50000 THEN
        PERFORM cs.raise_invalid(v_code, 'the BOM tree is missing or has more than 50,000 lines', 'bom');
    END IF;
    IF jsonb_typeof(p_flat) IS DISTINCT FROM 'array' THEN
        PERFORM cs.raise_invalid(v_code, 'the BOM has no flat list', 'bom');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_top) t
                WHERE jsonb_typeof(t) <> 'object' OR jsonb_typeof(t -> 'qty') IS DISTINCT FROM 'number'
                   OR (t ->> 'qty') !~ '^[0-9]{1,3}$' OR (t ->> 'qty')::integer NOT BETWEEN 1 AND 100) THEN
        PERFORM cs.raise_invalid(v_code, 'every top line needs a whole quantity from 1 to 100', 'bom');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_tree) t
                WHERE jsonb_typeof(t) <> 'object' OR jsonb_typeof(t -> 'id') IS DISTINCT FROM 'string'
                   OR jsonb_typeof(t -> 'qty') IS DISTINCT FROM 'number' OR (t ->> 'qty') !~ '^[0-9]{1,5}$'
                   OR jsonb_typeof(t -> 'extQty') IS DISTINCT FROM 'number' OR (t ->> 'extQty') !~ '^[0-9]{1,7}$'
                   OR jsonb_typeof(t -> 'depth') IS DISTINCT FROM 'number' OR (t ->> 'depth') !~ '^[0-9]{1,2}$'
                   OR (jsonb_typeof(t -> 'parent') IS DISTINCT FROM 'null' AND (t ->> 'parent') !~ '^[0-9]{1,5}$')) THEN
        PERFORM cs.raise_invalid(v_code, 'every tree line needs an id and whole quantity, extended quantity, depth and parent', 'bom');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_flat) t
                WHERE jsonb_typeof(t) <> 'object' OR jsonb_typeof(t -> 'id') IS DISTINCT FROM 'string'
                   OR jsonb_typeof(t -> 'qty') IS DISTINCT FROM 'number' OR (t ->> 'qty') !~ '^[0-9]{1,7}$') THEN
        PERFORM cs.raise_invalid(v_code, 'every flat line needs an id and a whole quantity', 'bom');
    END IF;

    -- Shape: parents come first (pre-order), depth one more than the parent's, quantities in bounds,
    -- extended quantity the product down the tree.
    WITH tr AS (SELECT (x.o - 1)::integer AS i, x.t ->> 'id' AS id, (x.t ->> 'qty')::bigint AS qty,
                       (x.t ->> 'extQty')::bigint AS ext, (x.t ->> 'depth')::integer AS depth,
                       (x.t ->> 'parent')::integer AS parent
                  FROM jsonb_array_elements(p_tree) WITH ORDINALITY AS x (t, o))
    SELECT c.i, c.id INTO v_bad FROM tr c LEFT JOIN tr p ON p.i = c.parent
     WHERE c.qty NOT BETWEEN 1 AND 10000 OR c.ext NOT BETWEEN 1 AND 1000000
        OR (c.parent IS NULL AND (c.depth <> 0 OR c.ext <> c.qty))
        OR (c.parent IS NOT NULL AND (p.i IS NULL OR c.parent >= c.i OR c.depth <> p.depth + 1 OR c.ext <> p.ext * c.qty))
     ORDER BY c.i LIMIT 1;
    IF FOUND THEN
        PERFORM cs.raise_invalid(v_code, format('tree line %s (%s): its parent, depth or quantities do not fit the tree',
                                                v_bad.i, v_bad.id), 'bom');
    END IF;
    -- Roots are the top lines with their quantities.
    WITH tr AS (SELECT (x.o - 1)::integer AS i, x.t ->> 'id' AS id, (x.t ->> 'qty')::bigint AS qty,
                       (x.t ->> 'extQty')::bigint AS ext, (x.t ->> 'depth')::integer AS depth,
                       (x.t ->> 'parent')::integer AS parent
                  FROM jsonb_array_elements(p_tree) WITH ORDINALITY AS x (t, o))
    SELECT r.i, r.id INTO v_bad
      FROM (SELECT c.*, row_number() OVER (ORDER BY c.i) AS n FROM tr c WHERE c.parent IS NULL) r
      LEFT JOIN LATERAL (SELECT t FROM jsonb_array_elements(p_top) WITH ORDINALITY AS x (t, o) WHERE x.o = r.n) tl ON true
     WHERE tl.t IS NULL OR tl.t ->> 'id' IS DISTINCT FROM r.id OR (tl.t ->> 'qty')::bigint <> r.qty
     ORDER BY r.i LIMIT 1;
    IF FOUND THEN
        PERFORM cs.raise_invalid(v_code, format('tree root %s (%s) is not the top line of the same place and quantity',
                                                v_bad.i, v_bad.id), 'bom');
    END IF;
    -- Every line's children are the catalog's components of its item, in order, with their quantities;
    -- a line repeating its parent's item (an assembly listing itself) is a leaf.
    WITH tr AS (SELECT (x.o - 1)::integer AS i, x.t ->> 'id' AS id, (x.t ->> 'qty')::bigint AS qty,
                       (x.t ->> 'extQty')::bigint AS ext, (x.t ->> 'depth')::integer AS depth,
                       (x.t ->> 'parent')::integer AS parent
                  FROM jsonb_array_elements(p_tree) WITH ORDINALITY AS x (t, o))
    , kids AS (
        SELECT c.parent AS i, array_agg(c.id || '*' || c.qty ORDER BY c.i) AS k
          FROM tr c WHERE c.parent IS NOT NULL GROUP BY c.parent
    ), expected AS (
        -- The catalog's naming (CONFIGURATION.md 1.2): item X's structure is assembly X, else assembly
        -- ASSY-X, and an ASSY-Y component is the item Y unless an assembly named Y exists.
        SELECT t.i, array_agg(CASE WHEN ac.child_part_id IS NOT NULL THEN ac.child_part_id
                                   WHEN ac.child_assembly_id LIKE 'ASSY-%'
                                        AND NOT EXISTS (SELECT 1 FROM cs.assemblies y
                                                         WHERE y.assembly_id = substr(ac.child_assembly_id, 6))
                                       THEN substr(ac.child_assembly_id, 6)
                                   ELSE ac.child_assembly_id END || '*' || ac.quantity ORDER BY ac.position) AS k
          FROM tr t
          LEFT JOIN tr p ON p.i = t.parent
          -- Joins, not a look-up per line: the planner reads the assemblies once into a hash table where
          -- the catalog is small (a subquery per line read the whole table each time, most of this check).
          LEFT JOIN cs.assemblies a ON a.assembly_id = t.id
          LEFT JOIN cs.assemblies aa ON aa.assembly_id = 'ASSY-' || t.id
          JOIN cs.assembly_components ac ON ac.parent_assembly_id = coalesce(a.assembly_id, aa.assembly_id)
         WHERE p.id IS DISTINCT FROM t.id
         GROUP BY t.i
    )
    SELECT t.i, t.id INTO v_bad FROM tr t
      LEFT JOIN kids ON kids.i = t.i LEFT JOIN expected e ON e.i = t.i
     WHERE kids.k IS DISTINCT FROM e.k
     ORDER BY t.i LIMIT 1;
    IF FOUND THEN
        PERFORM cs.raise_invalid(v_code, format('tree line %s (%s): its lines are not the catalog''s components of %s',
                                                v_bad.i, v_bad.id, v_bad.id), 'bom');
    END IF;
    -- The flat list is the sum of the leaves per id, each id once.
    IF (SELECT count(*) <> count(DISTINCT t ->> 'id') FROM jsonb_array_elements(p_flat) t) THEN
        PERFORM cs.raise_invalid(v_code, 'an id appears twice in the flat list', 'bom');
    END IF;
    WITH tr AS (SELECT (x.o - 1)::integer AS i, x.t ->> 'id' AS id, (x.t ->> 'qty')::bigint AS qty,
                       (x.t ->> 'extQty')::bigint AS ext, (x.t ->> 'depth')::integer AS depth,
                       (x.t ->> 'parent')::integer AS parent
                  FROM jsonb_array_elements(p_tree) WITH ORDINALITY AS x (t, o))
    SELECT coalesce(l.id, f.id) AS id INTO v_bad
      FROM (SELECT c.id, sum(c.ext) AS qty FROM tr c
             WHERE NOT EXISTS (SELECT 1 FROM tr k WHERE k.parent = c.i) GROUP BY c.id) l
      FULL JOIN (SELECT t ->> 'id' AS id, (t ->> 'qty')::bigint AS qty FROM jsonb_array_elements(p_flat) t) f ON f.id = l.id
     WHERE l.qty IS DISTINCT FROM f.qty
     LIMIT 1;
    IF FOUND THEN
        PERFORM cs.raise_invalid(v_code, format('the flat list does not sum the tree''s leaves (%s)', v_bad.id), 'bom');
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Submission and BOM storage
-- ---------------------------------------------------------------------------------------------
-- Stores one BOM version (boms + bom_items) and returns (bom_id, sha256). The BOM object is
-- {"top":[{id,qty,rule,answer,note}], "tree":[{id,qty,extQty,depth,parent,rule}], "flat":[{id,qty}]};
-- the tree's depth-0 rows are the top lines in the same order.
CREATE OR REPLACE FUNCTION cs.store_bom(p_order_id uuid, p_bom_id uuid, p_version integer, p_bom jsonb,
                             p_catalog_revision bigint, p_user uuid, p_build text,
                             OUT bom_id uuid, OUT sha256 text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_top jsonb := p_bom -> 'top';
    v_tree jsonb := p_bom -> 'tree';
    v_roots integer := 0;
    v_unknown text;
    v_rev bigint := coalesce(p_catalog_revision, cs.catalog_revision());
BEGIN
    IF jsonb_typeof(p_bom) IS DISTINCT FROM 'object' OR jsonb_typeof(v_top) IS DISTINCT FROM 'array'
       OR jsonb_array_length(v_top) = 0
       OR (v_tree IS NOT NULL AND jsonb_typeof(v_tree) <> 'array') THEN
        PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build, 'the BOM needs a non-empty "top" list', 'bom');
    END IF;
    IF v_tree IS NULL OR jsonb_array_length(v_tree) = 0 THEN
        v_tree := (SELECT jsonb_agg(jsonb_build_object('id', t -> 'id', 'qty', t -> 'qty', 'extQty', t -> 'qty',
                                                       'depth', 0, 'parent', NULL, 'rule', t -> 'rule')
                                    ORDER BY o)
                   FROM jsonb_array_elements(v_top) WITH ORDINALITY AS x (t, o));
    END IF;
    IF v_rev > cs.catalog_revision() THEN
        PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
            format('catalog revision %s is newer than the database''s (%s)', v_rev, cs.catalog_revision()), 'catalogRevision');
    END IF;
    PERFORM cs.check_bom(v_top, v_tree, p_bom -> 'flat', p_build);
    -- Every id a part, an assembly, or an assembly with the ASSY- prefix (joins, as in cs.check_bom).
    SELECT x.id INTO v_unknown
      FROM (SELECT t ->> 'id' AS id FROM jsonb_array_elements(v_top) t
            UNION SELECT t ->> 'id' FROM jsonb_array_elements(v_tree) t) x
      LEFT JOIN cs.parts p ON p.part_id = x.id
      LEFT JOIN cs.assemblies a ON a.assembly_id = x.id
      LEFT JOIN cs.assemblies aa ON aa.assembly_id = 'ASSY-' || x.id
     WHERE x.id IS NULL OR (p.part_id IS NULL AND a.assembly_id IS NULL AND aa.assembly_id IS NULL)
     LIMIT 1;
    IF FOUND THEN
        PERFORM cs.raise_invalid('E-BOM-ITEM-UNKNOWN@' || p_build,
            format('BOM item %s is not in the catalog', coalesce(v_unknown, '(no id)')), 'bom', '23503');
    END IF;

    bom_id := p_bom_id;
    sha256 := cs.sha256_hex(p_bom::text);
    INSERT INTO cs.boms (bom_id, order_id, generated_by, bom_items, total_unique_parts, total_assemblies,
                         version, content_sha256, catalog_revision)
    VALUES (bom_id, p_order_id, p_user, p_bom,
            (SELECT count(DISTINCT t ->> 'id') FROM jsonb_array_elements(coalesce(p_bom -> 'flat', '[]')) t),
            (SELECT count(DISTINCT t ->> 'id') FROM jsonb_array_elements(v_tree) t
              WHERE EXISTS (SELECT 1 FROM cs.assemblies a WHERE a.assembly_id = t ->> 'id')),
            p_version, sha256, v_rev);

    -- The lines in one statement. cs.check_bom has checked the tree: every parent an earlier line,
    -- depths and quantities, and the roots are the top lines in order (a root takes its top line's rule,
    -- answer and note).
    BEGIN
        INSERT INTO cs.bom_items (bom_id, line_no, parent_line_no, item_id, quantity, extended_quantity,
                                  depth, rule, answer, note)
        SELECT bom_id, l.i, l.parent, l.t ->> 'id', (l.t ->> 'qty')::integer,
               coalesce((l.t ->> 'extQty')::integer, (l.t ->> 'qty')::integer), coalesce((l.t ->> 'depth')::integer, 0),
               CASE WHEN l.parent IS NULL THEN coalesce(v_top -> (l.root - 1) ->> 'rule', l.t ->> 'rule') ELSE l.t ->> 'rule' END,
               CASE WHEN l.parent IS NULL THEN v_top -> (l.root - 1) ->> 'answer' END,
               CASE WHEN l.parent IS NULL THEN v_top -> (l.root - 1) ->> 'note' END
          FROM (SELECT (x.o - 1)::integer AS i, x.t, (x.t ->> 'parent')::integer AS parent,
                       count(*) FILTER (WHERE x.t ->> 'parent' IS NULL) OVER (ORDER BY x.o)::integer AS root
                  FROM jsonb_array_elements(v_tree) WITH ORDINALITY AS x (t, o)) l
         ORDER BY l.i;
    EXCEPTION
        WHEN invalid_text_representation OR numeric_value_out_of_range OR check_violation
             OR not_null_violation OR string_data_right_truncation THEN
            PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
                'a BOM line has a missing or invalid id, quantity or depth (' || SQLERRM || ')', 'bom');
    END;
    SELECT count(*) INTO v_roots FROM jsonb_array_elements(v_tree) t WHERE t ->> 'parent' IS NULL;
    IF v_roots <> jsonb_array_length(v_top) THEN
        PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
            format('the tree has %s top-level lines, the BOM %s', v_roots, jsonb_array_length(v_top)), 'bom');
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.submit_order(p jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'submitting an order');
    o jsonb := p -> 'order';
    v_po text; v_customer text; v_project text; v_sales text; v_want date; v_lang text; v_notes text;
    v_po_id uuid;
    b jsonb;
    cfg jsonb;
    v_build text;
    v_seen text[] := '{}';
    v_order_id uuid;
    v_bom_id uuid;
    v_bom record;
    v_result jsonb := '[]';
BEGIN
    IF jsonb_typeof(p) IS DISTINCT FROM 'object' OR jsonb_typeof(o) IS DISTINCT FROM 'object' THEN
        PERFORM cs.raise_invalid('E-ORDER-INVALID', 'the order object is missing', 'order');
    END IF;
    v_po := btrim(o ->> 'poNumber');
    v_customer := btrim(o ->> 'customerName');
    v_project := nullif(btrim(o ->> 'projectName'), '');
    v_sales := btrim(o ->> 'salesPerson');
    v_notes := o ->> 'notes';
    IF coalesce(length(v_po), 0) < 3 THEN
        PERFORM cs.raise_invalid('E-PO-MIN3', 'the PO number needs at least 3 characters', 'poNumber');
    END IF;
    IF length(v_po) > 100 THEN
        PERFORM cs.raise_invalid('E-PO-MAX', 'the PO number has more than 100 characters', 'poNumber', '22001');
    END IF;
    IF coalesce(length(v_customer), 0) < 3 THEN
        PERFORM cs.raise_invalid('E-CUSTOMER-MIN3', 'the customer name needs at least 3 characters', 'customerName');
    END IF;
    IF length(v_customer) > 255 THEN
        PERFORM cs.raise_invalid('E-CUSTOMER-MAX', 'the customer name has more than 255 characters', 'customerName', '22001');
    END IF;
    IF v_project IS NOT NULL AND length(v_project) < 3 THEN
        PERFORM cs.raise_invalid('E-PROJECT-MIN3', 'the project name needs at least 3 characters', 'projectName');
    END IF;
    IF length(v_project) > 255 THEN
        PERFORM cs.raise_invalid('E-PROJECT-MAX', 'the project name has more than 255 characters', 'projectName', '22001');
    END IF;
    IF coalesce(length(v_sales), 0) < 3 THEN
        PERFORM cs.raise_invalid('E-SALES-MIN3', 'the sales person needs at least 3 characters', 'salesPerson');
    END IF;
    IF length(v_sales) > 255 THEN
        PERFORM cs.raise_invalid('E-SALES-MAX', 'the sales person has more than 255 characters', 'salesPerson', '22001');
    END IF;
    BEGIN
        v_want := (o ->> 'wantDate')::date;
    EXCEPTION WHEN OTHERS THEN
        v_want := NULL;
    END;
    IF v_want IS NULL OR v_want <= CURRENT_DATE THEN
        PERFORM cs.raise_invalid('E-WANTDATE-FUTURE',
            format('the want date must be after today (%s)', to_char(CURRENT_DATE, 'YYYY-MM-DD')), 'wantDate');
    END IF;
    v_lang := coalesce(o ->> 'language', 'EN');
    IF v_lang NOT IN ('EN', 'FR', 'ES') THEN
        PERFORM cs.raise_invalid('E-LANGUAGE', 'the document language must be EN, FR or ES', 'language');
    END IF;
    IF p ->> 'family' IS DISTINCT FROM 'MDRD' THEN
        PERFORM cs.raise_invalid('E-FAMILY-UNAVAILABLE', 'only the MDRD family can be ordered', 'family');
    END IF;
    IF jsonb_typeof(p -> 'builds') IS DISTINCT FROM 'array' OR jsonb_array_length(p -> 'builds') < 1 THEN
        PERFORM cs.raise_invalid('E-QTY-RANGE', 'an order needs at least one build', 'builds');
    END IF;
    FOR b IN SELECT * FROM jsonb_array_elements(p -> 'builds') LOOP
        v_build := btrim(b ->> 'buildNumber');
        IF coalesce(length(v_build), 0) < 3 THEN
            PERFORM cs.raise_invalid('E-BUILD-MIN3', format('build number "%s" needs at least 3 characters', coalesce(v_build, '')), 'buildNumber');
        END IF;
        IF v_build !~ '^[A-Za-z0-9-]{3,100}$' THEN
            PERFORM cs.raise_invalid('E-BUILD-CHARS', format('build number "%s" may contain only letters, digits and - (at most 100)', v_build), 'buildNumber');
        END IF;
        IF upper(v_build) = ANY (v_seen) THEN
            PERFORM cs.raise_invalid('E-BUILD-UNIQUE', format('build number %s appears twice in this order', v_build), 'buildNumber', '23505');
        END IF;
        IF EXISTS (SELECT 1 FROM cs.orders WHERE upper(build_number) = upper(v_build)) THEN
            PERFORM cs.raise_invalid('E-BUILD-UNIQUE', format('build number %s is already used by another order', v_build), 'buildNumber', '23505');
        END IF;
        IF jsonb_typeof(b -> 'config') IS DISTINCT FROM 'object' THEN
            PERFORM cs.raise_invalid('E-BUILD-CONFIG-MISSING@' || v_build, format('build %s has no configuration', v_build), 'config');
        END IF;
        v_seen := v_seen || upper(v_build);
    END LOOP;
    IF EXISTS (SELECT 1 FROM cs.purchase_orders WHERE upper(btrim(po_number)) = upper(v_po)) THEN
        PERFORM cs.raise_invalid('E-PO-UNIQUE', format('purchase order %s is already used by another order', v_po), 'poNumber', '23505');
    END IF;

    BEGIN
        INSERT INTO cs.purchase_orders (po_number, created_by) VALUES (v_po, me.user_id) RETURNING po_id INTO v_po_id;
    EXCEPTION WHEN unique_violation THEN
        PERFORM cs.raise_invalid('E-PO-UNIQUE', format('purchase order %s is already used by another order', v_po), 'poNumber', '23505');
    END;

    FOR b IN SELECT * FROM jsonb_array_elements(p -> 'builds') LOOP
        v_build := btrim(b ->> 'buildNumber');
        cfg := b -> 'config';
        v_order_id := gen_random_uuid();
        v_bom_id := gen_random_uuid();
        BEGIN
            INSERT INTO cs.orders (order_id, po_id, po_number, build_number, customer_name, project_name, sales_person,
                                   want_date, order_language, notes, sink_family, sink_model, sink_dimensions,
                                   legs_type, legs_model, feet_type, has_pegboard, pegboard_color, pegboard_type,
                                   pegboard_size, workflow_direction, basin_configurations, faucet_configurations,
                                   sprayer_configurations, selected_accessories, config, generated_bom_id, created_by)
            VALUES (v_order_id, v_po_id, v_po, v_build, v_customer, v_project, v_sales, v_want,
                    v_lang::cs.language_enum, v_notes, 'MDRD', left(cfg ->> 'model', 50),
                    jsonb_build_object('width', cfg -> 'widthIn', 'length', cfg -> 'lengthIn'),
                    left(cfg #>> '{legs,height}', 100), left(cfg #>> '{legs,model}', 100), left(cfg ->> 'feet', 100),
                    coalesce(jsonb_typeof(cfg -> 'pegboard') = 'object', false), left(cfg #>> '{pegboard,color}', 50),
                    left(cfg #>> '{pegboard,type}', 50), cfg #> '{pegboard,size}', left(cfg ->> 'workflowDirection', 50),
                    cfg -> 'basins', cfg -> 'faucets', cfg -> 'sprayers', cfg -> 'accessories', cfg, v_bom_id,
                    me.user_id);
        EXCEPTION WHEN unique_violation THEN
            PERFORM cs.raise_invalid('E-BUILD-UNIQUE', format('build number %s is already used by another order', v_build), 'buildNumber', '23505');
        END;
        SELECT * INTO v_bom FROM cs.store_bom(v_order_id, v_bom_id, 1, b -> 'bom',
                                             (b ->> 'catalogRevision')::bigint, me.user_id, v_build);
        INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
        VALUES (v_order_id, me.user_id, 'OrderCreated', NULL, 'OrderCreated', 'Order submitted');
        v_result := v_result || jsonb_build_object('buildNumber', v_build, 'orderId', v_order_id,
                                                   'bomId', v_bom.bom_id, 'bomSha256', v_bom.sha256);
    END LOOP;
    RETURN jsonb_build_object('poId', v_po_id, 'builds', v_result);
END
$$;

-- Regeneration (CONFIGURATION.md 9.14): a new BOM version while the order is OrderCreated; any
-- approval of the previous version no longer counts (the gate looks at the current version).
CREATE OR REPLACE FUNCTION cs.regenerate_bom(p_order_id uuid, p_bom jsonb, p_catalog_revision bigint, p_note text,
                                  p_expected_row_version integer) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'regenerating a BOM');
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    v_bom record;
    v_version integer;
BEGIN
    IF o.status <> 'OrderCreated' THEN
        PERFORM cs.raise_invalid('E-BOM-LOCKED', 'a BOM can be regenerated only while the order is OrderCreated', 'status', '23514');
    END IF;
    SELECT coalesce(max(version), 0) + 1 INTO v_version FROM cs.boms WHERE order_id = o.order_id;
    SELECT * INTO v_bom FROM cs.store_bom(o.order_id, gen_random_uuid(), v_version, p_bom, p_catalog_revision,
                                         me.user_id, o.build_number);
    UPDATE cs.orders SET generated_bom_id = v_bom.bom_id WHERE order_id = o.order_id;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'BomRegenerated', o.status, o.status,
            format('BOM version %s. %s', v_version, coalesce(p_note, '')));
    RETURN jsonb_build_object('bomId', v_bom.bom_id, 'bomSha256', v_bom.sha256, 'version', v_version);
END
$$;

-- A frozen BOM's content never changes; regeneration inserts a new version.
CREATE OR REPLACE FUNCTION cs.tg_bom_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.bom_items IS DISTINCT FROM OLD.bom_items OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
       OR NEW.order_id IS DISTINCT FROM OLD.order_id OR NEW.version IS DISTINCT FROM OLD.version THEN
        RAISE EXCEPTION 'E-BOM-FROZEN: a submitted BOM is frozen; regenerate it as a new version'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Direct edits, their history, deletion
-- ---------------------------------------------------------------------------------------------
-- Direct UPDATEs by clients (the column grants at the end of this file): only while OrderCreated,
-- only Coordinator or Admin, and the same field rules as submission. Functions (running as
-- cs_owner) are not limited.
CREATE OR REPLACE FUNCTION cs.tg_orders_direct_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY INVOKER SET search_path = cs, pg_temp AS $$
BEGIN
    IF current_user = 'cs_owner' OR cs.session_is_superuser() THEN
        RETURN NEW;
    END IF;
    PERFORM cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'editing an order');
    IF OLD.status <> 'OrderCreated' THEN
        RAISE EXCEPTION 'E-ORDER-LOCKED: build % can be edited only while OrderCreated (it is %)', OLD.build_number, OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.want_date IS DISTINCT FROM OLD.want_date AND NEW.want_date <= CURRENT_DATE THEN
        PERFORM cs.raise_invalid('E-WANTDATE-FUTURE', 'the want date must be after today', 'wantDate');
    END IF;
    IF length(btrim(NEW.customer_name)) < 3 THEN
        PERFORM cs.raise_invalid('E-CUSTOMER-MIN3', 'the customer name needs at least 3 characters', 'customerName');
    END IF;
    IF length(btrim(NEW.sales_person)) < 3 THEN
        PERFORM cs.raise_invalid('E-SALES-MIN3', 'the sales person needs at least 3 characters', 'salesPerson');
    END IF;
    IF NEW.project_name IS NOT NULL AND length(btrim(NEW.project_name)) < 3 THEN
        PERFORM cs.raise_invalid('E-PROJECT-MIN3', 'the project name needs at least 3 characters', 'projectName');
    END IF;
    RETURN NEW;
END
$$;

-- The 'Edited' history entry of a direct edit (trigger orders_edit_history): one per changed row,
-- as the person logged in, its note naming the changed fields in the order of the order page's form;
-- nothing when no field really changed. The workflow functions write their own entries and never
-- touch these six fields, so a status change adds no 'Edited' entry.
-- SECURITY DEFINER: people have no INSERT on cs.order_history (history is written for them, never
-- by them), as in the workflow functions.
CREATE OR REPLACE FUNCTION cs.tg_orders_edit_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_me uuid := cs.caller_user_id();
    v_fields text[] := ARRAY[]::text[];
BEGIN
    -- The column names, in the order of the order page's form (the client maps them to words). For
    -- the two optional texts, empty and NULL both mean "none": cs.submit_order keeps the '' it is
    -- sent for "no notes" and a later save writes NULL, which is not a change anybody made.
    IF NEW.customer_name IS DISTINCT FROM OLD.customer_name THEN v_fields := v_fields || 'customer_name'::text; END IF;
    IF nullif(NEW.project_name, '') IS DISTINCT FROM nullif(OLD.project_name, '') THEN
        v_fields := v_fields || 'project_name'::text;
    END IF;
    IF NEW.sales_person IS DISTINCT FROM OLD.sales_person THEN v_fields := v_fields || 'sales_person'::text; END IF;
    IF NEW.want_date IS DISTINCT FROM OLD.want_date THEN v_fields := v_fields || 'want_date'::text; END IF;
    IF NEW.order_language IS DISTINCT FROM OLD.order_language THEN
        v_fields := v_fields || 'order_language'::text;
    END IF;
    IF nullif(NEW.notes, '') IS DISTINCT FROM nullif(OLD.notes, '') THEN v_fields := v_fields || 'notes'::text; END IF;
    IF cardinality(v_fields) = 0 THEN
        RETURN NULL;
    END IF;
    IF v_me IS NULL THEN
        -- Only a superuser without a CleanStation profile gets here (maintenance by hand); people are
        -- stopped before by cs.tg_orders_direct_update (E-NO-PROFILE / E-USER-INACTIVE). There is
        -- nobody to name: the audit log keeps the change with the login that made it.
        RETURN NULL;
    END IF;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (NEW.order_id, v_me, 'Edited', OLD.status, NEW.status, array_to_string(v_fields, ', '));
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION cs.delete_order(p_order_id uuid, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'deleting an order');
    o cs.orders;
BEGIN
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: deleting an order needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    o := cs.lock_order_row(p_order_id);
    -- The deletion record keeps the reason, the order and its history after the cascade took them (the
    -- audit log keeps every deleted row too).
    INSERT INTO cs.order_deletions (order_id, po_number, build_number, customer_name, status_at_deletion, reason,
                                    deleted_by, deleted_at, order_row, history, documents)
    VALUES (o.order_id, o.po_number, o.build_number, o.customer_name, o.status, btrim(p_reason), me.user_id, now(),
            to_jsonb(o),
            coalesce((SELECT jsonb_agg(to_jsonb(h) ORDER BY h.created_at, h.history_id) FROM cs.order_history h
                       WHERE h.order_id = o.order_id), '[]'),
            coalesce((SELECT jsonb_agg(jsonb_build_object('documentId', d.document_id, 'filename', d.filename,
                                                          'documentType', d.document_type, 'fileSize', d.file_size,
                                                          'sha256', d.content_sha256, 'uploadedBy', d.uploaded_by,
                                                          'uploadedAt', d.uploaded_at) ORDER BY d.uploaded_at, d.document_id)
                        FROM cs.order_documents d WHERE d.order_id = o.order_id), '[]'));
    UPDATE cs.orders SET generated_bom_id = NULL WHERE order_id = o.order_id;
    DELETE FROM cs.orders WHERE order_id = o.order_id;
    DELETE FROM cs.purchase_orders po WHERE po.po_id = o.po_id
       AND NOT EXISTS (SELECT 1 FROM cs.orders x WHERE x.po_id = o.po_id);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------------------------
-- The order list for every role (Service sees the list only, WORKFLOW.md 3): no configuration,
-- no notes. Owned by cs_owner, so it reads orders with the owner's rights.
CREATE OR REPLACE VIEW cs.order_list AS
    SELECT o.order_id, o.po_id, o.po_number, o.build_number, o.customer_name, o.project_name, o.sales_person,
           o.want_date, o.order_language, o.sink_family, o.sink_model, o.status, o.current_assignee,
           u.full_name AS assignee_name, o.row_version, o.created_at, o.updated_at
    FROM cs.orders o LEFT JOIN cs.users u ON u.user_id = o.current_assignee;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.order_list TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Production roles (not Service): order details, BOMs, history, documents.
GRANT SELECT ON cs.orders, cs.purchase_orders, cs.order_history, cs.boms, cs.bom_items
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
GRANT SELECT (document_id, order_id, filename, file_url, file_type, content, content_sha256, file_size,
              uploaded_by, uploaded_at, document_type)
    ON cs.order_documents TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
-- People write orders and documents through functions only (cs.update_order, cs.attach_document with its
-- quotas, cs.delete_document: 85_record_writes.sql): a table or column write grant would also let them
-- lock rows (SELECT ... FOR UPDATE) or whole tables (LOCK TABLE) that others need (issue 11). The
-- grants of earlier versions are taken back (a revoke on the table takes the column grants too).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.orders, cs.order_documents, cs.purchase_orders, cs.order_history,
                                           cs.boms, cs.bom_items
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

GRANT EXECUTE ON FUNCTION cs.submit_order(jsonb), cs.regenerate_bom(uuid, jsonb, bigint, text, integer)
    TO cs_coordinator, cs_admin;
GRANT EXECUTE ON FUNCTION cs.delete_order(uuid, text) TO cs_admin;
