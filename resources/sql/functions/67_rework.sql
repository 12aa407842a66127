-- Repeatable file 67_rework: rework after a failed QC (WORKFLOW.md 2.2; tables of 0016_rework.sql).
--   * A build in ReworkPreQC or ReworkFinalQC is worked on by an Assembler who claimed it (claim_build,
--     50_workflow.sql), or by a Coordinator or an Admin.
--   * cs.record_rework: "Rework done" — the notes (10 characters at least), for a Final QC rework the
--     end-of-line test procedures (CLT sections) and the packing list items (CLP S4) it touched, the
--     photos (order documents of the build). A Pre-QC rework, or a Final QC rework that touched neither
--     a test nor the packing, goes back to Ready for (Pre-/Final) QC in the same transaction.
--   * Decision (WORKFLOW "the tests touched by the rework are repeated"): a rework that touched a test
--     procedure asks for a new, whole end-of-line test attempt, signed PASS after the rework was
--     recorded. The CLT is one signed record of the cabinet (every procedure, every serial number, as
--     it left the line); a partial attempt would make the Final QC gate and the printed device history
--     stitch procedures from several attempts together, and a rework inside the cabinet (manifold,
--     control box, wiring) reaches procedures beside the one it was meant for. The procedures touched
--     are recorded all the same: they say why the test was repeated and what to look at first.
--   * Touched packing items are confirmed again one by one (cs.confirm_rework_packing).
--   * cs.complete_rework: the return to Ready for Final QC once nothing blocks it (cs.rw_blockers says
--     what does, in words: the same list the bench shows).
--   * cs.rw_state: what the bench shows of a rework (read through cs.assembly_state).
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- The QC type whose FAIL a rework status answers (NULL for another status).
CREATE OR REPLACE FUNCTION cs.rw_qc_type(p_status cs.order_status_enum) RETURNS cs.qc_form_type_enum
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT CASE p_status WHEN 'ReworkPreQC' THEN 'PreQC' WHEN 'ReworkFinalQC' THEN 'FinalQC' END::cs.qc_form_type_enum
$$;

-- The signed QC FAIL the build's rework answers: the latest signed record of the latest attempt of
-- that QC type (a correction replaces the record it corrects).
CREATE OR REPLACE FUNCTION cs.rw_failure(o cs.orders) RETURNS cs.qc_results
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT r.* FROM cs.qc_checklists c JOIN cs.qc_results r ON r.result_id = c.result_id
     WHERE c.order_id = o.order_id AND c.qc_type = cs.rw_qc_type(o.status) AND c.state = 'signed'
     ORDER BY c.attempt DESC, c.revision DESC LIMIT 1
$$;

-- When the rework started: the first signature of that failed attempt.
CREATE OR REPLACE FUNCTION cs.rw_started_at(o cs.orders) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT min(r.performed_at) FROM cs.qc_checklists c JOIN cs.qc_results r ON r.result_id = c.result_id
     WHERE c.order_id = o.order_id AND c.qc_type = cs.rw_qc_type(o.status)
       AND c.attempt = (SELECT max(x.attempt) FROM cs.qc_checklists x
                         WHERE x.order_id = o.order_id AND x.qc_type = cs.rw_qc_type(o.status) AND x.state = 'signed')
$$;

-- The rework records of the build's current rework, oldest first.
CREATE OR REPLACE FUNCTION cs.rw_records(o cs.orders) RETURNS SETOF cs.rework_records
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 3 SET search_path = cs, pg_temp AS $$
    SELECT w.* FROM cs.rework_records w
     WHERE w.order_id = o.order_id AND w.rework_status = o.status AND w.recorded_at >= cs.rw_started_at(o)
     ORDER BY w.recorded_at, w.rework_id
$$;

