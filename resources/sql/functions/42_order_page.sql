-- Repeatable file 42_order_page: the order page's read in one call.
--   * cs.order_page(order, parts): everything the order page shows, as one json object: the order with
--     its current BOM's header, the timeline, the status moves open to the caller's role, the documents,
--     the people the build may be assigned to (coordinators and admins only) and the current BOM
--     (cs.bom_page). NULL when there is no such order (or the caller may not see it).
--   * cs.bom_page(bom): a BOM as the page shows it: its header, its frozen object, the tree with the
--     catalog's names, the procurement list, and the decisions on every version of the build's BOM with
--     their signatures.
-- Why a function: the page used to send eleven statements (a transaction, its isolation level and a
-- statement per part), each parsed and planned at every opening. PL/pgSQL keeps the plans of its
-- statements for the session, and a STABLE function reads every part in the snapshot of its one
-- calling statement, so the parts agree with each other as the REPEATABLE READ transaction made them.
-- The plans are generic from the first call (plan_cache_mode): a person opens a few orders an hour, so
-- PostgreSQL's default (a custom plan for each of the first five runs) would plan nearly every opening;
-- every statement here finds its rows by a key, which a generic plan does as well.
-- SECURITY INVOKER (the default): every table is read with the caller's own grants and row policies,
-- exactly as the statements were; the service department, without a grant on cs.orders, is refused.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE OR REPLACE FUNCTION cs.bom_page(p_bom_id uuid) RETURNS json
    LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_bom json;
    v_order uuid;
BEGIN
    SELECT json_build_object('id', b.bom_id, 'version', b.version, 'status', b.status,
                             'sha256', b.content_sha256, 'catalog_revision', b.catalog_revision,
                             'items', b.bom_items),
           b.order_id
      INTO v_bom, v_order
      FROM cs.boms b
     WHERE b.bom_id = p_bom_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    -- The catalog name of an item: a part, an assembly, or an assembly named with the ASSY- prefix (each
    -- id is a key, so each join adds at most one row). Joins rather than a subquery per line: where the
    -- catalog is small the planner reads each table once into a hash table, where a subquery read the
    -- whole table again for every line. The procurement list's ids are the tree's leaves (cs.check_bom
    -- refuses to store a BOM whose flat list is not the sum of its leaves), so they take their names from
    -- the tree.
    RETURN (WITH line AS (
                SELECT i.*, coalesce(p.name, a.name, aa.name, '') AS name
                  FROM cs.bom_items i
                  LEFT JOIN cs.parts p ON p.part_id = i.item_id
                  LEFT JOIN cs.assemblies a ON a.assembly_id = i.item_id
                  LEFT JOIN cs.assemblies aa ON aa.assembly_id = 'ASSY-' || i.item_id
                 WHERE i.bom_id = p_bom_id)
    SELECT json_build_object(
        'bom', v_bom,
        'tree', (SELECT coalesce(json_agg(json_build_object(
                            'line', l.line_no, 'parent', l.parent_line_no, 'id', l.item_id, 'name', l.name,
                            'qty', l.quantity, 'extended', l.extended_quantity, 'depth', l.depth,
                            'rule', l.rule, 'answer', l.answer, 'note', l.note) ORDER BY l.line_no), '[]')
                   FROM line l),
        -- The procurement list: the frozen, merged leaf list of the BOM.
        'flat', (SELECT coalesce(json_agg(json_build_object(
                            'id', f ->> 'id', 'name', coalesce(n.name, ''), 'qty', (f ->> 'qty')::bigint)
                            ORDER BY f ->> 'id'), '[]')
                   FROM cs.boms b
                  CROSS JOIN jsonb_array_elements(coalesce(b.bom_items -> 'flat', '[]')) f
                   LEFT JOIN (SELECT DISTINCT l.item_id, l.name FROM line l) n ON n.item_id = f ->> 'id'
                  WHERE b.bom_id = p_bom_id),
        'approvals', (SELECT coalesce(json_agg(json_build_object(
                                 'action', ba.action, 'who', coalesce(s.printed_name, u.full_name),
                                 'at', coalesce(s.signed_at, ba.created_at), 'notes', ba.notes,
                                 'meaning', s.meaning, 'sha256', s.content_sha256, 'version', b.version)
                                 ORDER BY ba.created_at), '[]')
                        FROM cs.bom_approvals ba
                        JOIN cs.boms b ON b.bom_id = ba.bom_id
                        LEFT JOIN cs.users u ON u.user_id = ba.user_id
                        LEFT JOIN cs.signatures s ON s.signature_id = ba.signature_id
                       WHERE b.order_id = v_order)));
END
$$;

