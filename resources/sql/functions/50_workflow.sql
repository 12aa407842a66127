-- Repeatable file 50_workflow: the order workflow (WORKFLOW.md 2.2, 2.3).
--   * Status changes: cs.transition_order() follows cs.order_transitions (from, to, roles, whether a
--     note is required, the gate), checks the gate (approved BOM, signed Pre-QC / test / Final QC
--     results) and writes the history; Admin's forced status change with a reason.
--   * Assignment: a coordinator assigns a build to a person whose role fits its status; an assembler
--     claims a build ReadyForProduction that nobody (or a role that does not fit it) holds; each status
--     change keeps the assignee only when their role fits the new status (WORKFLOW.md 2.3).
--   * The assembler's steps (issue 13): the claimant's or an Admin's; ReadyForProduction ->
--     TestingComplete and PackagingComplete -> ReadyForFinalQC only by signing the CLT and the CLP
--     closing statement (62_checklists.sql), TestingComplete -> PackagingComplete once the packing list
--     (CLP S4) is confirmed; on hold for parts with a reason.
--   * Rework: ReworkPreQC -> ReadyForPreQC and ReworkFinalQC -> ReadyForFinalQC only by recording the
--     rework (67_rework.sql); an assembler claims a build in rework like one ready for production.
--   * cs.transition_order checks the role and the rule before the row version, so that a refusal says
--     the real reason.
--   * cs.lock_order(): the row lock and the optimistic concurrency check (E-STALE) of every change.
--   * The grants on the transition table and the workflow functions.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Status changes
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.parse_status(p_status text) RETURNS cs.order_status_enum LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_status IS NULL OR NOT p_status = ANY (enum_range(NULL::cs.order_status_enum)::text[]) THEN
        RAISE EXCEPTION 'E-STATUS-UNKNOWN: unknown order status "%"', p_status
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'status';
    END IF;
    RETURN p_status::cs.order_status_enum;
END
$$;

-- Locks the order row and checks the caller's row version.
CREATE OR REPLACE FUNCTION cs.lock_order(p_order_id uuid, p_expected_row_version integer) RETURNS cs.orders
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    o cs.orders;
BEGIN
    o := cs.lock_order_row(p_order_id);
    IF p_expected_row_version IS NULL OR o.row_version <> p_expected_row_version THEN
        RAISE EXCEPTION 'E-STALE: build % was changed by someone else in the meantime; reload it and try again', o.build_number
            USING ERRCODE = 'serialization_failure',
                  DETAIL = format('current row version %s, yours %s', o.row_version, coalesce(p_expected_row_version::text, 'none'));
    END IF;
    RETURN o;
END
$$;

