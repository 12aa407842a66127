-- Repeatable file 55_signatures: electronic signatures and the BOM approval.
--   * Fresh authentication: a signature is given with the password the person re-typed, proven either
--     by a SCRAM client proof on the person's own connection (cs.signature_challenge, then
--     cs.present_signature_proof in the signing transaction) or by a connection the client has just
--     opened with it; otherwise the connection cannot sign (E-SIGN-STALE).
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
-- Fresh authentication for signatures, one of two:
-- - the password was proven on this connection in this transaction (cs.present_signature_proof): the
--   time of the proof;
-- - the client opened this connection with the password the user has just re-typed: a backend that
--   started less than signature_max_age_seconds ago, its start time.
CREATE OR REPLACE FUNCTION cs.require_fresh_authentication() RETURNS timestamptz
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_start timestamptz;
    v_max integer := (SELECT value::integer FROM cs.app_settings WHERE key = 'signature_max_age_seconds');
BEGIN
    -- A transaction that presented a proof has a transaction id (the proof was written down).
    SELECT c.proven_at INTO v_start FROM cs.signature_challenges c
     WHERE c.username = session_user AND c.backend_pid = pg_backend_pid()
       AND c.proven_xid = pg_current_xact_id_if_assigned();
    IF FOUND THEN
        RETURN v_start;
    END IF;
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

-- A challenge for the password of the login running this session: a message with a random nonce,
-- bound to this login and this backend, and the salt and iteration count of the login's stored SCRAM
-- verifier (what the server sends anyone who starts logging in as it). The client answers it with
-- cs.present_signature_proof. A login whose password is not stored as SCRAM-SHA-256 gets
-- E-SIGN-NO-SCRAM: it signs on a fresh connection.
CREATE OR REPLACE FUNCTION cs.signature_challenge()
    RETURNS TABLE (challenge_id uuid, message text, salt text, iterations integer)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v scram_parts;
