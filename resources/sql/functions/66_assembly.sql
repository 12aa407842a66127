-- Repeatable file 66_assembly: the assembler's bench (issue 13), read side. Where a build stands in
-- its production for the person asking: who has it and whether they may claim it (and why not, in
-- words), the production checks (CLP) and what they still need, the end-of-line test (CLT) attempt
-- and its result, the packing list still to confirm, and whether the closing statement is signed.
-- The writes are the checklist functions (62_checklists.sql) and the workflow's (50_workflow.sql).
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- Why the caller may not claim the build, in words; NULL when they may.
CREATE OR REPLACE FUNCTION cs.asm_claim_blocked_by(me cs.users, o cs.orders) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT CASE
        WHEN me.user_id IS NULL OR NOT me.is_active THEN 'You have no active CleanStation profile.'
        WHEN me.role <> 'Assembler' THEN format('Only an assembler claims a build (you are %s); a coordinator or an admin assigns it.', me.role)
        WHEN o.status NOT IN ('ReadyForProduction', 'ReworkPreQC', 'ReworkFinalQC')
            THEN format('Only a build ready for production or in rework can be claimed (build %s is %s).', o.build_number, o.status)
        WHEN o.current_assignee = me.user_id THEN 'You have claimed this build.'
        WHEN a.user_id IS NOT NULL AND a.is_active
             AND CASE WHEN o.status IN ('ReworkPreQC', 'ReworkFinalQC') THEN a.role = 'Assembler' ELSE cs.assignee_fits(a.role, o.status) END
            THEN format('Build %s is claimed by %s.', o.build_number, a.full_name)
        END
      FROM (SELECT 1) one LEFT JOIN cs.users a ON a.user_id = o.current_assignee
$$;

CREATE OR REPLACE FUNCTION cs.assembly_state(p_order_id uuid) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users;
    o cs.orders;
    clp cs.qc_checklists;
    clt cs.qc_checklists;
    v_blocked text;
    v_result text;
    v_packing jsonb := '[]';
BEGIN
    SELECT * INTO me FROM cs.users WHERE username = session_user;
    IF me.user_id IS NULL OR NOT me.is_active THEN
        PERFORM cs.require_role(enum_range(NULL::cs.user_role_enum), 'reading the assembly state');
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    v_blocked := cs.asm_claim_blocked_by(me, o);
    -- The CLP: the one in progress, else the latest signed.
    SELECT * INTO clp FROM cs.qc_checklists WHERE order_id = o.order_id AND kind = 'CLP'
     ORDER BY state = 'open' DESC, attempt DESC, revision DESC LIMIT 1;
    SELECT * INTO clt FROM cs.qc_checklists WHERE order_id = o.order_id AND kind = 'CLT'
     ORDER BY attempt DESC, revision DESC LIMIT 1;
    IF clt.checklist_id IS NOT NULL AND clt.result_id IS NOT NULL THEN
        SELECT r.overall_status::text INTO v_result FROM cs.testing_results r WHERE r.result_id = clt.result_id;
    END IF;
    IF clp.checklist_id IS NOT NULL AND clp.state = 'open' THEN
        SELECT coalesce(jsonb_agg(g.message ORDER BY g.position, g.item_id), '[]') INTO v_packing
          FROM cs.cl_gaps(clp.checklist_id, ARRAY['S4'], false) g;
    END IF;
    RETURN jsonb_build_object(
        'status', o.status,
        'assignee', (SELECT jsonb_build_object('username', u.username, 'name', u.full_name) FROM cs.users u
                      WHERE u.user_id = o.current_assignee),
        'canClaim', v_blocked IS NULL,
        'claimBlockedBy', v_blocked,
        'clp', CASE WHEN clp.checklist_id IS NOT NULL THEN
                   jsonb_build_object('id', clp.checklist_id, 'attempt', clp.attempt, 'state', clp.state,
                                      'missing', (SELECT coalesce(jsonb_agg(m.message), '[]') FROM cs.cl_missing(clp.checklist_id) m)) END,
        'clt', CASE WHEN clt.checklist_id IS NOT NULL THEN
                   jsonb_build_object('id', clt.checklist_id, 'attempt', clt.attempt, 'state', clt.state, 'result', v_result) END,
        'packingMissing', v_packing,
        'closingSigned', coalesce(clp.state = 'signed', false),
        'rework', cs.rw_state(me, o));
END
$$;

GRANT EXECUTE ON FUNCTION cs.assembly_state(uuid) TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