-- The gate of a transition. Pre-QC and Final QC: the latest signed result of the build's current
-- attempt (the newest checklist record of that QC type; a correction replaces the record it corrects)
-- is a PASS, or a FAIL, as the gate needs; a Final QC PASS also has HI-POT = Yes in its signed answers
-- and a signed end-of-line test PASS on record. Results recorded without a checklist do not count.
CREATE OR REPLACE FUNCTION cs.check_gate(o cs.orders, p_gate text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_qc cs.qc_results;
    v_test cs.testing_results;
    v_type cs.qc_form_type_enum;
    v_what text;
    v_code text;
BEGIN
    IF p_gate IS NULL THEN
        RETURN;
    ELSIF p_gate = 'bom_approved' THEN
        IF NOT EXISTS (SELECT 1 FROM cs.boms WHERE bom_id = o.generated_bom_id AND status = 'Approved') THEN
            RAISE EXCEPTION 'E-GATE-BOM-NOT-APPROVED: the BOM of build % is not approved', o.build_number
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF p_gate IN ('preqc_pass', 'preqc_fail', 'finalqc_pass', 'finalqc_fail') THEN
        v_type := CASE WHEN p_gate LIKE 'preqc%' THEN 'PreQC' ELSE 'FinalQC' END;
        v_what := CASE v_type WHEN 'PreQC' THEN 'Pre-QC' ELSE 'Final QC' END;
        v_code := CASE v_type WHEN 'PreQC' THEN 'PREQC' ELSE 'FINALQC' END;
        SELECT r.* INTO v_qc
          FROM cs.qc_checklists c JOIN cs.qc_results r ON r.result_id = c.result_id
         WHERE c.order_id = o.order_id AND c.qc_type = v_type AND c.state = 'signed'
           AND c.attempt = (SELECT max(x.attempt) FROM cs.qc_checklists x WHERE x.order_id = o.order_id AND x.qc_type = v_type)
         ORDER BY c.revision DESC LIMIT 1;
        IF p_gate LIKE '%pass' AND (v_qc.result_id IS NULL OR v_qc.overall_status <> 'Pass' OR v_qc.signature_id IS NULL) THEN
            RAISE EXCEPTION 'E-GATE-%-NOT-PASSED: build % has no signed % checklist PASS in its current attempt', v_code,
                o.build_number, v_what USING ERRCODE = 'check_violation';
        END IF;
        IF p_gate LIKE '%fail' AND (v_qc.result_id IS NULL OR v_qc.overall_status <> 'Fail' OR v_qc.signature_id IS NULL) THEN
            RAISE EXCEPTION 'E-GATE-%-NOT-FAILED: build % has no signed % checklist FAIL in its current attempt', v_code,
                o.build_number, v_what USING ERRCODE = 'check_violation';
        END IF;
        IF p_gate = 'finalqc_pass' THEN
            IF NOT EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v_qc.item_results->'answers') = 'array'
                                                                   THEN v_qc.item_results->'answers' ELSE '[]' END) a
                            WHERE a->>'section' = 'header' AND a->>'item' = 'H.hipot' AND a->'value' = 'true'::jsonb) THEN
                RAISE EXCEPTION 'E-GATE-HIPOT: the signed Final QC of build % does not record HI-POT test completed = Yes', o.build_number
                    USING ERRCODE = 'check_violation';
            END IF;
            PERFORM cs.check_gate(o, 'test_pass');
        END IF;
    ELSIF p_gate = 'test_pass' THEN
        SELECT * INTO v_test FROM cs.testing_results WHERE order_id = o.order_id
         ORDER BY performed_at DESC, result_id LIMIT 1;
        IF v_test.result_id IS NULL OR v_test.overall_status <> 'Pass' OR v_test.signature_id IS NULL
           OR v_test.checklist_id IS NULL THEN
            RAISE EXCEPTION 'E-GATE-TEST-NOT-PASSED: build % has no signed end-of-line test Pass as its latest result', o.build_number
                USING ERRCODE = 'check_violation';
        END IF;
        -- A rework that touched a test procedure after that PASS asks for a new one (67_rework.sql).
        IF EXISTS (SELECT 1 FROM cs.rework_records w WHERE w.order_id = o.order_id AND cardinality(w.touched_tests) > 0
                                                       AND w.recorded_at > v_test.performed_at) THEN
            RAISE EXCEPTION 'E-GATE-TEST-NOT-REPEATED: the rework of build % touched its end-of-line test; the test has not passed since', o.build_number
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.transition_order(p_order_id uuid, p_to_status text, p_note text,
                                    p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'changing an order status');
    v_to cs.order_status_enum := cs.parse_status(p_to_status);
    o cs.orders := cs.lock_order_row(p_order_id);
    t cs.order_transitions;