BEGIN
    PERFORM cs.require_role(enum_range(NULL::cs.user_role_enum), 'signing');
    SELECT * INTO v FROM cs.scram_salt();
    IF v.salt IS NULL THEN
        RAISE EXCEPTION 'E-SIGN-NO-SCRAM: the password of "%" is not stored as SCRAM-SHA-256; sign on a new connection', session_user
            USING ERRCODE = 'feature_not_supported';
    END IF;
    -- Challenges an hour old are of no use to anyone (the allowance is minutes); one that someone
    -- else is removing is left to them.
    DELETE FROM cs.signature_challenges c
     WHERE c.challenge_id IN (SELECT x.challenge_id FROM cs.signature_challenges x
                               WHERE x.created_at < clock_timestamp() - interval '1 hour'
                               LIMIT 100 FOR UPDATE SKIP LOCKED);
    challenge_id := gen_random_uuid();
    message := format('cleanstation-signature,%s,%s,%s,%s', session_user, pg_backend_pid(), challenge_id,
                      replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
    INSERT INTO cs.signature_challenges (challenge_id, username, backend_pid, message)
    VALUES (challenge_id, session_user, pg_backend_pid(), message);
    salt := v.salt;
    iterations := v.iterations;
    RETURN NEXT;
END
$$;

-- The answer to a challenge of this login and backend, in the transaction that signs: p_proof is the
-- SCRAM client proof (base64) of the password for the challenge's message. Refused when the
-- challenge is not this session's, was answered already or is older than the signature allowance
-- (E-SIGN-STALE), or when the proof does not hold (E-SIGN-PASSWORD). Once it holds, this transaction
-- may sign (cs.require_fresh_authentication); the challenge cannot be answered again.
CREATE OR REPLACE FUNCTION cs.present_signature_proof(p_challenge_id uuid, p_proof text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_max integer := (SELECT value::integer FROM cs.app_settings WHERE key = 'signature_max_age_seconds');
    c cs.signature_challenges;
BEGIN
    PERFORM cs.require_role(enum_range(NULL::cs.user_role_enum), 'signing');
    SELECT * INTO c FROM cs.signature_challenges x
     WHERE x.challenge_id = p_challenge_id AND x.username = session_user AND x.backend_pid = pg_backend_pid()
       FOR UPDATE;
    IF NOT FOUND OR c.proven_at IS NOT NULL
       OR c.created_at < clock_timestamp() - make_interval(secs => coalesce(v_max, 120)) THEN
        RAISE EXCEPTION 'E-SIGN-STALE: this password check was used already or has expired; re-enter your password to sign'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    -- 32 bytes in base64; anything else cannot be a proof.
    IF p_proof IS NULL OR p_proof !~ '^[A-Za-z0-9+/]{43}=$'
       OR NOT cs.scram_proof_holds(c.message, decode(p_proof, 'base64')) THEN
        RAISE EXCEPTION 'E-SIGN-PASSWORD: the password is not correct; nothing was signed'
            USING ERRCODE = 'invalid_password';
    END IF;
    UPDATE cs.signature_challenges
       SET proven_at = clock_timestamp(), proven_xid = pg_current_xact_id()
     WHERE challenge_id = c.challenge_id;
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
-- Every person signs (the functions check the role of what is signed).
GRANT EXECUTE ON FUNCTION cs.signature_challenge(), cs.present_signature_proof(uuid, text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- ---------------------------------------------------------------------------------------------
-- The stored SCRAM verifier (pg_authid, which only superusers read): two functions owned by the
-- migrating superuser, each about the session's own login only, executable by cs_owner only (the
-- challenge functions above). Neither returns the stored or server key.
-- ---------------------------------------------------------------------------------------------
RESET ROLE;
CREATE OR REPLACE FUNCTION cs.scram_salt() RETURNS cs.scram_parts
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m text[] := regexp_match((SELECT a.rolpassword FROM pg_authid a WHERE a.rolname = session_user),
                             '^SCRAM-SHA-256\$([0-9]+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$');
    r cs.scram_parts;
BEGIN
    IF m IS NOT NULL THEN
        r.salt := m[2];
        r.iterations := m[1]::integer;
    END IF;
    RETURN r;
END
$$;

-- Whether p_proof is the SCRAM client proof of the session's login for p_message (RFC 5802):
-- ClientKey = p_proof XOR HMAC-SHA-256(StoredKey, p_message), and SHA-256(ClientKey) = StoredKey.
CREATE OR REPLACE FUNCTION cs.scram_proof_holds(p_message text, p_proof bytea) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m text[] := regexp_match((SELECT a.rolpassword FROM pg_authid a WHERE a.rolname = session_user),
                             '^SCRAM-SHA-256\$([0-9]+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$');
    stored bytea;
    k bytea;
    inner_pad bytea;
    outer_pad bytea;
    signature bytea;
    client_key bytea;
BEGIN
    IF m IS NULL OR p_message IS NULL OR p_proof IS NULL OR length(p_proof) <> 32 THEN
        RETURN false;
    END IF;
    stored := decode(m[3], 'base64');
    IF length(stored) <> 32 THEN
        RETURN false;
    END IF;
    -- HMAC (RFC 2104) with a 32-byte key: the key padded to the 64-byte block.
    k := stored || decode(repeat('00', 32), 'hex');
    inner_pad := k;
    outer_pad := k;
    FOR i IN 0 .. 63 LOOP
        inner_pad := set_byte(inner_pad, i, get_byte(k, i) # 54);
        outer_pad := set_byte(outer_pad, i, get_byte(k, i) # 92);
    END LOOP;
    signature := sha256(outer_pad || sha256(inner_pad || convert_to(p_message, 'UTF8')));
    client_key := p_proof;
    FOR i IN 0 .. 31 LOOP
        client_key := set_byte(client_key, i, get_byte(p_proof, i) # get_byte(signature, i));
    END LOOP;
    RETURN sha256(client_key) = stored;
END
$$;
REVOKE ALL ON FUNCTION cs.scram_salt(), cs.scram_proof_holds(text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.scram_salt(), cs.scram_proof_holds(text, bytea) TO cs_owner;