-- The text of a template item (its "text", else its id).
CREATE OR REPLACE FUNCTION cs.rw_item_text(p_template jsonb, p_section text, p_item text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT coalesce((SELECT f.item->>'text' FROM cs.cl_find_item(p_template, p_section, p_item) f), p_item)
$$;

-- The end-of-line test template version of the build (its latest CLT's), else the one in force.
CREATE OR REPLACE FUNCTION cs.rw_test_template(o cs.orders) RETURNS cs.testing_form_templates
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT t.* FROM cs.testing_form_templates t
     WHERE t.template_id = coalesce(
               (SELECT c.template_id FROM cs.qc_checklists c WHERE c.order_id = o.order_id AND c.kind = 'CLT'
                 ORDER BY c.attempt DESC, c.revision DESC LIMIT 1),
               (SELECT x.template_id FROM cs.testing_form_templates x
                 WHERE x.is_active AND x.state = 'published' AND jsonb_typeof(x.test_items->'sections') = 'array'
                 ORDER BY x.published_at DESC NULLS LAST, x.version DESC LIMIT 1))
$$;

-- The test procedures a rework may name: the sections of the build's test template version.
CREATE OR REPLACE FUNCTION cs.rw_test_options(o cs.orders) RETURNS TABLE (id text, title text)
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 10 SET search_path = cs, pg_temp AS $$
    SELECT s.x->>'id', coalesce(s.x->>'title', s.x->>'id')
      FROM cs.rw_test_template(o) t, jsonb_array_elements(t.test_items->'sections') WITH ORDINALITY AS s (x, n)
     ORDER BY s.n
$$;

-- The packing list items a rework may name: those confirmed in the build's signed CLP (S4).
CREATE OR REPLACE FUNCTION cs.rw_packing_options(o cs.orders) RETURNS TABLE (item text, "position" integer, text text)
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 10 SET search_path = cs, pg_temp AS $$
    SELECT a.item_id, a.position, cs.rw_item_text(cs.cl_template(c), 'S4', a.item_id)
      FROM (SELECT * FROM cs.qc_checklists x WHERE x.order_id = o.order_id AND x.kind = 'CLP' AND x.state = 'signed'
             ORDER BY x.attempt DESC, x.revision DESC LIMIT 1) c
      JOIN cs.qc_answers a ON a.checklist_id = c.checklist_id
     WHERE a.section_id = 'S4' AND a.item_id NOT LIKE '#%' AND NOT a.is_na AND a.value = 'true'::jsonb
     ORDER BY a.position, length(a.item_id), a.item_id
$$;

CREATE OR REPLACE FUNCTION cs.rw_item_label(p_item text, p_position integer) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT CASE WHEN coalesce(p_position, 0) > 0 THEN format('%s, basin %s', p_item, p_position) ELSE p_item END
$$;

-- What still keeps the build in its rework, in words (empty: it may return). For a Final QC rework:
-- the recorded rework, a whole end-of-line test signed PASS after the last record that touched a test
-- (the latest test of the build), and every touched packing item confirmed after the record naming it.
CREATE OR REPLACE FUNCTION cs.rw_blockers(o cs.orders) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 3 SET search_path = cs, pg_temp AS $$
DECLARE
    v_test_since timestamptz;
    v_tests text[];
    t cs.testing_results;
    v_open integer;
    p record;
BEGIN
    IF cs.rw_qc_type(o.status) IS NULL THEN
        RETURN NEXT format('Build %s is not in rework (it is %s).', o.build_number, o.status);
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cs.rw_records(o)) THEN
        RETURN NEXT 'The rework is not recorded yet: write what was done and what it touched ("Rework done").';
        RETURN;
    END IF;
    SELECT max(w.recorded_at), array(SELECT DISTINCT u FROM cs.rw_records(o) z, unnest(z.touched_tests) u ORDER BY 1)
      INTO v_test_since, v_tests
      FROM cs.rw_records(o) w WHERE cardinality(w.touched_tests) > 0;
    IF v_test_since IS NOT NULL THEN
        SELECT * INTO t FROM cs.testing_results WHERE order_id = o.order_id ORDER BY performed_at DESC, result_id LIMIT 1;
        SELECT c.attempt INTO v_open FROM cs.qc_checklists c
         WHERE c.order_id = o.order_id AND c.kind = 'CLT' AND c.state = 'open' LIMIT 1;
        IF t.result_id IS NULL OR t.performed_at < v_test_since OR t.overall_status <> 'Pass' OR t.signature_id IS NULL
           OR t.checklist_id IS NULL THEN
            RETURN NEXT format('The end-of-line test must be repeated after the rework (it touched %s): %s.',
                               array_to_string(v_tests, ', '),
                               CASE WHEN v_open IS NOT NULL THEN format('attempt %s is open, not signed yet', v_open)
                                    WHEN t.result_id IS NOT NULL AND t.performed_at >= v_test_since
                                        THEN format('attempt %s after the rework failed; a new attempt is needed',
                                                    (SELECT c.attempt FROM cs.qc_checklists c WHERE c.checklist_id = t.checklist_id))
                                    ELSE 'no attempt since the rework' END);
        END IF;
    END IF;
    FOR p IN
        SELECT DISTINCT x.item, x.pos FROM cs.rw_records(o) w,
               jsonb_to_recordset(w.touched_packing) AS x (item text, pos integer)
         WHERE NOT EXISTS (SELECT 1 FROM cs.rework_confirmations k JOIN cs.rework_records kw ON kw.rework_id = k.rework_id
                            WHERE kw.order_id = o.order_id AND k.item_id = x.item AND k.position = coalesce(x.pos, 0)
                              AND k.confirmed_at >= w.recorded_at)
         ORDER BY x.pos, x.item
    LOOP
        RETURN NEXT format('Packing list item %s: not confirmed again after the rework.', cs.rw_item_label(p.item, p.pos));
    END LOOP;
END
$$;

-- The person may do the rework of the build: the Assembler who claimed it, a Coordinator or an Admin.
CREATE OR REPLACE FUNCTION cs.rw_require_worker(me cs.users, o cs.orders, p_what text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF me.role NOT IN ('Assembler', 'ProductionCoordinator', 'Admin') THEN
        RAISE EXCEPTION 'E-ROLE: % is not allowed for role %', p_what, me.role
            USING ERRCODE = 'insufficient_privilege', DETAIL = 'Allowed roles: Assembler, ProductionCoordinator, Admin';
    END IF;
    IF cs.rw_qc_type(o.status) IS NULL THEN
        RAISE EXCEPTION 'E-REWORK-STATUS: build % is not in rework (it is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF me.role = 'Assembler' THEN
        PERFORM cs.asm_require_claimant(me, o);
    END IF;
END
$$;

-- Moves the build back to Ready for (Pre-/Final) QC, the notes of its rework in the history.
CREATE OR REPLACE FUNCTION cs.rw_return(o cs.orders, me cs.users) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_notes text := (SELECT string_agg(w.notes, ' / ' ORDER BY w.recorded_at) FROM cs.rw_records(o) w);
BEGIN
    RETURN cs.move_order(o, me, CASE o.status WHEN 'ReworkPreQC' THEN 'ReadyForPreQC' ELSE 'ReadyForFinalQC' END::cs.order_status_enum,
                         left('Rework done: ' || v_notes, 2000));
END
$$;

-- "Rework done": the record (see the file's head); answers the order's row version (new when the
-- build went back to QC in the same transaction).
CREATE OR REPLACE FUNCTION cs.record_rework(p_order_id uuid, p_notes text, p_touched_tests text[], p_touched_packing jsonb,
                                            p_document_ids uuid[], p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'recording a rework');
    o cs.orders := cs.lock_order_row(p_order_id);
    f cs.qc_results;
    w cs.rework_records;
    v_tests text[] := coalesce(ARRAY(SELECT DISTINCT btrim(x) FROM unnest(p_touched_tests) x WHERE btrim(x) <> '' ORDER BY 1), '{}');
    v_packing jsonb := coalesce(p_touched_packing, '[]');
    v_bad text[];
BEGIN
    PERFORM cs.rw_require_worker(me, o, 'recording a rework');
    o := cs.lock_order(p_order_id, p_expected_row_version);
    f := cs.rw_failure(o);
    IF f.result_id IS NULL OR f.overall_status <> 'Fail' THEN
        RAISE EXCEPTION 'E-REWORK-NO-FAILURE: build % has no signed QC FAIL that sent it to rework', o.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(length(btrim(p_notes)), 0) < 10 THEN
        PERFORM cs.raise_invalid('E-REWORK-NOTES', 'say what was done in the rework (10 characters at least)', 'notes');
    END IF;
    IF length(btrim(p_notes)) > 4000 THEN
        PERFORM cs.raise_invalid('E-REWORK-NOTES', 'the rework notes have at most 4000 characters', 'notes');
    END IF;
    IF jsonb_typeof(v_packing) <> 'array' THEN
        PERFORM cs.raise_invalid('E-REWORK-TOUCHED', 'the packing items touched are a list', 'touchedPacking');
    END IF;
    IF o.status = 'ReworkPreQC' AND (cardinality(v_tests) > 0 OR jsonb_array_length(v_packing) > 0) THEN
        PERFORM cs.raise_invalid('E-REWORK-TOUCHED', 'a Pre-QC rework comes before production: it touches no test and no packing',
                                 'touched');
    END IF;
    v_bad := ARRAY(SELECT x FROM unnest(v_tests) x WHERE x NOT IN (SELECT t.id FROM cs.rw_test_options(o) t));
    IF cardinality(v_bad) > 0 THEN
        PERFORM cs.raise_invalid('E-REWORK-TOUCHED', format('the end-of-line test of build %s has no procedure %s',
                                 o.build_number, array_to_string(v_bad, ', ')), 'touchedTests');
    END IF;
    v_bad := ARRAY(SELECT cs.rw_item_label(x.item, x.pos) FROM jsonb_to_recordset(v_packing) AS x (item text, pos integer)
                    WHERE NOT EXISTS (SELECT 1 FROM cs.rw_packing_options(o) p WHERE p.item = x.item AND p.position = coalesce(x.pos, 0)));
    IF cardinality(v_bad) > 0 THEN
        PERFORM cs.raise_invalid('E-REWORK-TOUCHED', format('build %s has no confirmed packing list item %s',
                                 o.build_number, array_to_string(v_bad, ', ')), 'touchedPacking');
    END IF;
    v_bad := ARRAY(SELECT d::text FROM unnest(coalesce(p_document_ids, '{}')) d
                    WHERE NOT EXISTS (SELECT 1 FROM cs.order_documents x WHERE x.document_id = d AND x.order_id = o.order_id));
    IF cardinality(v_bad) > 0 THEN
        PERFORM cs.raise_invalid('E-REWORK-PHOTO', 'a photo of the rework is not a document of this build', 'documents');
    END IF;

    w.rework_id := gen_random_uuid();
    w.order_id := o.order_id;
    w.build_number := o.build_number;
    w.qc_result_id := f.result_id;
    w.rework_status := o.status;
    w.notes := btrim(p_notes);
    w.touched_tests := v_tests;
    w.test_template_id := CASE WHEN cardinality(v_tests) > 0 THEN (cs.rw_test_template(o)).template_id END;
    w.touched_packing := coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('item', x.item, 'pos', coalesce(x.pos, 0)))
                                     FROM jsonb_to_recordset(v_packing) AS x (item text, pos integer)), '[]');
    w.document_ids := coalesce(ARRAY(SELECT DISTINCT d FROM unnest(p_document_ids) d), '{}');
    w.recorded_by := me.user_id;
    w.recorded_at := clock_timestamp();
    INSERT INTO cs.rework_records SELECT w.*;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'ReworkRecorded', o.status, o.status,
            left('Rework done: ' || w.notes
                 || CASE WHEN cardinality(v_tests) > 0 THEN ' (tests touched: ' || array_to_string(v_tests, ', ') || ')' ELSE '' END
                 || CASE WHEN jsonb_array_length(w.touched_packing) > 0
                         THEN ' (packing touched: ' || (SELECT string_agg(cs.rw_item_label(x.item, x.pos), ', ')
                                                         FROM jsonb_to_recordset(w.touched_packing) AS x (item text, pos integer)) || ')'
                         ELSE '' END, 2000));
    IF NOT EXISTS (SELECT 1 FROM cs.rw_blockers(o)) THEN
        RETURN cs.rw_return(o, me);
    END IF;
    RETURN o.row_version;
