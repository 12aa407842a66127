-- 85_record_writes: every write of a record goes through a function that takes the author and the
-- time from the server, checks the role, the state machine and the content (issue 11, classes 2, 3
-- and 4). The writes people made through table grants (order edits, documents, service orders, task
-- lists and completions, settings) are these functions now, and the area files take the table grants
-- back: with SELECT only, a person can neither forge a field nor lock a row or a table (12_limits.sql).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Order edits (the six editable fields, while OrderCreated)
-- ---------------------------------------------------------------------------------------------
-- Returns the new row version, or NULL when the row is gone or its version is not p_expected_row_version
-- (someone saved first: the client then reads what changed). The 'Edited' history entry is written by
-- the trigger of 0006, with the caller as its author.
CREATE OR REPLACE FUNCTION cs.update_order(p_order_id uuid, p_expected_row_version integer, p_customer_name text,
                                           p_project_name text, p_sales_person text, p_want_date date,
                                           p_language text, p_notes text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'editing an order');
    o cs.orders;
    v_version integer;
BEGIN
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id;
    IF NOT FOUND OR p_expected_row_version IS NULL OR o.row_version <> p_expected_row_version THEN
        RETURN NULL;
    END IF;
    o := cs.lock_order_row(p_order_id);
    IF o.row_version <> p_expected_row_version THEN
        RETURN NULL;
    END IF;
    IF o.status <> 'OrderCreated' THEN
        RAISE EXCEPTION 'E-ORDER-LOCKED: build % can be edited only while OrderCreated (it is %)', o.build_number, o.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(length(btrim(p_customer_name)), 0) < 3 THEN
        PERFORM cs.raise_invalid('E-CUSTOMER-MIN3', 'the customer name needs at least 3 characters', 'customerName');
    END IF;
    IF length(btrim(p_customer_name)) > 255 THEN
        PERFORM cs.raise_invalid('E-CUSTOMER-MAX', 'the customer name has more than 255 characters', 'customerName', '22001');
    END IF;
    IF coalesce(length(btrim(p_sales_person)), 0) < 3 THEN
        PERFORM cs.raise_invalid('E-SALES-MIN3', 'the sales person needs at least 3 characters', 'salesPerson');
    END IF;
    IF length(btrim(p_sales_person)) > 255 THEN
        PERFORM cs.raise_invalid('E-SALES-MAX', 'the sales person has more than 255 characters', 'salesPerson', '22001');
    END IF;
    IF nullif(btrim(p_project_name), '') IS NOT NULL AND length(btrim(p_project_name)) < 3 THEN
        PERFORM cs.raise_invalid('E-PROJECT-MIN3', 'the project name needs at least 3 characters', 'projectName');
    END IF;
    IF length(btrim(p_project_name)) > 255 THEN
        PERFORM cs.raise_invalid('E-PROJECT-MAX', 'the project name has more than 255 characters', 'projectName', '22001');
    END IF;
    IF p_want_date IS NULL OR (p_want_date IS DISTINCT FROM o.want_date AND p_want_date <= CURRENT_DATE) THEN
        PERFORM cs.raise_invalid('E-WANTDATE-FUTURE', 'the want date must be after today', 'wantDate');
    END IF;
    IF p_language IS NULL OR p_language NOT IN ('EN', 'FR', 'ES') THEN
        PERFORM cs.raise_invalid('E-LANGUAGE', 'the document language must be EN, FR or ES', 'language');
    END IF;
    IF length(p_notes) > 20000 THEN
        PERFORM cs.raise_invalid('E-NOTES-MAX', 'the notes have more than 20,000 characters', 'notes', '22001');
    END IF;
    UPDATE cs.orders
       SET customer_name = btrim(p_customer_name), project_name = nullif(btrim(p_project_name), ''),
           sales_person = btrim(p_sales_person), want_date = p_want_date,
           order_language = p_language::cs.language_enum, notes = p_notes
     WHERE order_id = o.order_id
    RETURNING row_version INTO v_version;
    RETURN v_version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Documents, with quotas
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.setting_bigint(p_key text, p_default bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT coalesce((SELECT CASE WHEN value ~ '^[0-9]{1,18}$' THEN value::bigint END
                       FROM cs.app_settings WHERE key = p_key), p_default)
$$;

-- Attaches one document to an order and returns its id. The uploader and the time are the server's;
-- the SHA-256 and the size are computed by the table, whose CHECK refuses more than 25 MB. Refused with E-QUOTA-ORDER when the order would
-- hold more documents or bytes than its quota, E-QUOTA-PERSON when the caller attached more than
-- their daily quota in the last 24 hours (SQLSTATE 53400, configuration_limit_exceeded).
CREATE OR REPLACE FUNCTION cs.attach_document(p_order_id uuid, p_filename text, p_file_type text, p_content bytea,
                                              p_document_type text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin', 'ProcurementSpecialist', 'QCPerson',
                                         'Assembler']::cs.user_role_enum[], 'attaching a document');
    v_size bigint := coalesce(octet_length(p_content), 0);
    v_count bigint;
    v_bytes bigint;
    v_id uuid;
