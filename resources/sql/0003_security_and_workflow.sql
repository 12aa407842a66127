-- 0003: per-role security. Grants go to the six NOLOGIN group roles only; rule-carrying writes go
-- through SECURITY DEFINER functions (owned by cs_owner, search_path fixed) that check the caller's
-- app role (cs.users by session_user, active) and the rules of WORKFLOW.md.
--
-- Errors: the message starts with a code (CONFIGURATION.md 8 codes for order fields, E-* codes
-- below for the rest), then a colon and words for the user. SQLSTATE: 42501 for a role that may
-- not do it, 23505 for uniqueness, 22023 for invalid input, 23514 for a workflow gate not met,
-- 40001 for a stale row version, P0002 for a missing row, 28000 for a stale authentication.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Who is calling
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.group_for_role(r cs.user_role_enum) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT CASE r WHEN 'ProductionCoordinator' THEN 'cs_coordinator' WHEN 'Admin' THEN 'cs_admin'
                  WHEN 'ProcurementSpecialist' THEN 'cs_procurement' WHEN 'QCPerson' THEN 'cs_qc'
                  WHEN 'Assembler' THEN 'cs_assembler' WHEN 'ServiceDepartment' THEN 'cs_service' END
$$;

CREATE FUNCTION cs.session_is_superuser() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

-- The active profile of the person logged in, or NULL.
CREATE FUNCTION cs.caller_user_id() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
    SELECT user_id FROM cs.users WHERE username = session_user AND is_active
$$;
CREATE FUNCTION cs.caller_role() RETURNS cs.user_role_enum LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
    SELECT role FROM cs.users WHERE username = session_user AND is_active
$$;