END
$$;

-- A packing list item the current rework touched, confirmed again (by the claimant, or an Admin).
CREATE OR REPLACE FUNCTION cs.confirm_rework_packing(p_order_id uuid, p_item text, p_position integer) RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'confirming a packing list item');
    o cs.orders := cs.lock_order_row(p_order_id);
    w cs.rework_records;
    v_at timestamptz;
BEGIN
    PERFORM cs.rw_require_worker(me, o, 'confirming a packing list item');
    SELECT * INTO w FROM cs.rw_records(o) r
     WHERE r.touched_packing @> jsonb_build_array(jsonb_build_object('item', p_item, 'pos', coalesce(p_position, 0)))
     ORDER BY r.recorded_at DESC LIMIT 1;
    IF w.rework_id IS NULL THEN
        PERFORM cs.raise_invalid('E-REWORK-TOUCHED', format('the rework of build %s did not touch packing list item %s',
                                 o.build_number, cs.rw_item_label(p_item, p_position)), 'item');
    END IF;
    SELECT k.confirmed_at INTO v_at FROM cs.rework_confirmations k
     WHERE k.rework_id = w.rework_id AND k.item_id = p_item AND k.position = coalesce(p_position, 0);
    IF FOUND THEN
        RETURN v_at;                           -- confirmed already (a resend)
    END IF;
    INSERT INTO cs.rework_confirmations (rework_id, item_id, position, confirmed_by, confirmed_at)
    VALUES (w.rework_id, p_item, coalesce(p_position, 0), me.user_id, clock_timestamp())
    RETURNING confirmed_at INTO v_at;
    RETURN v_at;