BEGIN
    -- The role and the rule first, on the locked row as it is now: a person who may not make this
    -- change reads why, not that their copy of the build is old. The row version is compared after.
    SELECT * INTO t FROM cs.order_transitions WHERE from_status = o.status AND to_status = v_to;
    IF NOT FOUND THEN
        o := cs.lock_order(p_order_id, p_expected_row_version);   -- a status that moved meanwhile: E-STALE
        RAISE EXCEPTION 'E-TRANSITION: build % cannot go from % to %', o.build_number, o.status, v_to
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT me.role = ANY (t.allowed_roles) THEN
        RAISE EXCEPTION 'E-ROLE: moving a build from % to % is not allowed for role %', o.status, v_to, me.role
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Allowed roles: %s', array_to_string(t.allowed_roles, ', '));
    END IF;
    IF t.note_required AND coalesce(length(btrim(p_note)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: moving a build from % to % needs a reason', o.status, v_to
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    -- Shipped: the move records the ship date (carrier and tracking optional); cs.ship_order of
    -- 52_shipping.sql makes it with the shipment, in one transaction.
    IF v_to = 'Shipped' THEN
        RAISE EXCEPTION 'E-SHIP-DATE-REQUIRED: shipping build % needs the ship date (cs.ship_order)', o.build_number
            USING ERRCODE = 'not_null_violation', COLUMN = 'ship_date';
    END IF;
    PERFORM cs.check_assembly_step(o, me, v_to);
    o := cs.lock_order(p_order_id, p_expected_row_version);
    PERFORM cs.check_gate(o, t.gate);
    RETURN cs.move_order(o, me, v_to, p_note);
END
$$;

-- The role of an assignee fits a status (WORKFLOW.md 2.3): Procurement OrderCreated and PartsSent, QC
-- the two QC-ready statuses, Assembler the three production statuses; an Admin every status; in the
-- other statuses (on hold, rework, rejected, ready to ship, shipped) every role, as the client's
-- OrderWorkflow::assigneeRoles says (so an assembler keeps a build put on hold, and gets it back).
CREATE OR REPLACE FUNCTION cs.assignee_fits(p_role cs.user_role_enum, p_status cs.order_status_enum) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT p_role = 'Admin' OR CASE
        WHEN p_status IN ('OrderCreated', 'PartsSent') THEN p_role = 'ProcurementSpecialist'
        WHEN p_status IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN p_role = 'QCPerson'
        WHEN p_status IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete') THEN p_role = 'Assembler'
        ELSE true END
$$;

-- Moves a build (locked by the caller, its checks done): the status, the assignment kept only when
-- the assignee's role fits the new status, the history (an Admin's forced change flagged). Answers the
-- new row version. Internal: the checked paths call it (cs.transition_order, cs.force_order_status,
-- the signatures of 62_checklists.sql).
DROP FUNCTION IF EXISTS cs.move_order(cs.orders, cs.users, cs.order_status_enum, text);
CREATE OR REPLACE FUNCTION cs.move_order(o cs.orders, me cs.users, p_to cs.order_status_enum, p_note text,
                                         p_forced boolean DEFAULT false) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_version integer;
    v_keep boolean := coalesce((SELECT cs.assignee_fits(u.role, p_to) FROM cs.users u WHERE u.user_id = o.current_assignee), false);
BEGIN
    UPDATE cs.orders SET status = p_to, current_assignee = CASE WHEN v_keep THEN current_assignee END
     WHERE order_id = o.order_id RETURNING row_version INTO v_version;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes, forced)
    VALUES (o.order_id, me.user_id, CASE WHEN p_forced THEN 'ForceStatus' ELSE 'StatusChange' END, o.status, p_to,
            nullif(btrim(p_note), ''), p_forced);
    IF o.current_assignee IS NOT NULL AND NOT v_keep THEN
        INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
        VALUES (o.order_id, me.user_id, 'Assigned', p_to, p_to,
                'Assignment cleared: ' || coalesce((SELECT full_name FROM cs.users WHERE user_id = o.current_assignee), '?')
                || ' does not work on builds in ' || p_to::text);
    END IF;
    RETURN v_version;
END
$$;

-- An Assembler's step on a build is theirs only when they claimed it (an Admin's always):
-- E-ASM-NOT-CLAIMANT names who has the build.
CREATE OR REPLACE FUNCTION cs.asm_require_claimant(me cs.users, o cs.orders) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF me.role = 'Admin' OR o.current_assignee = me.user_id THEN
        RETURN;
    END IF;
    IF o.current_assignee IS NULL THEN
        RAISE EXCEPTION 'E-ASM-NOT-CLAIMANT: build % is not claimed; claim it first', o.build_number
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'E-ASM-NOT-CLAIMANT: build % is claimed by %', o.build_number,
        (SELECT full_name FROM cs.users WHERE user_id = o.current_assignee)
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The assembler's steps through cs.transition_order: the two signed steps are refused (they are the
-- signatures of the CLT and of the CLP's closing statement); the packing step needs every applicable
-- item of the packing list (CLP S4) confirmed; an Assembler's step is the claimant's.
CREATE OR REPLACE FUNCTION cs.check_assembly_step(o cs.orders, me cs.users, p_to cs.order_status_enum) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF o.status IN ('ReworkPreQC', 'ReworkFinalQC') AND p_to IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN
        RAISE EXCEPTION 'E-TRANSITION-BY-REWORK: build % goes back to QC when its rework is recorded ("Rework done" on the assembler''s bench)', o.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF o.status = 'ReadyForProduction' AND p_to = 'TestingComplete' THEN
        RAISE EXCEPTION 'E-TRANSITION-BY-SIGNATURE: build % becomes TestingComplete when its end-of-line test (CLT) is signed PASS', o.build_number
            USING ERRCODE = 'check_violation';
    ELSIF o.status = 'PackagingComplete' AND p_to = 'ReadyForFinalQC' THEN
        RAISE EXCEPTION 'E-TRANSITION-BY-SIGNATURE: build % becomes ReadyForFinalQC when the closing statement of its production checks (CLP) is signed', o.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF me.role = 'Assembler' AND o.status IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete') THEN
        PERFORM cs.asm_require_claimant(me, o);
    END IF;
    IF o.status = 'TestingComplete' AND p_to = 'PackagingComplete' THEN
        PERFORM cs.asm_require_clp_part(o, true);
    END IF;