CREATE FUNCTION cs.whoami()
    RETURNS TABLE (user_id uuid, username text, full_name text, initials text, role cs.user_role_enum,
                   is_active boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT u.user_id, u.username::text, u.full_name::text, u.initials::text, u.role, u.is_active
    FROM cs.users u WHERE u.username = session_user
$$;

-- The caller's profile, which must exist, be active and have one of the roles.
CREATE FUNCTION cs.require_role(allowed cs.user_role_enum[], what text) RETURNS cs.users
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
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
    RETURN me;
END
$$;

-- Fresh authentication for signatures: the client opens a new connection with the password the
-- user has just re-typed and signs on it; a connection older than signature_max_age_seconds cannot.
CREATE FUNCTION cs.require_fresh_authentication() RETURNS timestamptz
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_start timestamptz;
    v_max integer := (SELECT value::integer FROM cs.app_settings WHERE key = 'signature_max_age_seconds');
BEGIN
    SELECT backend_start INTO v_start FROM pg_stat_activity WHERE pid = pg_backend_pid();
    IF v_start IS NULL OR v_start < clock_timestamp() - make_interval(secs => coalesce(v_max, 120)) THEN
        RAISE EXCEPTION 'E-SIGN-STALE: signing needs a fresh authentication; re-enter your password to sign'
            USING ERRCODE = 'invalid_authorization_specification',
                  DETAIL = format('The connection was opened more than %s seconds ago.', coalesce(v_max, 120));
    END IF;
    RETURN v_start;
END
$$;

-- Stores an electronic signature of `me` after checking freshness and initials.
CREATE FUNCTION cs.sign(me cs.users, p_initials text, p_meaning text, p_table text, p_row_id text,
                        p_sha256 text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_start timestamptz := cs.require_fresh_authentication();
    v_id uuid;
BEGIN
    IF p_initials IS NULL OR upper(btrim(p_initials)) <> upper(me.initials) THEN
        RAISE EXCEPTION 'E-SIGN-INITIALS: the initials do not match the profile of %', me.full_name
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'initials';
    END IF;
    INSERT INTO cs.signatures (signer_user_id, signer_username, printed_name, initials, meaning,
                               content_sha256, signed_table, signed_row_id, backend_start)
    VALUES (me.user_id, me.username, me.full_name, me.initials, p_meaning, p_sha256, p_table, p_row_id, v_start)
    RETURNING signature_id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION cs.sha256_hex(t text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$ SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex') $$;

-- Forces the author columns of rows written directly by clients.
CREATE FUNCTION cs.tg_force_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_me uuid := cs.caller_user_id();
    v_col text := TG_ARGV[0];
BEGIN
    IF v_me IS NULL AND NOT cs.session_is_superuser() THEN
        RAISE EXCEPTION 'E-NO-PROFILE: login "%" has no active CleanStation user profile', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_me IS NOT NULL THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(v_col, v_me));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER force_author BEFORE INSERT ON cs.order_documents
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('uploaded_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.qc_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('created_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.testing_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('created_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.work_instructions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('created_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.task_lists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('created_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.task_completions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('completed_by');
CREATE TRIGGER force_author BEFORE INSERT ON cs.service_orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_force_author('requested_by');

-- ---------------------------------------------------------------------------------------------
-- User management (Admin; the superuser for the very first admin from the CLI)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.require_user_admin() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF cs.session_is_superuser() THEN
        RETURN cs.caller_user_id();
    END IF;
    RETURN (cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'managing users')).user_id;
END
$$;

CREATE FUNCTION cs.parse_role(p_role text) RETURNS cs.user_role_enum LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR NOT p_role = ANY (enum_range(NULL::cs.user_role_enum)::text[]) THEN
        RAISE EXCEPTION 'E-ROLE-UNKNOWN: unknown role "%"', p_role
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role',
                  DETAIL = 'Roles: ' || array_to_string(enum_range(NULL::cs.user_role_enum), ', ');
    END IF;
    RETURN p_role::cs.user_role_enum;
END
$$;

-- Passwords are checked for length only; the message never contains them. A SCRAM-SHA-256
-- verifier computed by the client ("SCRAM-SHA-256$4096:...") is accepted as is, so the clear text
-- never reaches the server (or its statement log).
CREATE FUNCTION cs.check_password(p_password text) RETURNS void LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_password IS NULL OR (p_password !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
                              AND length(p_password) < 8) THEN
        RAISE EXCEPTION 'E-PASSWORD-WEAK: the password must have at least 8 characters'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'password';
    END IF;
END
$$;

CREATE FUNCTION cs.managed_user(p_username text) RETURNS cs.users
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    u cs.users;
BEGIN
    SELECT * INTO u FROM cs.users WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-USER-NOT-FOUND: no CleanStation user "%"', p_username
            USING ERRCODE = 'no_data_found', COLUMN = 'username';
    END IF;
    RETURN u;
END
$$;

CREATE FUNCTION cs.create_user(p_username text, p_full_name text, p_initials text, p_role text,
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
    INSERT INTO cs.users (username, email, full_name, initials, role)
    VALUES (p_username, nullif(btrim(p_email), ''), btrim(p_full_name), upper(btrim(p_initials)), v_role)
    RETURNING user_id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION cs.set_user_active(p_username text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    u cs.users := cs.managed_user(p_username);
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
END
$$;

CREATE FUNCTION cs.reset_password(p_username text, p_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp
    SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    u cs.users := cs.managed_user(p_username);
BEGIN
    PERFORM cs.require_user_admin();
    PERFORM cs.check_password(p_password);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', u.username, p_password);
    UPDATE cs.users SET updated_at = now() WHERE user_id = u.user_id;
END
$$;

CREATE FUNCTION cs.change_role(p_username text, p_role text) RETURNS void
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
    EXECUTE format('REVOKE %I FROM %I', cs.group_for_role(u.role), u.username);
    EXECUTE format('GRANT %I TO %I', cs.group_for_role(v_role), u.username);
    UPDATE cs.users SET role = v_role WHERE user_id = u.user_id;
END
$$;

-- The old password is proven by the fresh connection the client opened with it.
CREATE FUNCTION cs.change_own_password(p_new_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp
    SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'changing your password');
BEGIN
    PERFORM cs.require_fresh_authentication();
    PERFORM cs.check_password(p_new_password);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', me.username, p_new_password);
    UPDATE cs.users SET updated_at = now() WHERE user_id = me.user_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Sessions
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.record_session_start(p_host text, p_client_version text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'starting a session');
    v_id uuid;
BEGIN
    INSERT INTO cs.user_sessions (user_id, ip_address, user_agent, host_name, backend_pid)
    VALUES (me.user_id, inet_client_addr(), left(p_client_version, 200), left(p_host, 255), pg_backend_pid())
    RETURNING session_id INTO v_id;
    UPDATE cs.users SET last_login = now() WHERE user_id = me.user_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION cs.record_session_event(p_session_id uuid, p_event text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'recording a session event');
BEGIN
    IF p_event IS NULL OR p_event NOT IN ('logout', 'lock', 'unlock') THEN
        RAISE EXCEPTION 'E-SESSION-EVENT: unknown session event "%" (logout, lock, unlock)', p_event
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE cs.user_sessions
       SET last_event = p_event, last_event_at = now(),
           ended_at = CASE WHEN p_event = 'logout' THEN now() ELSE ended_at END
     WHERE session_id = p_session_id AND user_id = me.user_id AND ended_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-SESSION-NOT-FOUND: no open session % of yours', p_session_id
            USING ERRCODE = 'no_data_found';
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Orders: submit
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.raise_invalid(p_code text, p_message text, p_column text, p_state text DEFAULT '22023')
    RETURNS void LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = p_code || ': ' || p_message, ERRCODE = p_state,
                          COLUMN = coalesce(p_column, ''), DETAIL = coalesce('field: ' || p_column, '');
END
$$;

-- Stores one BOM version (boms + bom_items) and returns (bom_id, sha256). The BOM object is
-- {"top":[{id,qty,rule,answer,note}], "tree":[{id,qty,extQty,depth,parent,rule}], "flat":[{id,qty}]};
-- the tree's depth-0 rows are the top lines in the same order.
CREATE FUNCTION cs.store_bom(p_order_id uuid, p_bom_id uuid, p_version integer, p_bom jsonb,
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

CREATE FUNCTION cs.submit_order(p jsonb) RETURNS jsonb
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
CREATE FUNCTION cs.regenerate_bom(p_order_id uuid, p_bom jsonb, p_catalog_revision bigint, p_note text,
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

-- ---------------------------------------------------------------------------------------------
-- Orders: transitions (WORKFLOW.md 2.2), assignment (2.3)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.order_transitions (
    from_status cs.order_status_enum NOT NULL,
    to_status cs.order_status_enum NOT NULL,
    allowed_roles cs.user_role_enum[] NOT NULL,
    note_required boolean NOT NULL,
    gate text CHECK (gate IN ('bom_approved', 'preqc_pass', 'preqc_fail', 'test_pass', 'finalqc_pass', 'finalqc_fail')),
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO cs.order_transitions VALUES
    ('OrderCreated', 'PartsSent', '{ProcurementSpecialist,Admin}', false, 'bom_approved'),
    ('PartsSent', 'ReadyForPreQC', '{ProcurementSpecialist,Admin}', false, NULL),
    ('ReadyForPreQC', 'ReadyForProduction', '{QCPerson,Admin}', false, 'preqc_pass'),
    ('ReadyForPreQC', 'PreQCRejected', '{QCPerson,Admin}', true, 'preqc_fail'),
    ('ReadyForPreQC', 'ReworkPreQC', '{QCPerson,Admin}', true, 'preqc_fail'),
    ('ReworkPreQC', 'ReadyForPreQC', '{Assembler,ProductionCoordinator,Admin}', true, NULL),
    ('PreQCRejected', 'ReadyForPreQC', '{ProcurementSpecialist,ProductionCoordinator,Admin}', true, NULL),
    ('ReadyForProduction', 'TestingComplete', '{Assembler,Admin}', false, 'test_pass'),
    ('ReadyForProduction', 'OnHoldParts', '{Assembler,ProductionCoordinator,Admin}', true, NULL),
    ('OnHoldParts', 'ReadyForProduction', '{ProcurementSpecialist,ProductionCoordinator,Admin}', true, NULL),
    ('TestingComplete', 'PackagingComplete', '{Assembler,Admin}', false, NULL),
    ('PackagingComplete', 'ReadyForFinalQC', '{Assembler,Admin}', false, NULL),
    ('ReadyForFinalQC', 'ReadyForShip', '{QCPerson,Admin}', false, 'finalqc_pass'),
    ('ReadyForFinalQC', 'FinalQCRejected', '{QCPerson,Admin}', true, 'finalqc_fail'),
    ('ReadyForFinalQC', 'ReworkFinalQC', '{QCPerson,Admin}', true, 'finalqc_fail'),
    ('ReworkFinalQC', 'ReadyForFinalQC', '{Assembler,ProductionCoordinator,Admin}', true, NULL),
    ('FinalQCRejected', 'ReadyForFinalQC', '{ProductionCoordinator,Admin}', true, NULL),
    ('ReadyForShip', 'Shipped', '{ProductionCoordinator,Admin}', false, NULL);

CREATE FUNCTION cs.parse_status(p_status text) RETURNS cs.order_status_enum LANGUAGE plpgsql IMMUTABLE
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
CREATE FUNCTION cs.lock_order(p_order_id uuid, p_expected_row_version integer) RETURNS cs.orders
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    o cs.orders;
BEGIN
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_expected_row_version IS NULL OR o.row_version <> p_expected_row_version THEN
        RAISE EXCEPTION 'E-STALE: build % was changed by someone else in the meantime; reload it and try again', o.build_number
            USING ERRCODE = 'serialization_failure',
                  DETAIL = format('current row version %s, yours %s', o.row_version, coalesce(p_expected_row_version::text, 'none'));
    END IF;
    RETURN o;
END
$$;

CREATE FUNCTION cs.check_gate(o cs.orders, p_gate text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_qc cs.qc_results;
    v_test cs.testing_results;
BEGIN
    IF p_gate IS NULL THEN
        RETURN;
    ELSIF p_gate = 'bom_approved' THEN
        IF NOT EXISTS (SELECT 1 FROM cs.boms WHERE bom_id = o.generated_bom_id AND status = 'Approved') THEN
            RAISE EXCEPTION 'E-GATE-BOM-NOT-APPROVED: the BOM of build % is not approved', o.build_number
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF p_gate IN ('preqc_pass', 'preqc_fail', 'finalqc_pass', 'finalqc_fail') THEN
        SELECT * INTO v_qc FROM cs.qc_results
         WHERE order_id = o.order_id
           AND qc_type = CASE WHEN p_gate LIKE 'preqc%' THEN 'PreQC' ELSE 'FinalQC' END::cs.qc_form_type_enum
         ORDER BY performed_at DESC LIMIT 1;
        IF p_gate LIKE '%pass' AND (v_qc.result_id IS NULL OR v_qc.overall_status <> 'Pass' OR v_qc.signature_id IS NULL) THEN
            RAISE EXCEPTION 'E-GATE-%-NOT-PASSED: build % has no signed % Pass as its latest result',
                CASE WHEN p_gate LIKE 'preqc%' THEN 'PREQC' ELSE 'FINALQC' END, o.build_number,
                CASE WHEN p_gate LIKE 'preqc%' THEN 'Pre-QC' ELSE 'Final QC' END
                USING ERRCODE = 'check_violation';
        END IF;
        IF p_gate LIKE '%fail' AND (v_qc.result_id IS NULL OR v_qc.overall_status <> 'Fail') THEN
            RAISE EXCEPTION 'E-GATE-%-NOT-FAILED: build % has no % Fail as its latest result',
                CASE WHEN p_gate LIKE 'preqc%' THEN 'PREQC' ELSE 'FINALQC' END, o.build_number,
                CASE WHEN p_gate LIKE 'preqc%' THEN 'Pre-QC' ELSE 'Final QC' END
                USING ERRCODE = 'check_violation';
        END IF;
        IF p_gate = 'finalqc_pass' THEN
            PERFORM cs.check_gate(o, 'test_pass');
        END IF;
    ELSIF p_gate = 'test_pass' THEN
        SELECT * INTO v_test FROM cs.testing_results WHERE order_id = o.order_id
         ORDER BY performed_at DESC LIMIT 1;
        IF v_test.result_id IS NULL OR v_test.overall_status <> 'Pass' OR v_test.signature_id IS NULL THEN
            RAISE EXCEPTION 'E-GATE-TEST-NOT-PASSED: build % has no signed end-of-line test Pass as its latest result', o.build_number
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
END
$$;

CREATE FUNCTION cs.transition_order(p_order_id uuid, p_to_status text, p_note text,
                                    p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'changing an order status');
    v_to cs.order_status_enum := cs.parse_status(p_to_status);
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    t cs.order_transitions;
    v_version integer;
BEGIN
    SELECT * INTO t FROM cs.order_transitions WHERE from_status = o.status AND to_status = v_to;
    IF NOT FOUND THEN
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
    PERFORM cs.check_gate(o, t.gate);
    UPDATE cs.orders SET status = v_to WHERE order_id = o.order_id RETURNING row_version INTO v_version;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id, 'StatusChange', o.status, v_to, nullif(btrim(p_note), ''));
    RETURN v_version;
END
$$;

-- Admin "force status" (WORKFLOW.md 2.2): any status, reason required, flagged in history.
CREATE FUNCTION cs.force_order_status(p_order_id uuid, p_to_status text, p_reason text,
                                      p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'forcing an order status');
    v_to cs.order_status_enum := cs.parse_status(p_to_status);
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    v_version integer;
BEGIN
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: forcing a status needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    UPDATE cs.orders SET status = v_to WHERE order_id = o.order_id RETURNING row_version INTO v_version;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes, forced)
    VALUES (o.order_id, me.user_id, 'ForceStatus', o.status, v_to, btrim(p_reason), true);
    RETURN v_version;
END
$$;

CREATE FUNCTION cs.assign_order(p_order_id uuid, p_assignee_username text, p_expected_row_version integer)
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
        v_fits := CASE
            WHEN o.status IN ('OrderCreated', 'PartsSent') THEN ARRAY['ProcurementSpecialist']::cs.user_role_enum[]
            WHEN o.status IN ('ReadyForPreQC', 'ReadyForFinalQC') THEN ARRAY['QCPerson']::cs.user_role_enum[]
            WHEN o.status IN ('ReadyForProduction', 'TestingComplete', 'PackagingComplete')
                THEN ARRAY['Assembler']::cs.user_role_enum[]
            ELSE enum_range(NULL::cs.user_role_enum) END;
        IF NOT (a.role = ANY (v_fits) OR a.role = 'Admin') THEN
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

CREATE FUNCTION cs.claim_build(p_order_id uuid, p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler']::cs.user_role_enum[], 'claiming a build');
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    v_version integer;
BEGIN
    IF o.status <> 'ReadyForProduction' THEN
        RAISE EXCEPTION 'E-CLAIM-STATUS: only a build ReadyForProduction can be claimed (build % is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF o.current_assignee IS NOT NULL AND o.current_assignee <> me.user_id THEN
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

CREATE FUNCTION cs.delete_order(p_order_id uuid, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'deleting an order');
    o cs.orders;
BEGIN
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: deleting an order needs a reason' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'note';
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    -- The audit log keeps every deleted row (and the reason, through this session's history row).
    PERFORM set_config('cs.delete_reason', btrim(p_reason), true);
    UPDATE cs.orders SET generated_bom_id = NULL WHERE order_id = o.order_id;
    DELETE FROM cs.orders WHERE order_id = o.order_id;
    DELETE FROM cs.purchase_orders po WHERE po.po_id = o.po_id
       AND NOT EXISTS (SELECT 1 FROM cs.orders x WHERE x.po_id = o.po_id);
END
$$;

-- Direct UPDATEs by clients (column grants below): only while OrderCreated, only Coordinator or
-- Admin, and the same field rules as submission. Functions (running as cs_owner) are not limited.
CREATE FUNCTION cs.tg_orders_direct_update() RETURNS trigger
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
CREATE TRIGGER orders_direct_update BEFORE UPDATE ON cs.orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_orders_direct_update();

-- ---------------------------------------------------------------------------------------------
-- BOM approval, QC results, test results (signed)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.approve_bom(p_bom_id uuid, p_approve boolean, p_note text, p_initials text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProcurementSpecialist', 'Admin']::cs.user_role_enum[], 'approving a BOM');
    v_bom cs.boms;
    o cs.orders;
    v_sig uuid;
    v_id uuid := gen_random_uuid();
BEGIN
    SELECT * INTO v_bom FROM cs.boms WHERE bom_id = p_bom_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-BOM-NOT-FOUND: no BOM %', p_bom_id USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = v_bom.order_id FOR UPDATE;
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

CREATE FUNCTION cs.record_qc_result(p_order_id uuid, p_qc_type text, p_template_id uuid, p_overall_status text,
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
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
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

CREATE FUNCTION cs.record_test_result(p_order_id uuid, p_template_id uuid, p_overall_status text,
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
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
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
-- Custom parts (CONFIGURATION.md 9.12)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.ensure_custom_part(p_part_id text, p_name text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'creating a custom part');
    v_custom boolean;
BEGIN
    IF p_part_id IS NULL OR p_part_id !~ '^T2-ADW-(BASIN-[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?|PB-[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?)$' THEN
        RAISE EXCEPTION 'E-CUSTOM-ID: "%" is not a custom basin (T2-ADW-BASIN-WxLxD) or pegboard (T2-ADW-PB-WxL) id', p_part_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM cs.assemblies WHERE assembly_id = p_part_id) THEN
        RAISE EXCEPTION 'E-CUSTOM-ID-TAKEN: % is a standard catalog assembly', p_part_id USING ERRCODE = 'unique_violation';
    END IF;
    SELECT is_custom INTO v_custom FROM cs.parts WHERE part_id = p_part_id;
    IF FOUND THEN
        IF NOT v_custom THEN
            RAISE EXCEPTION 'E-CUSTOM-ID-TAKEN: % is a standard catalog part', p_part_id USING ERRCODE = 'unique_violation';
        END IF;
        RETURN false;
    END IF;
    IF coalesce(length(btrim(p_name)), 0) < 3 THEN
        RAISE EXCEPTION 'E-CUSTOM-NAME: a custom part needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO cs.parts (part_id, name, type, is_custom, description)
    VALUES (p_part_id, left(btrim(p_name), 255), 'COMPONENT', true, 'Custom part (720.215) created by ' || me.full_name);
    RETURN true;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------------------------
-- The order list for every role (Service sees the list only, WORKFLOW.md 3): no configuration,
-- no notes. Owned by cs_owner, so it reads orders with the owner's rights.
CREATE VIEW cs.order_list AS
    SELECT o.order_id, o.po_id, o.po_number, o.build_number, o.customer_name, o.project_name, o.sales_person,
           o.want_date, o.order_language, o.sink_family, o.sink_model, o.status, o.current_assignee,
           u.full_name AS assignee_name, o.row_version, o.created_at, o.updated_at
    FROM cs.orders o LEFT JOIN cs.users u ON u.user_id = o.current_assignee;

-- ---------------------------------------------------------------------------------------------
-- Service orders: row level security (WORKFLOW.md 6)
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.service_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY service_orders_read ON cs.service_orders FOR SELECT USING (
    cs.caller_role() IN ('Admin', 'ProcurementSpecialist')
    OR requested_by = cs.caller_user_id()
    OR (cs.caller_role() IN ('ProductionCoordinator', 'QCPerson', 'Assembler') AND status IN ('Approved', 'Ordered', 'Received')));
CREATE POLICY service_orders_insert ON cs.service_orders FOR INSERT WITH CHECK (
    cs.caller_role() IN ('Admin', 'ServiceDepartment') AND status = 'Pending' AND processed_by IS NULL);
CREATE POLICY service_orders_update ON cs.service_orders FOR UPDATE
    USING (cs.caller_role() IN ('Admin', 'ProcurementSpecialist'))
    WITH CHECK (cs.caller_role() IN ('Admin', 'ProcurementSpecialist'));
CREATE POLICY service_orders_delete ON cs.service_orders FOR DELETE USING (
    cs.caller_role() = 'Admin' OR (requested_by = cs.caller_user_id() AND status = 'Pending'));

-- ---------------------------------------------------------------------------------------------
-- Grants (groups only)
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA cs FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA cs FROM PUBLIC;
-- Functions: cs_owner's default privileges already keep PUBLIC out; say it explicitly too.
DO $revoke$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'cs' AND p.proowner = 'cs_owner'::regrole LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$revoke$;

GRANT USAGE ON SCHEMA cs TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- Everyone: catalog, templates, instructions, settings, transitions, migrations, the order list.
GRANT SELECT ON cs.categories, cs.subcategories, cs.parts, cs.assemblies, cs.assembly_components,
                cs.catalog_state, cs.qc_form_templates, cs.testing_form_templates, cs.work_instructions,
                cs.tools, cs.app_settings, cs.order_transitions, cs.schema_migrations, cs.order_list
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT SELECT (user_id, username, full_name, initials, role, is_active) ON cs.users
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT SELECT, INSERT, DELETE ON cs.service_orders TO cs_service, cs_admin;
GRANT SELECT ON cs.service_orders TO cs_coordinator, cs_qc, cs_assembler;
GRANT SELECT, UPDATE (status, processed_by, processed_timestamp, processing_notes) ON cs.service_orders
    TO cs_procurement, cs_admin;

-- Production roles (not Service): order details, BOMs, history, documents, results, signatures.
GRANT SELECT ON cs.orders, cs.purchase_orders, cs.order_history, cs.boms, cs.bom_items, cs.bom_approvals,
                cs.qc_results, cs.testing_results, cs.signatures, cs.task_lists, cs.task_completions
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
GRANT SELECT (document_id, order_id, filename, file_url, file_type, content, content_sha256, file_size,
              uploaded_by, uploaded_at, document_type),
      INSERT (order_id, filename, file_url, file_type, content, document_type)
    ON cs.order_documents TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
GRANT DELETE ON cs.order_documents TO cs_admin;

-- Editable order fields, while OrderCreated (trigger cs.tg_orders_direct_update). No status column.
GRANT UPDATE (customer_name, project_name, sales_person, want_date, order_language, notes) ON cs.orders
    TO cs_coordinator, cs_admin;

-- Admin: catalog, templates, instructions, tools, settings, users' full rows, sessions, audit.
GRANT INSERT, UPDATE, DELETE ON cs.categories, cs.subcategories, cs.parts, cs.assemblies, cs.assembly_components,
                                cs.qc_form_templates, cs.testing_form_templates, cs.work_instructions, cs.tools
    TO cs_admin;
GRANT UPDATE (value) ON cs.app_settings TO cs_admin;
GRANT SELECT ON cs.users, cs.user_sessions, cs.audit_log, cs.audit_chain_head TO cs_admin;
GRANT INSERT ON cs.task_lists TO cs_coordinator, cs_admin;
GRANT INSERT ON cs.task_completions TO cs_assembler, cs_admin;

-- Functions
-- The helpers used by the invoker-rights trigger and the row level security policies.
GRANT EXECUTE ON FUNCTION cs.require_role(cs.user_role_enum[], text), cs.session_is_superuser(),
                          cs.raise_invalid(text, text, text, text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.whoami(), cs.catalog_revision(), cs.caller_user_id(), cs.caller_role(),
                          cs.record_session_start(text, text), cs.record_session_event(uuid, text),
                          cs.change_own_password(text), cs.transition_order(uuid, text, text, integer)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.create_user(text, text, text, text, text, text), cs.set_user_active(text, boolean),
                          cs.reset_password(text, text), cs.change_role(text, text),
                          cs.force_order_status(uuid, text, text, integer), cs.delete_order(uuid, text)
    TO cs_admin;
GRANT EXECUTE ON FUNCTION cs.submit_order(jsonb), cs.regenerate_bom(uuid, jsonb, bigint, text, integer),
                          cs.assign_order(uuid, text, integer), cs.ensure_custom_part(text, text)
    TO cs_coordinator, cs_admin;
GRANT EXECUTE ON FUNCTION cs.approve_bom(uuid, boolean, text, text) TO cs_procurement, cs_admin;
GRANT EXECUTE ON FUNCTION cs.record_qc_result(uuid, text, uuid, text, jsonb, text, text) TO cs_qc, cs_assembler, cs_admin;
GRANT EXECUTE ON FUNCTION cs.record_test_result(uuid, uuid, text, jsonb, text, text) TO cs_assembler, cs_admin;
GRANT EXECUTE ON FUNCTION cs.claim_build(uuid, integer) TO cs_assembler;