END
$$;

-- The return of a Final QC rework to Ready for Final QC, once cs.rw_blockers has nothing to say
-- (E-REWORK-NOT-DONE lists what is left).
CREATE OR REPLACE FUNCTION cs.complete_rework(p_order_id uuid, p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'returning a build from rework');
    o cs.orders := cs.lock_order_row(p_order_id);
    v_left text[];
BEGIN
    PERFORM cs.rw_require_worker(me, o, 'returning a build from rework');
    o := cs.lock_order(p_order_id, p_expected_row_version);
    v_left := ARRAY(SELECT cs.rw_blockers(o));
    IF cardinality(v_left) > 0 THEN
        RAISE EXCEPTION 'E-REWORK-NOT-DONE: build % stays in rework: %', o.build_number, array_to_string(v_left, ' ')
            USING ERRCODE = 'check_violation', DETAIL = array_to_string(v_left, E'\n');
    END IF;
    RETURN cs.rw_return(o, me);
END
$$;

-- What the bench shows of the build's rework (NULL when it is not in rework): the failure (reason,
-- category, severity, the items it found), the records, what may be named as touched, the packing items
-- to confirm again, and what still blocks the return.
CREATE OR REPLACE FUNCTION cs.rw_state(me cs.users, o cs.orders) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    f cs.qc_results;
    v_tpl jsonb;
    v_worker text;
