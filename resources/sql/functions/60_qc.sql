-- Repeatable file 60_qc: what is checked and recorded on the floor.
--   * The direct writes of in-process check and end-of-line test results of before the checklists
--     (kept for the record, executable by nobody): every QC and test result is signed through its
--     checklist now (62_checklists.sql).
--   * The grants on the checklist and test templates (everyone reads; written only through
--     62_checklists.sql's functions), the QC checklists and their answers, the results, and the
--     assembly task lists and their completions.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- QC and test results (signed)
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.record_qc_result(p_order_id uuid, p_qc_type text, p_template_id uuid, p_overall_status text,
                                    p_item_results jsonb, p_notes text, p_initials text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users;
    v_type cs.qc_form_type_enum;
    v_status cs.qc_status_enum;
    o cs.orders;
    v_tpl cs.qc_form_templates;
    v_id uuid := gen_random_uuid();
    v_sha text;
    v_sig uuid;
    v_need cs.order_status_enum;
BEGIN
    IF p_qc_type IS NULL OR NOT p_qc_type = ANY (enum_range(NULL::cs.qc_form_type_enum)::text[]) THEN
        RAISE EXCEPTION 'E-QC-TYPE: unknown QC type "%"', p_qc_type USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_type := p_qc_type::cs.qc_form_type_enum;
    -- Pre-QC and Final QC results are signed through their checklists (cs.sign_qc_checklist,
    -- 62_checklists.sql), which check the answers against the template and the configuration.
    IF v_type <> 'InProcessAssembly' THEN
        RAISE EXCEPTION 'E-QC-CHECKLIST: a % result is signed through its checklist (cs.sign_qc_checklist)', v_type
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    me := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'recording an in-process check');
    v_need := 'ReadyForProduction';
    IF p_overall_status IS NULL OR NOT p_overall_status = ANY (enum_range(NULL::cs.qc_status_enum)::text[]) THEN
        RAISE EXCEPTION 'E-QC-STATUS: unknown QC result "%"', p_overall_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_status := p_overall_status::cs.qc_status_enum;
    IF jsonb_typeof(p_item_results) NOT IN ('object', 'array') THEN
        RAISE EXCEPTION 'E-QC-ITEMS: item results must be a JSON object or array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    o := cs.lock_order_row(p_order_id);
    IF o.status <> v_need THEN
        RAISE EXCEPTION 'E-QC-STATUS-ORDER: a % result needs the build in % (build % is %)', v_type, v_need, o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_tpl FROM cs.qc_form_templates WHERE template_id = p_template_id;
    IF NOT FOUND OR NOT v_tpl.is_active OR v_tpl.form_type <> v_type THEN
        RAISE EXCEPTION 'E-TEMPLATE: no active % checklist template %', v_type, p_template_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_sha := cs.sha256_hex(jsonb_build_object('resultId', v_id, 'orderId', o.order_id, 'buildNumber', o.build_number,
                                              'qcType', v_type, 'templateId', v_tpl.template_id,
                                              'templateVersion', v_tpl.version, 'overallStatus', v_status,
                                              'itemResults', p_item_results, 'notes', p_notes)::text);
    v_sig := cs.sign(me, p_initials,
                     CASE v_type WHEN 'PreQC' THEN 'Pre-QC ' WHEN 'FinalQC' THEN 'Final QC ' ELSE 'In-process check ' END
                         || v_status::text, 'qc_results', v_id::text, v_sha);
    INSERT INTO cs.qc_results (result_id, order_id, build_number, template_id, qc_type, performed_by, overall_status,
                               item_results, digital_signature, signature_id, content_sha256, performed_at, notes)
    VALUES (v_id, o.order_id, o.build_number, v_tpl.template_id, v_type, me.user_id, v_status, p_item_results,
            me.initials || ' ' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), v_sig, v_sha,
            clock_timestamp(), p_notes);
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.record_test_result(p_order_id uuid, p_template_id uuid, p_overall_status text,
                                      p_test_results jsonb, p_notes text, p_initials text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'recording a test result');
    v_status cs.test_status_enum;
    o cs.orders;
    v_tpl cs.testing_form_templates;
    v_id uuid := gen_random_uuid();
    v_sha text;
    v_sig uuid;
BEGIN
    IF p_overall_status IS NULL OR NOT p_overall_status = ANY (enum_range(NULL::cs.test_status_enum)::text[]) THEN
        RAISE EXCEPTION 'E-TEST-STATUS: unknown test result "%"', p_overall_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_status := p_overall_status::cs.test_status_enum;
    IF jsonb_typeof(p_test_results) NOT IN ('object', 'array') THEN
        RAISE EXCEPTION 'E-TEST-ITEMS: test results must be a JSON object or array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    o := cs.lock_order_row(p_order_id);
    IF o.status <> 'ReadyForProduction' THEN
        RAISE EXCEPTION 'E-TEST-STATUS-ORDER: an end-of-line test needs the build in ReadyForProduction (build % is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_tpl FROM cs.testing_form_templates WHERE template_id = p_template_id;
    IF NOT FOUND OR NOT v_tpl.is_active THEN
        RAISE EXCEPTION 'E-TEMPLATE: no active test template %', p_template_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_sha := cs.sha256_hex(jsonb_build_object('resultId', v_id, 'orderId', o.order_id, 'buildNumber', o.build_number,
                                              'templateId', v_tpl.template_id, 'templateVersion', v_tpl.version,
                                              'overallStatus', v_status, 'testResults', p_test_results,
                                              'notes', p_notes)::text);
    v_sig := cs.sign(me, p_initials, 'EOL test ' || v_status::text, 'testing_results', v_id::text, v_sha);
    INSERT INTO cs.testing_results (result_id, order_id, build_number, template_id, performed_by, overall_status,
                                    test_results, signature_id, content_sha256, performed_at, notes)
    VALUES (v_id, o.order_id, o.build_number, v_tpl.template_id, me.user_id, v_status, p_test_results, v_sig, v_sha,
            clock_timestamp(), p_notes);
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.qc_form_templates, cs.testing_form_templates
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Template versions through cs.import_checklist_template and cs.publish_checklist_template only.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.qc_form_templates, cs.testing_form_templates
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Checklists and answers through the checklist functions only (62_checklists.sql).
GRANT SELECT ON cs.qc_checklists, cs.qc_answers, cs.qc_answer_log, cs.qc_attachments
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.qc_checklists, cs.qc_answers, cs.qc_answer_log, cs.qc_attachments
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT SELECT ON cs.qc_results, cs.testing_results, cs.task_lists, cs.task_completions
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
-- Task lists through cs.ensure_task_list (68_work_instructions.sql), which sets author and time and
-- generates the tasks on the server; completions are no longer written; earlier grants taken back.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.task_lists, cs.task_completions, cs.qc_results, cs.testing_results
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- Every result is signed through its checklist now (issue 13: the CLP's closing statement and the CLT,
-- 62_checklists.sql), which checks the answers against the template and the configuration; these two
-- took any content (a result of '{}' passed) and are nobody's any more.
REVOKE EXECUTE ON FUNCTION cs.record_qc_result(uuid, text, uuid, text, jsonb, text, text),
                           cs.record_test_result(uuid, uuid, text, jsonb, text, text)
    FROM PUBLIC, cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