-- p_parts names the parts wanted besides the order itself ('history', 'transitions', 'documents',
-- 'assignable', 'bom'); NULL for all of them. A part not asked for is null in the object, as is the
-- BOM of a build without one.
CREATE OR REPLACE FUNCTION cs.order_page(p_order_id uuid, p_parts text[] DEFAULT NULL) RETURNS json
    LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_order json;
    v_status cs.order_status_enum;
    v_bom uuid;
    v_role cs.user_role_enum;
BEGIN
    SELECT json_build_object('id', o.order_id, 'po', o.po_number, 'build', o.build_number,
                             'customer', o.customer_name, 'project', o.project_name, 'sales', o.sales_person,
                             'want', o.want_date, 'language', o.order_language, 'notes', o.notes,
                             'family', o.sink_family, 'model', o.sink_model, 'status', o.status,
                             'assignee_id', o.current_assignee, 'assignee', a.full_name, 'created_by', c.full_name,
                             'row_version', o.row_version, 'created_at', o.created_at, 'updated_at', o.updated_at,
                             'config', o.config, 'bom_id', b.bom_id, 'bom_version', b.version, 'bom_status', b.status,
                             'bom_sha256', b.content_sha256, 'bom_generated_at', b.generated_at,
                             'catalog_revision', b.catalog_revision),
           o.status, o.generated_bom_id
      INTO v_order, v_status, v_bom
      FROM cs.orders o
      LEFT JOIN cs.users a ON a.user_id = o.current_assignee
      LEFT JOIN cs.users c ON c.user_id = o.created_by
      LEFT JOIN cs.boms b ON b.bom_id = o.generated_bom_id
     WHERE o.order_id = p_order_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_role := cs.caller_role();
    RETURN json_build_object(
        'order', v_order,
        'history', CASE WHEN p_parts IS NULL OR 'history' = ANY (p_parts) THEN
            (SELECT coalesce(json_agg(json_build_object(
                            'at', h.created_at, 'who', u.full_name, 'action', h.action, 'from', h.old_status,
                            'to', h.new_status, 'notes', h.notes, 'forced', h.forced)
                            ORDER BY h.created_at, h.history_id), '[]')
               FROM cs.order_history h
               LEFT JOIN cs.users u ON u.user_id = h.user_id
              WHERE h.order_id = p_order_id) END,
        'transitions', CASE WHEN p_parts IS NULL OR 'transitions' = ANY (p_parts) THEN
            (SELECT coalesce(json_agg(json_build_object('to', t.to_status, 'note_required', t.note_required,
                                                        'gate', t.gate) ORDER BY t.to_status), '[]')
               FROM cs.order_transitions t
              WHERE t.from_status = v_status AND v_role = ANY (t.allowed_roles)) END,
        'documents', CASE WHEN p_parts IS NULL OR 'documents' = ANY (p_parts) THEN
            (SELECT coalesce(json_agg(json_build_object(
                            'id', d.document_id, 'filename', d.filename, 'file_type', d.file_type,
                            'document_type', d.document_type, 'size', d.file_size, 'sha256', d.content_sha256,
                            'uploaded_by', u.full_name, 'uploaded_at', d.uploaded_at)
                            ORDER BY d.uploaded_at, d.filename), '[]')
               FROM cs.order_documents d
               LEFT JOIN cs.users u ON u.user_id = d.uploaded_by
              WHERE d.order_id = p_order_id) END,
        -- The roles that fit a build in each status, as cs.assign_order checks them (admins fit every
        -- status); only for those who may assign.
        'assignable', CASE WHEN p_parts IS NULL OR 'assignable' = ANY (p_parts) THEN
            (SELECT coalesce(json_agg(json_build_object('username', u.username, 'name', u.full_name)
                                      ORDER BY u.full_name), '[]')
               FROM cs.users u
              WHERE v_role IN ('ProductionCoordinator', 'Admin') AND u.is_active
                AND (u.role = 'Admin' OR u.role = ANY (
                     CASE WHEN v_status IN ('OrderCreated', 'PartsSent') THEN ARRAY['ProcurementSpecialist']::cs.user_role_enum[]
                          WHEN v_status IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN ARRAY['QCPerson']::cs.user_role_enum[]
                          WHEN v_status IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete')
                               THEN ARRAY['Assembler']::cs.user_role_enum[]
                          ELSE enum_range(NULL::cs.user_role_enum) END))) END,
        'bom', CASE WHEN (p_parts IS NULL OR 'bom' = ANY (p_parts)) AND v_bom IS NOT NULL THEN cs.bom_page(v_bom) END);
END
$$;

REVOKE ALL ON FUNCTION cs.bom_page(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION cs.order_page(uuid, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.bom_page(uuid), cs.order_page(uuid, text[])
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