BEGIN
    IF cs.rw_qc_type(o.status) IS NULL THEN
        RETURN NULL;
    END IF;
    f := cs.rw_failure(o);
    IF f.result_id IS NOT NULL THEN
        SELECT q.checklist_items INTO v_tpl FROM cs.qc_form_templates q WHERE q.template_id = f.template_id;
    END IF;
    v_worker := CASE WHEN me.role NOT IN ('Assembler', 'ProductionCoordinator', 'Admin')
                         THEN format('Only the assembler who claimed the build, a coordinator or an admin does the rework (you are %s).', me.role)
                     WHEN me.role = 'Assembler' AND o.current_assignee IS DISTINCT FROM me.user_id
                         THEN 'Claim the build first: its rework is the claimant''s.' END;
    RETURN jsonb_build_object(
        'qcType', cs.rw_qc_type(o.status),
        'failure', CASE WHEN f.result_id IS NOT NULL THEN jsonb_build_object(
            'resultId', f.result_id, 'reason', f.fail_reason, 'category', f.fail_category, 'severity', f.fail_severity,
            'notes', f.notes, 'by', (SELECT u.full_name FROM cs.users u WHERE u.user_id = f.performed_by),
            'at', to_char(f.performed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'failedItems', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                         'section', g.section_id, 'item', g.item_id, 'position', g.position, 'message', g.message,
                                         'text', CASE WHEN g.item_id IS NOT NULL THEN cs.rw_item_text(v_tpl, g.section_id, g.item_id) END))
                                       FROM cs.cl_gaps(f.checklist_id) g), '[]')) END,
        'records', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', w.rework_id, 'notes', w.notes, 'touchedTests', to_jsonb(w.touched_tests),
                                 'touchedPacking', w.touched_packing, 'photos', cardinality(w.document_ids),
                                 'by', u.full_name, 'at', to_char(w.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                                 ORDER BY w.recorded_at)
                               FROM cs.rw_records(o) w JOIN cs.users u ON u.user_id = w.recorded_by), '[]'),
        'testOptions', CASE WHEN o.status = 'ReworkFinalQC' THEN
                           coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'title', t.title)) FROM cs.rw_test_options(o) t), '[]')
                       ELSE '[]' END,
        'packingOptions', CASE WHEN o.status = 'ReworkFinalQC' THEN
                              coalesce((SELECT jsonb_agg(jsonb_build_object('item', p.item, 'position', p.position, 'text', p.text))
                                          FROM cs.rw_packing_options(o) p), '[]')
                          ELSE '[]' END,
        'packingToConfirm', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                          'item', x.item, 'position', x.pos,
                                          'text', (SELECT p.text FROM cs.rw_packing_options(o) p WHERE p.item = x.item AND p.position = x.pos),
                                          'confirmed', EXISTS (SELECT 1 FROM cs.rework_confirmations k JOIN cs.rework_records kw ON kw.rework_id = k.rework_id
                                                                WHERE kw.order_id = o.order_id AND k.item_id = x.item AND k.position = x.pos
                                                                  AND k.confirmed_at >= x.since)) ORDER BY x.pos, x.item)
                                        FROM (SELECT y.item, coalesce(y.pos, 0) AS pos, max(w.recorded_at) AS since
                                                FROM cs.rw_records(o) w, jsonb_to_recordset(w.touched_packing) AS y (item text, pos integer)
                                               GROUP BY y.item, coalesce(y.pos, 0)) x), '[]'),
        'testDue', EXISTS (SELECT 1 FROM cs.rw_records(o) w WHERE cardinality(w.touched_tests) > 0),
        'testNeeded', EXISTS (SELECT 1 FROM cs.rw_blockers(o) b WHERE b LIKE 'The end-of-line test must be repeated%'),
        'cannotWork', v_worker,
        'blockers', coalesce((SELECT jsonb_agg(b) FROM cs.rw_blockers(o) b), '[]'));
END
$$;

GRANT EXECUTE ON FUNCTION cs.record_rework(uuid, text, text[], jsonb, uuid[], integer),
                          cs.complete_rework(uuid, integer) TO cs_assembler, cs_coordinator, cs_admin;
GRANT EXECUTE ON FUNCTION cs.confirm_rework_packing(uuid, text, integer) TO cs_assembler, cs_admin;
GRANT SELECT ON cs.rework_records, cs.rework_confirmations
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
