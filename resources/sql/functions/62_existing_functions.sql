-- 62_existing_functions: the changes issue 11 makes to functions that 0001-0003 created (they move
-- into their area files, where these changes then live). Every writing function checks the caller's
-- session limits (through cs.require_role), waits for an order row through cs.lock_order_row, and:
-- cs.create_user gives the new login the plant's session limits; cs.set_user_active ends the live
-- sessions of a deactivated person and takes their group at once (given back on reactivation);
-- cs.change_role never grants a group to a deactivated person; cs.delete_order keeps a deletion record
-- with the reason; the catalog revision bump remembers its transaction in cs.catalog_state, not in a
-- setting an Admin could set; cs.store_bom checks the BOM it stores (cs.check_bom below).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE OR REPLACE FUNCTION cs.require_role(allowed cs.user_role_enum[], what text) RETURNS cs.users
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users;
BEGIN
    SELECT * INTO me FROM cs.users WHERE username = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-NO-PROFILE: login "%" has no CleanStation user profile', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT me.is_active THEN
        RAISE EXCEPTION 'E-USER-INACTIVE: user "%" is deactivated', me.username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT me.role = ANY (allowed) THEN
        RAISE EXCEPTION 'E-ROLE: % is not allowed for role %', what, me.role
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Allowed roles: %s', array_to_string(allowed, ', '));
    END IF;
    PERFORM cs.require_session_limits();
    RETURN me;
END
$$;

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

CREATE OR REPLACE FUNCTION cs.approve_bom(p_bom_id uuid, p_approve boolean, p_note text, p_initials text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProcurementSpecialist', 'Admin']::cs.user_role_enum[], 'approving a BOM');
    v_bom cs.boms;
    o cs.orders;
    v_sig uuid;
    v_id uuid := gen_random_uuid();
BEGIN
    SELECT * INTO v_bom FROM cs.boms WHERE bom_id = p_bom_id;
    IF FOUND THEN
        o := cs.lock_order_row(v_bom.order_id);
        SELECT * INTO v_bom FROM cs.boms WHERE bom_id = p_bom_id FOR UPDATE;
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-BOM-NOT-FOUND: no BOM %', p_bom_id USING ERRCODE = 'no_data_found';
    END IF;
    IF o.generated_bom_id IS DISTINCT FROM v_bom.bom_id THEN
        RAISE EXCEPTION 'E-BOM-SUPERSEDED: BOM version % of build % was replaced by a newer version', v_bom.version, o.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF o.status <> 'OrderCreated' OR v_bom.status <> 'Generated' THEN
        RAISE EXCEPTION 'E-BOM-DECIDED: the BOM of build % is already % (order %)', o.build_number, v_bom.status, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_approve IS NULL OR (NOT p_approve AND coalesce(length(btrim(p_note)), 0) < 3) THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: rejecting a BOM needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    v_sig := cs.sign(me, p_initials, CASE WHEN p_approve THEN 'BOM approved' ELSE 'BOM rejected' END,
                     'boms', v_bom.bom_id::text, v_bom.content_sha256);
    UPDATE cs.boms SET status = CASE WHEN p_approve THEN 'Approved' ELSE 'Rejected' END,
                       approved_by = CASE WHEN p_approve THEN me.user_id END,
                       approved_at = CASE WHEN p_approve THEN now() END
     WHERE bom_id = v_bom.bom_id;
    INSERT INTO cs.bom_approvals (approval_id, bom_id, user_id, action, notes, signature_id)
    VALUES (v_id, v_bom.bom_id, me.user_id, CASE WHEN p_approve THEN 'Approved' ELSE 'Rejected' END,
            nullif(btrim(p_note), ''), v_sig);
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, CASE WHEN p_approve THEN 'BomApproved' ELSE 'BomRejected' END, o.status, o.status,
            nullif(btrim(p_note), ''));
    RETURN v_id;
END
$$;

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
    IF v_type = 'InProcessAssembly' THEN
        me := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'recording an in-process check');
        v_need := 'ReadyForProduction';
    ELSE
        me := cs.require_role(ARRAY['QCPerson', 'Admin']::cs.user_role_enum[], 'recording a QC result');
        v_need := CASE v_type WHEN 'PreQC' THEN 'ReadyForPreQC' ELSE 'ReadyForFinalQC' END::cs.order_status_enum;
    END IF;
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

