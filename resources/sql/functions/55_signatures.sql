-- Repeatable file 55_signatures: electronic signatures and the BOM approval.
--   * Fresh authentication: a signature is given on a connection the client has just opened with the
--     password the person re-typed; an older connection cannot sign (E-SIGN-STALE).
--   * cs.sign(): checks the initials and stores the signature (who, printed name, initials, meaning,
--     server time, SHA-256 of the content, what was signed); the server sets the time (trigger
--     function). Used by the BOM approval here and by the QC and test results (60_qc.sql).
--   * cs.approve_bom(): the procurement specialist approves or rejects the current BOM version of a
--     build, signed.
--   * The grants on signatures and approvals.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Signatures
-- ---------------------------------------------------------------------------------------------
-- Fresh authentication for signatures: the client opens a new connection with the password the
-- user has just re-typed and signs on it; a connection older than signature_max_age_seconds cannot.
CREATE OR REPLACE FUNCTION cs.require_fresh_authentication() RETURNS timestamptz
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_start timestamptz;
    v_max integer := (SELECT value::integer FROM cs.app_settings WHERE key = 'signature_max_age_seconds');
BEGIN
    -- This backend's own entry only: the pg_stat_activity view builds a row for every backend of the
    -- cluster (and joins them with the roles and databases), a thousand of them with 500 people.
    SELECT a.backend_start INTO v_start FROM pg_stat_get_activity(pg_backend_pid()) a;
    IF v_start IS NULL OR v_start < clock_timestamp() - make_interval(secs => coalesce(v_max, 120)) THEN
        RAISE EXCEPTION 'E-SIGN-STALE: signing needs a fresh authentication; re-enter your password to sign'
            USING ERRCODE = 'invalid_authorization_specification',
                  DETAIL = format('The connection was opened more than %s seconds ago.', coalesce(v_max, 120));
    END IF;
    RETURN v_start;
END
$$;

-- Stores an electronic signature of `me` after checking freshness and initials.
CREATE OR REPLACE FUNCTION cs.sign(me cs.users, p_initials text, p_meaning text, p_table text, p_row_id text,
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

CREATE OR REPLACE FUNCTION cs.tg_signature_server_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.signed_at := now();                    -- server time, whatever the client sent
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- BOM approval
-- ---------------------------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.signatures, cs.bom_approvals TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
GRANT EXECUTE ON FUNCTION cs.approve_bom(uuid, boolean, text, text) TO cs_procurement, cs_admin;