BEGIN
    IF p_content IS NULL THEN
        PERFORM cs.raise_invalid('E-DOC-EMPTY', 'the document has no content', 'content');
    END IF;
    IF coalesce(length(btrim(p_filename)), 0) < 1 OR length(p_filename) > 255 THEN
        PERFORM cs.raise_invalid('E-DOC-NAME', 'a document needs a file name of at most 255 characters', 'filename');
    END IF;
    IF length(p_file_type) > 50 OR length(p_document_type) > 50 THEN
        PERFORM cs.raise_invalid('E-DOC-TYPE', 'the file and document types have at most 50 characters', 'documentType');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cs.orders WHERE order_id = p_order_id) THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    -- One attach per order and one per person at a time, so two at once cannot both pass the quota.
    PERFORM pg_advisory_xact_lock(hashtextextended('cs.order_documents:order:' || p_order_id::text, 0));
    PERFORM pg_advisory_xact_lock(hashtextextended('cs.order_documents:person:' || me.user_id::text, 0));
    SELECT count(*), coalesce(sum(file_size), 0) INTO v_count, v_bytes
      FROM cs.order_documents WHERE order_id = p_order_id;
    IF v_count + 1 > cs.setting_bigint('document_quota_order_count', 100)
       OR v_bytes + v_size > cs.setting_bigint('document_quota_order_bytes', 262144000) THEN
        RAISE EXCEPTION 'E-QUOTA-ORDER: this order already holds % documents (% bytes); it may hold % documents and % bytes',
            v_count, v_bytes, cs.setting_bigint('document_quota_order_count', 100),
            cs.setting_bigint('document_quota_order_bytes', 262144000)
            USING ERRCODE = 'configuration_limit_exceeded', COLUMN = 'content';
    END IF;
    SELECT count(*), coalesce(sum(file_size), 0) INTO v_count, v_bytes
      FROM cs.order_documents WHERE uploaded_by = me.user_id AND uploaded_at > now() - interval '24 hours';
    IF v_count + 1 > cs.setting_bigint('document_quota_person_day_count', 200)
       OR v_bytes + v_size > cs.setting_bigint('document_quota_person_day_bytes', 524288000) THEN
        RAISE EXCEPTION 'E-QUOTA-PERSON: you attached % documents (% bytes) in the last 24 hours; the limit is % documents and % bytes',
            v_count, v_bytes, cs.setting_bigint('document_quota_person_day_count', 200),
            cs.setting_bigint('document_quota_person_day_bytes', 524288000)
            USING ERRCODE = 'configuration_limit_exceeded', COLUMN = 'content';
    END IF;
    INSERT INTO cs.order_documents (order_id, filename, file_type, content, uploaded_by, uploaded_at, document_type)
    VALUES (p_order_id, btrim(p_filename), p_file_type, p_content, me.user_id, now(), p_document_type)
    RETURNING document_id INTO v_id;
    RETURN v_id;
END
$$;

-- Admin only; the audit log keeps the row (without the bytes) and the reason goes into the order's history.
CREATE OR REPLACE FUNCTION cs.delete_document(p_document_id uuid, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'deleting a document');
    d record;
    o cs.orders;