CREATE OR REPLACE FUNCTION cs.create_user(p_username text, p_full_name text, p_initials text, p_role text,
                               p_password text, p_email text DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp
    SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    v_role cs.user_role_enum;
    v_id uuid;
BEGIN
    PERFORM cs.require_user_admin();
    v_role := cs.parse_role(p_role);
    IF p_username IS NULL OR p_username !~ '^[a-z][a-z0-9_]{2,62}$' OR p_username ~ '^(pg_|cs_)' THEN
        RAISE EXCEPTION 'E-USERNAME: a username has 3 to 63 characters: lower-case letters, digits and _, starting with a letter (not pg_ or cs_)'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'username';
    END IF;
    IF p_full_name IS NULL OR length(btrim(p_full_name)) < 1 OR length(btrim(p_full_name)) > 255 THEN
        RAISE EXCEPTION 'E-FULLNAME: the full name is required (at most 255 characters)'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'full_name';
    END IF;
    IF p_initials IS NULL OR btrim(p_initials) !~ '^[A-Za-z]{1,10}$' THEN
        RAISE EXCEPTION 'E-INITIALS: initials are 1 to 10 letters'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'initials';
    END IF;
    IF EXISTS (SELECT 1 FROM cs.users WHERE is_active AND upper(initials) = upper(btrim(p_initials))) THEN
        RAISE EXCEPTION 'E-INITIALS-UNIQUE: initials % are already used by an active user', upper(btrim(p_initials))
            USING ERRCODE = 'unique_violation', COLUMN = 'initials';
    END IF;
    IF p_email IS NOT NULL AND EXISTS (SELECT 1 FROM cs.users WHERE lower(email) = lower(btrim(p_email))) THEN
        RAISE EXCEPTION 'E-EMAIL-UNIQUE: e-mail % is already used', btrim(p_email)
            USING ERRCODE = 'unique_violation', COLUMN = 'email';
    END IF;
    PERFORM cs.check_password(p_password);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        RAISE EXCEPTION 'E-USERNAME-TAKEN: a login "%" already exists on this server', p_username
            USING ERRCODE = 'unique_violation', COLUMN = 'username';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_password,
                   cs.group_for_role(v_role));
    PERFORM cs.apply_session_limits(p_username);
    INSERT INTO cs.users (username, email, full_name, initials, role)
    VALUES (p_username, nullif(btrim(p_email), ''), btrim(p_full_name), upper(btrim(p_initials)), v_role)
    RETURNING user_id INTO v_id;
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.set_user_active(p_username text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    u cs.users := cs.managed_user(p_username);
    r record;
BEGIN
    PERFORM cs.require_user_admin();
    IF u.username = session_user AND NOT p_active THEN
        RAISE EXCEPTION 'E-USER-SELF: you cannot deactivate your own account'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_active AND NOT u.is_active
       AND EXISTS (SELECT 1 FROM cs.users WHERE is_active AND upper(initials) = upper(u.initials)) THEN
        RAISE EXCEPTION 'E-INITIALS-UNIQUE: initials % are used by another active user', u.initials
            USING ERRCODE = 'unique_violation', COLUMN = 'initials';
    END IF;
    UPDATE cs.users SET is_active = p_active WHERE user_id = u.user_id;
    EXECUTE format('ALTER ROLE %I %s', u.username, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_active THEN
        IF NOT pg_has_role(u.username, cs.group_for_role(u.role), 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', cs.group_for_role(u.role), u.username);
        END IF;
    ELSE
        -- NOLOGIN stops new connections only: the group goes at once (the live sessions lose every
        -- privilege with it) and the live sessions are ended.
        IF pg_has_role(u.username, cs.group_for_role(u.role), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', cs.group_for_role(u.role), u.username);
        END IF;
        FOR r IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = u.username AND a.pid <> pg_backend_pid()
                 ORDER BY a.pid LOOP
            PERFORM pg_terminate_backend(r.pid);
        END LOOP;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.change_role(p_username text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    u cs.users := cs.managed_user(p_username);
    v_role cs.user_role_enum;
BEGIN
    PERFORM cs.require_user_admin();
    v_role := cs.parse_role(p_role);
    IF u.username = session_user THEN
        RAISE EXCEPTION 'E-USER-SELF: you cannot change your own role'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_role = u.role THEN
        RETURN;
    END IF;
    IF pg_has_role(u.username, cs.group_for_role(u.role), 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', cs.group_for_role(u.role), u.username);
    END IF;
    -- A deactivated person gets the group back when reactivated (cs.set_user_active), not now.
    IF u.is_active THEN
        EXECUTE format('GRANT %I TO %I', cs.group_for_role(v_role), u.username);
    END IF;
    UPDATE cs.users SET role = v_role WHERE user_id = u.user_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.tg_bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    -- Once per transaction: the row says which transaction bumped it last (a setting would be the
    -- caller's to set, and an import could then skip the bump).
    -- A transaction that holds the row (a custom part created, then left open) is waited for at most the
    -- lock timeout, and ended when it is stale (cs.end_stale_transactions).
    BEGIN
        UPDATE cs.catalog_state SET revision = revision + 1, changed_at = now(), bumped_xid = txid_current()
         WHERE bumped_xid IS DISTINCT FROM txid_current();
    EXCEPTION WHEN lock_not_available THEN
        IF cs.end_stale_transactions(true) = 0 THEN
            RAISE EXCEPTION 'E-BUSY: someone is changing the catalog right now; try again in a moment'
                USING ERRCODE = 'lock_not_available';
        END IF;
        UPDATE cs.catalog_state SET revision = revision + 1, changed_at = now(), bumped_xid = txid_current()
         WHERE bumped_xid IS DISTINCT FROM txid_current();
    END;
    RETURN NULL;
END
$$;


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
        SELECT t.i, array_agg(coalesce(ac.child_part_id, ac.child_assembly_id) || '*' || ac.quantity ORDER BY ac.position) AS k
          FROM tr t
          LEFT JOIN tr p ON p.i = t.parent
          JOIN cs.assembly_components ac ON ac.parent_assembly_id = t.id
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
REVOKE ALL ON FUNCTION cs.check_bom(jsonb, jsonb, jsonb, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION cs.store_bom(p_order_id uuid, p_bom_id uuid, p_version integer, p_bom jsonb,
                             p_catalog_revision bigint, p_user uuid, p_build text,
                             OUT bom_id uuid, OUT sha256 text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_top jsonb := p_bom -> 'top';
    v_tree jsonb := p_bom -> 'tree';
    v_n integer;
    v_roots integer := 0;
    v_t jsonb;
    v_i integer;
    v_parent integer;
    v_depth integer;
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
    SELECT x.id INTO v_unknown
      FROM (SELECT t ->> 'id' AS id FROM jsonb_array_elements(v_top) t
            UNION SELECT t ->> 'id' FROM jsonb_array_elements(v_tree) t) x
     WHERE x.id IS NULL
        OR NOT (EXISTS (SELECT 1 FROM cs.parts p WHERE p.part_id = x.id)
                OR EXISTS (SELECT 1 FROM cs.assemblies a WHERE a.assembly_id = x.id))
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

    v_n := jsonb_array_length(v_tree);
    BEGIN
        FOR v_i IN 0 .. v_n - 1 LOOP
            v_t := v_tree -> v_i;
            v_parent := (v_t ->> 'parent')::integer;
            v_depth := coalesce((v_t ->> 'depth')::integer, 0);
            IF v_parent IS NOT NULL AND (v_parent < 0 OR v_parent >= v_n OR v_parent = v_i) THEN
                PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build, format('tree line %s has no valid parent', v_i), 'bom');
            END IF;
            IF v_parent IS NULL THEN
                IF v_top -> v_roots IS NULL OR (v_top -> v_roots ->> 'id') <> (v_t ->> 'id') THEN
                    PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
                        format('tree root %s (%s) does not match top line %s', v_i, v_t ->> 'id', v_roots + 1), 'bom');
                END IF;
                INSERT INTO cs.bom_items (bom_id, line_no, parent_line_no, item_id, quantity, extended_quantity,
                                          depth, rule, answer, note)
                VALUES (bom_id, v_i, NULL, v_t ->> 'id', (v_t ->> 'qty')::integer,
                        coalesce((v_t ->> 'extQty')::integer, (v_t ->> 'qty')::integer), v_depth,
                        coalesce(v_top -> v_roots ->> 'rule', v_t ->> 'rule'), v_top -> v_roots ->> 'answer',
                        v_top -> v_roots ->> 'note');
                v_roots := v_roots + 1;
            ELSE
                INSERT INTO cs.bom_items (bom_id, line_no, parent_line_no, item_id, quantity, extended_quantity,
                                          depth, rule)
                VALUES (bom_id, v_i, v_parent, v_t ->> 'id', (v_t ->> 'qty')::integer,
                        coalesce((v_t ->> 'extQty')::integer, (v_t ->> 'qty')::integer), v_depth, v_t ->> 'rule');
            END IF;
        END LOOP;
    EXCEPTION
        WHEN invalid_text_representation OR numeric_value_out_of_range OR check_violation
             OR not_null_violation OR string_data_right_truncation THEN
            PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
                'a BOM line has a missing or invalid id, quantity or depth (' || SQLERRM || ')', 'bom');
    END;
    IF v_roots <> jsonb_array_length(v_top) THEN
        PERFORM cs.raise_invalid('E-BOM-INVALID@' || p_build,
            format('the tree has %s top-level lines, the BOM %s', v_roots, jsonb_array_length(v_top)), 'bom');
    END IF;
END
$$;