END
$$;

-- Admin "force status" (WORKFLOW.md 2.2): any status, reason required, flagged in history.
CREATE OR REPLACE FUNCTION cs.force_order_status(p_order_id uuid, p_to_status text, p_reason text,
                                      p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'forcing an order status');
    v_to cs.order_status_enum := cs.parse_status(p_to_status);
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
BEGIN
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: forcing a status needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    RETURN cs.move_order(o, me, v_to, p_reason, true);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Assignment
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.assign_order(p_order_id uuid, p_assignee_username text, p_expected_row_version integer)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'assigning a build');
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    a cs.users;
    v_fits cs.user_role_enum[];
    v_version integer;
BEGIN
    IF p_assignee_username IS NOT NULL THEN
        SELECT * INTO a FROM cs.users WHERE username = p_assignee_username AND is_active;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'E-USER-NOT-FOUND: no active user "%"', p_assignee_username
                USING ERRCODE = 'no_data_found', COLUMN = 'assignee';
        END IF;
        v_fits := ARRAY(SELECT r FROM unnest(enum_range(NULL::cs.user_role_enum)) r WHERE cs.assignee_fits(r, o.status));
        IF NOT cs.assignee_fits(a.role, o.status) THEN
            RAISE EXCEPTION 'E-ASSIGNEE-ROLE: a build in % cannot be assigned to % (%)', o.status, a.full_name, a.role
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'assignee',
                      DETAIL = format('Fitting roles: %s', array_to_string(v_fits, ', '));
        END IF;
    END IF;
    UPDATE cs.orders SET current_assignee = a.user_id WHERE order_id = o.order_id RETURNING row_version INTO v_version;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'Assigned', o.status, o.status,
            coalesce('Assigned to ' || a.full_name, 'Assignment cleared'));
    RETURN v_version;
END
$$;

CREATE OR REPLACE FUNCTION cs.claim_build(p_order_id uuid, p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler']::cs.user_role_enum[], 'claiming a build');
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    v_version integer;
BEGIN
    IF o.status NOT IN ('ReadyForProduction', 'ReworkPreQC', 'ReworkFinalQC') THEN
        RAISE EXCEPTION 'E-CLAIM-STATUS: only a build ReadyForProduction or in rework can be claimed (build % is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    -- Taken: held by someone whose role fits the build's status (an assignee of an earlier status, who
    -- would have been cleared by the transitions, does not hold it); in rework, held by another
    -- assembler (the inspector who failed it does not hold its rework).
    IF o.current_assignee IS NOT NULL AND o.current_assignee <> me.user_id
       AND coalesce((SELECT u.is_active AND CASE WHEN o.status IN ('ReworkPreQC', 'ReworkFinalQC') THEN u.role = 'Assembler'
                                                 ELSE cs.assignee_fits(u.role, o.status) END
                       FROM cs.users u WHERE u.user_id = o.current_assignee), false) THEN
        RAISE EXCEPTION 'E-CLAIM-TAKEN: build % is already assigned to %', o.build_number,
            (SELECT full_name FROM cs.users WHERE user_id = o.current_assignee)
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE cs.orders SET current_assignee = me.user_id WHERE order_id = o.order_id RETURNING row_version INTO v_version;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'Claimed', o.status, o.status, 'Claimed by ' || me.full_name);
    RETURN v_version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.order_transitions TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Everyone may ask; cs.order_transitions decides (Service hears why not: E-ROLE).
GRANT EXECUTE ON FUNCTION cs.transition_order(uuid, text, text, integer)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.force_order_status(uuid, text, text, integer) TO cs_admin;
GRANT EXECUTE ON FUNCTION cs.assign_order(uuid, text, integer) TO cs_coordinator, cs_admin;
GRANT EXECUTE ON FUNCTION cs.claim_build(uuid, integer) TO cs_assembler;