BEGIN
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: deleting a document needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    SELECT document_id, order_id, filename, content_sha256 INTO d FROM cs.order_documents WHERE document_id = p_document_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-DOC-NOT-FOUND: no document %', p_document_id USING ERRCODE = 'no_data_found';
    END IF;
    o := cs.lock_order_row(d.order_id);
    DELETE FROM cs.order_documents WHERE document_id = d.document_id;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'DocumentDeleted', o.status, o.status,
            format('%s (sha256 %s): %s', d.filename, d.content_sha256, btrim(p_reason)));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Service orders (WORKFLOW.md 6): Pending -> Approved | Rejected; Approved -> Ordered -> Received
-- ---------------------------------------------------------------------------------------------
-- Items: [{"id": catalog part or active SERVICE_PART assembly, "qty": 1..1000}], 1 to 100 lines, each
-- id once. Returns the items in a canonical form.
CREATE OR REPLACE FUNCTION cs.check_service_items(p_items jsonb, p_field text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    it jsonb;
    v_id text;
    v_qty integer;
    v_seen text[] := '{}';
    v_out jsonb := '[]';
BEGIN
    IF jsonb_typeof(p_items) IS DISTINCT FROM 'array' OR jsonb_array_length(p_items) NOT BETWEEN 1 AND 100 THEN
        PERFORM cs.raise_invalid('E-SERVICE-ITEMS', 'a service request has 1 to 100 lines', p_field);
    END IF;
    FOR it IN SELECT * FROM jsonb_array_elements(p_items) LOOP
        v_id := it ->> 'id';
        IF jsonb_typeof(it) IS DISTINCT FROM 'object' OR jsonb_typeof(it -> 'qty') IS DISTINCT FROM 'number'
           OR (it ->> 'qty') !~ '^[0-9]{1,4}$' THEN
            PERFORM cs.raise_invalid('E-SERVICE-ITEMS', 'every line needs an item id and a whole quantity', p_field);
        END IF;
        v_qty := (it ->> 'qty')::integer;
        IF v_qty NOT BETWEEN 1 AND 1000 THEN
            PERFORM cs.raise_invalid('E-SERVICE-QTY', format('quantity %s of %s is not between 1 and 1000', v_qty, v_id), p_field);
        END IF;
        IF v_id IS NULL OR NOT (EXISTS (SELECT 1 FROM cs.parts WHERE part_id = v_id AND status = 'ACTIVE')
                                OR EXISTS (SELECT 1 FROM cs.assemblies WHERE assembly_id = v_id AND type = 'SERVICE_PART'
                                                                      AND status = 'ACTIVE')) THEN
            PERFORM cs.raise_invalid('E-SERVICE-ITEM-UNKNOWN', format('%s is not an active part or service part', coalesce(v_id, '(no id)')),
                                     p_field, '23503');
        END IF;
        IF v_id = ANY (v_seen) THEN
            PERFORM cs.raise_invalid('E-SERVICE-ITEMS', format('%s appears twice', v_id), p_field);
        END IF;
        v_seen := v_seen || v_id;
        v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_id, 'qty', v_qty));
    END LOOP;
    RETURN v_out;
END
$$;

CREATE OR REPLACE FUNCTION cs.request_service_order(p_items jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ServiceDepartment', 'Admin']::cs.user_role_enum[], 'requesting service parts');
    v_id uuid;
BEGIN
    INSERT INTO cs.service_orders (requested_by, request_timestamp, status, items)
    VALUES (me.user_id, now(), 'Pending', cs.check_service_items(p_items, 'items'))
    RETURNING service_order_id INTO v_id;
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.lock_service_order(p_id uuid, p_expected_row_version integer) RETURNS cs.service_orders
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    s cs.service_orders;
BEGIN
    BEGIN
        SELECT * INTO s FROM cs.service_orders WHERE service_order_id = p_id FOR UPDATE;
    EXCEPTION WHEN lock_not_available THEN
        IF cs.end_stale_transactions(true) = 0 THEN
            RAISE EXCEPTION 'E-BUSY: someone is changing this service request right now; try again in a moment'
                USING ERRCODE = 'lock_not_available';
        END IF;
        SELECT * INTO s FROM cs.service_orders WHERE service_order_id = p_id FOR UPDATE;
    END;
    IF s.service_order_id IS NULL THEN
        RAISE EXCEPTION 'E-SERVICE-NOT-FOUND: no service request %', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_expected_row_version IS NULL OR s.row_version <> p_expected_row_version THEN
        RAISE EXCEPTION 'E-STALE: the service request was changed by someone else in the meantime; reload it and try again'
            USING ERRCODE = 'serialization_failure',
                  DETAIL = format('current row version %s, yours %s', s.row_version, coalesce(p_expected_row_version::text, 'none'));
    END IF;
    RETURN s;
END
$$;

-- Approve (with the approved quantity per line, at most the requested one; NULL: as requested) or
-- reject (a reason is required). Returns the new row version.
CREATE OR REPLACE FUNCTION cs.decide_service_order(p_id uuid, p_approve boolean, p_approved_items jsonb, p_note text,
                                                   p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProcurementSpecialist', 'Admin']::cs.user_role_enum[], 'deciding a service request');
    s cs.service_orders := cs.lock_service_order(p_id, p_expected_row_version);
    v_approved jsonb;
    it jsonb;
    v_requested integer;
    v_version integer;
BEGIN
    IF s.status <> 'Pending' THEN
        RAISE EXCEPTION 'E-SERVICE-TRANSITION: the service request is already %', s.status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_approve IS NULL OR (NOT p_approve AND coalesce(length(btrim(p_note)), 0) < 3) THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: rejecting a service request needs a reason'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    IF p_approve THEN
        IF p_approved_items IS NULL THEN
            v_approved := s.items;
        ELSE
            v_approved := cs.check_service_items(p_approved_items, 'approvedItems');
            FOR it IN SELECT * FROM jsonb_array_elements(v_approved) LOOP
                SELECT (r ->> 'qty')::integer INTO v_requested FROM jsonb_array_elements(s.items) r
                 WHERE r ->> 'id' = it ->> 'id';
                IF v_requested IS NULL OR (it ->> 'qty')::integer > v_requested THEN
                    PERFORM cs.raise_invalid('E-SERVICE-QTY', format('%s: at most the requested quantity (%s) can be approved',
                                                                     it ->> 'id', coalesce(v_requested, 0)), 'approvedItems');
                END IF;
            END LOOP;
        END IF;
    END IF;
    UPDATE cs.service_orders
       SET status = CASE WHEN p_approve THEN 'Approved' ELSE 'Rejected' END::cs.service_order_status_enum,
           approved_items = v_approved, processed_by = me.user_id, processed_timestamp = now(),
           processing_notes = nullif(btrim(p_note), '')
     WHERE service_order_id = s.service_order_id
    RETURNING row_version INTO v_version;
    RETURN v_version;
END
$$;

-- Approved -> Ordered -> Received. Returns the new row version.
CREATE OR REPLACE FUNCTION cs.advance_service_order(p_id uuid, p_to_status text, p_note text,
                                                    p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProcurementSpecialist', 'Admin']::cs.user_role_enum[], 'processing a service request');
    s cs.service_orders := cs.lock_service_order(p_id, p_expected_row_version);
    v_version integer;
BEGIN
    IF NOT ((s.status = 'Approved' AND p_to_status = 'Ordered') OR (s.status = 'Ordered' AND p_to_status = 'Received')) THEN
        RAISE EXCEPTION 'E-SERVICE-TRANSITION: a service request cannot go from % to %', s.status, coalesce(p_to_status, '(none)')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE cs.service_orders
       SET status = p_to_status::cs.service_order_status_enum, processed_by = me.user_id, processed_timestamp = now(),
           processing_notes = coalesce(nullif(btrim(p_note), ''), processing_notes)
     WHERE service_order_id = s.service_order_id
    RETURNING row_version INTO v_version;
    RETURN v_version;
END
$$;

-- The requester withdraws their own request while it is Pending; an Admin any Pending request.
CREATE OR REPLACE FUNCTION cs.withdraw_service_order(p_id uuid, p_expected_row_version integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ServiceDepartment', 'Admin']::cs.user_role_enum[], 'withdrawing a service request');
    s cs.service_orders := cs.lock_service_order(p_id, p_expected_row_version);
BEGIN
    IF s.requested_by <> me.user_id AND me.role <> 'Admin' THEN
        RAISE EXCEPTION 'E-ROLE: only the requester may withdraw a service request' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF s.status <> 'Pending' THEN
        RAISE EXCEPTION 'E-SERVICE-TRANSITION: a % service request can no longer be withdrawn', s.status
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM cs.service_orders WHERE service_order_id = s.service_order_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Task lists and completions
-- ---------------------------------------------------------------------------------------------
-- A task list for one order (or, with p_order_id NULL, a list for every order of an assembly type):
-- tasks is a JSON array of 1 to 500 task objects; a task's sequence is its 1-based position.
CREATE OR REPLACE FUNCTION cs.create_task_list(p_order_id uuid, p_assembly_type text, p_tasks jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'creating a task list');
    o cs.orders;
    v_id uuid;
BEGIN
    IF jsonb_typeof(p_tasks) IS DISTINCT FROM 'array' OR jsonb_array_length(p_tasks) NOT BETWEEN 1 AND 500
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_tasks) t WHERE jsonb_typeof(t) <> 'object')
       OR octet_length(p_tasks::text) > 1048576 THEN
        PERFORM cs.raise_invalid('E-TASKS-INVALID', 'a task list has 1 to 500 task objects (at most 1 MB)', 'tasks');
    END IF;
    IF length(p_assembly_type) > 100 THEN
        PERFORM cs.raise_invalid('E-TASKS-INVALID', 'the assembly type has more than 100 characters', 'assemblyType', '22001');
    END IF;
    IF p_order_id IS NOT NULL THEN
        SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
        END IF;
        IF o.status IN ('ReadyForShip', 'Shipped') THEN
            RAISE EXCEPTION 'E-TASKS-STATUS: build % is % and takes no new task list', o.build_number, o.status
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    INSERT INTO cs.task_lists (order_id, assembly_type, tasks, created_by, created_at)
    VALUES (p_order_id, p_assembly_type, p_tasks, me.user_id, now())
    RETURNING task_list_id INTO v_id;
    RETURN v_id;
END
$$;

-- Ticks one task of a list for one build: the list must be that build's (or a general one), the
-- sequence one of its tasks, the build in production; author and time are the server's.
CREATE OR REPLACE FUNCTION cs.complete_task(p_order_id uuid, p_task_list_id uuid, p_task_sequence integer, p_notes text)
    RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'ticking a task');
    l cs.task_lists;
    o cs.orders;
    v_id uuid;
BEGIN
    SELECT * INTO l FROM cs.task_lists WHERE task_list_id = p_task_list_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-TASKS-NOT-FOUND: no task list %', p_task_list_id USING ERRCODE = 'no_data_found';
    END IF;
    IF l.order_id IS NOT NULL AND l.order_id IS DISTINCT FROM p_order_id THEN
        RAISE EXCEPTION 'E-TASKS-OTHER-ORDER: task list % belongs to another build', p_task_list_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_task_sequence IS NULL OR p_task_sequence NOT BETWEEN 1 AND jsonb_array_length(l.tasks) THEN
        RAISE EXCEPTION 'E-TASKS-SEQUENCE: task % is not in the list (1 to %)', p_task_sequence, jsonb_array_length(l.tasks)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(p_notes) > 4000 THEN
        PERFORM cs.raise_invalid('E-NOTES-MAX', 'a task note has at most 4,000 characters', 'notes', '22001');
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    IF o.status NOT IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete', 'ReworkPreQC', 'ReworkFinalQC') THEN
        RAISE EXCEPTION 'E-TASKS-STATUS: tasks are ticked while the build is in production (build % is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    BEGIN
        INSERT INTO cs.task_completions (task_list_id, order_id, task_sequence, completed_by, completed_at, notes)
        VALUES (l.task_list_id, o.order_id, p_task_sequence, me.user_id, now(), nullif(btrim(p_notes), ''))
        RETURNING completion_id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'E-TASKS-DONE: task % of this list is already ticked for build %', p_task_sequence, o.build_number
            USING ERRCODE = 'unique_violation';
    END;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Settings (Admin): known keys only, whole numbers in their range. A quota key without a row yet
-- (its default is in cs.attach_document) gets one.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.set_setting(p_key text, p_value text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'changing a setting');
    v_min bigint;
    v_max bigint;
    v_about text;
BEGIN
    SELECT lo, hi, about INTO v_min, v_max, v_about FROM (VALUES
        ('signature_max_age_seconds', 10::bigint, 3600::bigint, NULL::text),
        ('document_max_bytes', 1, 26214400, NULL),
        ('document_quota_order_count', 1, 10000, 'Most documents one order may hold (default 100)'),
        ('document_quota_order_bytes', 1, 10737418240, 'Most bytes of documents one order may hold (default 250 MB)'),
        ('document_quota_person_day_count', 1, 10000, 'Most documents one person may attach in 24 hours (default 200)'),
        ('document_quota_person_day_bytes', 1, 10737418240,
         'Most bytes one person may attach in 24 hours (default 500 MB)')) k (key, lo, hi, about)
     WHERE k.key = p_key;
    IF NOT FOUND OR (v_about IS NULL AND NOT EXISTS (SELECT 1 FROM cs.app_settings WHERE key = p_key)) THEN
        RAISE EXCEPTION 'E-SETTING-UNKNOWN: no setting "%"', p_key USING ERRCODE = 'invalid_parameter_value', COLUMN = 'key';
    END IF;
    IF p_value IS NULL OR p_value !~ '^[0-9]{1,18}$' OR p_value::bigint NOT BETWEEN v_min AND v_max THEN
        RAISE EXCEPTION 'E-SETTING-VALUE: % takes a whole number from % to %', p_key, v_min, v_max
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'value';
    END IF;
    INSERT INTO cs.app_settings (key, value, description) VALUES (p_key, p_value, v_about)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants: people read; they write through the functions only
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON FUNCTION cs.update_order(uuid, integer, text, text, text, date, text, text),
                       cs.setting_bigint(text, bigint),
                       cs.attach_document(uuid, text, text, bytea, text), cs.delete_document(uuid, text),
                       cs.check_service_items(jsonb, text), cs.request_service_order(jsonb),
                       cs.lock_service_order(uuid, integer),
                       cs.decide_service_order(uuid, boolean, jsonb, text, integer),
                       cs.advance_service_order(uuid, text, text, integer), cs.withdraw_service_order(uuid, integer),
                       cs.create_task_list(uuid, text, jsonb), cs.complete_task(uuid, uuid, integer, text),
                       cs.set_setting(text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.update_order(uuid, integer, text, text, text, date, text, text)
    TO cs_coordinator, cs_admin;
GRANT EXECUTE ON FUNCTION cs.attach_document(uuid, text, text, bytea, text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
GRANT EXECUTE ON FUNCTION cs.delete_document(uuid, text), cs.set_setting(text, text) TO cs_admin;
GRANT EXECUTE ON FUNCTION cs.request_service_order(jsonb), cs.withdraw_service_order(uuid, integer)
    TO cs_service, cs_admin;
GRANT EXECUTE ON FUNCTION cs.decide_service_order(uuid, boolean, jsonb, text, integer),
                          cs.advance_service_order(uuid, text, text, integer)
    TO cs_procurement, cs_admin;
-- A build's task list is generated by cs.ensure_task_list (68_work_instructions.sql) and ticking a task
-- is answering its CLP item: the free task lists and their ticks are nobody's any more.
REVOKE EXECUTE ON FUNCTION cs.create_task_list(uuid, text, jsonb), cs.complete_task(uuid, uuid, integer, text)
    FROM PUBLIC, cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Deleted orders: the Admin reads their records.
GRANT SELECT ON cs.order_deletions TO cs_admin;
