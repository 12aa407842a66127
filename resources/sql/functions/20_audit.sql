-- Repeatable file 20_audit: the audit trail. Rows are written by the trigger cs.tg_audit (with
-- session_user, append-only for everyone) and chained afterwards by the sealer cs.seal_audit, which
-- only the role cs_sealer (the daemon `cleanstation-admin audit-sealer` on the server) and superusers
-- may run. The design, and why it is as strong as the hash chain it replaced, is at the top of
-- 0009_audit_sealer.sql; the tables are there and in 0002.
--
-- Runs as a superuser (the migrator); objects are created as the schema owner cs_owner. Every
-- statement can run again (CREATE OR REPLACE, GRANT, REVOKE).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Writing
-- ---------------------------------------------------------------------------------------------

-- Audit trigger: TG_ARGV lists the key columns. Large binary columns are left out of the copies
-- (the document's SHA-256 is kept, which is what identifies the content). Appends the row and
-- queues it for the sealer; no hash, no lock beyond the inserts, no setting read or written.
-- No NOTIFY either: a transaction that has notified takes, at its commit, the one lock of the
-- cluster's notification queue and holds it until the commit is done, so every audited write in the
-- plant committed one after the other through it (at 500 people, commits queued behind it past their
-- lock timeout). The sealer polls its queue instead (every second by default), which costs one
-- index probe a second.
-- Its statements are planned once per table and session (force_generic_plan): none of them depends
-- on the values for its plan, and a person's session writes a table a few times an hour, so with the
-- default (a plan of its own for each of the first five runs) nearly every audited row was planned
-- again, at 500 people a fifth of the trigger's time.
CREATE OR REPLACE FUNCTION cs.tg_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_src jsonb;
    v_key jsonb := '{}'::jsonb;
    v_id bigint;
    i integer;
BEGIN
    -- A file's bytes (documents, instruction images) stay out of the copy: they are dropped before the
    -- row becomes JSON, not after (a 20 MB upload written out as 40 MB of hex only to be thrown away
    -- cost a third of a second). NEW and OLD are this trigger's own copies; the row stored is not changed.
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = TG_RELID AND a.attname = 'content' AND NOT a.attisdropped) THEN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN OLD.content := NULL; END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN NEW.content := NULL; END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN v_old := to_jsonb(OLD) - 'content'; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN v_new := to_jsonb(NEW) - 'content'; END IF;
    IF TG_OP = 'UPDATE' AND v_old = v_new THEN
        RETURN NULL;                           -- nothing changed
    END IF;
    v_src := coalesce(v_new, v_old);
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        v_key := v_key || jsonb_build_object(TG_ARGV[i], v_src -> TG_ARGV[i]);
    END LOOP;

    INSERT INTO cs.audit_log (at, db_user, table_name, op, row_key, old_row, new_row, txid)
    VALUES (clock_timestamp(), session_user, TG_TABLE_NAME, TG_OP, v_key, v_old, v_new,
            pg_current_xact_id()::text::bigint)
    RETURNING id INTO v_id;
    INSERT INTO cs.audit_unsealed (audit_id) VALUES (v_id);
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Sealing
-- ---------------------------------------------------------------------------------------------
-- The text hashed for one sealed row: its position in the chain, the audit row's id and every
-- field, and the seal time. jsonb text is deterministic. The verifier (src/data/admin/
-- auditverifier.cpp) computes the same expression inline, not through this function, and hashes
-- it client side, so a replaced function cannot hide an edit.
CREATE OR REPLACE FUNCTION cs.audit_seal_text(p_position bigint, a cs.audit_log, p_sealed_at timestamptz)
    RETURNS text LANGUAGE sql STABLE SET search_path = cs, pg_temp AS $$
    SELECT jsonb_build_array(p_position, a.id,
                             to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             a.db_user, a.table_name, a.op, a.row_key, a.old_row, a.new_row, a.txid,
                             a.prev_hash, a.hash,
                             to_char(p_sealed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
$$;

-- The sealer: chains up to p_max_rows committed, unsealed audit rows (in id order) at the next
-- positions, in the caller's transaction, and returns how many it sealed. Holds the chain lock (the
-- only lock it takes that anyone else could want) until that transaction ends; the daemon calls it
-- in a transaction of its own. Two sealers at once run one after the other.
CREATE OR REPLACE FUNCTION cs.seal_audit(p_max_rows integer DEFAULT 10000) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_position bigint;
    v_hash text;
    v_next text;
    v_now timestamptz := clock_timestamp();
    v_sealed bigint[] := '{}';
    v_orphans bigint[] := '{}';
    r record;
BEGIN
    IF p_max_rows IS NULL OR p_max_rows < 1 THEN
        RAISE EXCEPTION 'E-SEAL-ARGUMENT: seal at least one row per call (got %)', p_max_rows
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Each statement must see what the previous sealer committed after it released the lock.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'E-SEAL-ISOLATION: cs.seal_audit runs in a READ COMMITTED transaction (this one is %)',
            current_setting('transaction_isolation')
            USING ERRCODE = 'invalid_transaction_state';
    END IF;
    LOCK TABLE cs.audit_seal_state IN EXCLUSIVE MODE;
    SELECT head_position, head_hash INTO v_position, v_hash FROM cs.audit_seal_state;

    FOR r IN SELECT q.audit_id AS queued, a, s.position AS sealed_at_position
               FROM cs.audit_unsealed q
               LEFT JOIN cs.audit_log a ON a.id = q.audit_id
               LEFT JOIN cs.audit_seal s ON s.audit_id = q.audit_id
              ORDER BY q.audit_id
              LIMIT p_max_rows LOOP
        -- Only a superuser (with the guard trigger off) can leave a queue entry whose row is gone
        -- or already sealed; it is dropped with a warning so it cannot stop the sealing.
        IF (r.a).id IS NULL THEN
            RAISE WARNING 'audit row % was queued for sealing but is no longer in cs.audit_log', r.queued;
            v_orphans := v_orphans || r.queued;
            CONTINUE;
        ELSIF r.sealed_at_position IS NOT NULL THEN
            RAISE WARNING 'audit row % was queued again but is sealed at position %', r.queued, r.sealed_at_position;
            v_orphans := v_orphans || r.queued;
            CONTINUE;
        END IF;
        v_position := v_position + 1;
        v_next := encode(sha256(convert_to(v_hash || cs.audit_seal_text(v_position, r.a, v_now), 'UTF8')), 'hex');
        INSERT INTO cs.audit_seal (position, audit_id, prev_hash, hash, sealed_at)
        VALUES (v_position, (r.a).id, v_hash, v_next, v_now);
        v_hash := v_next;
        v_sealed := v_sealed || (r.a).id;
    END LOOP;

    IF cardinality(v_sealed) + cardinality(v_orphans) > 0 THEN
        DELETE FROM cs.audit_unsealed WHERE audit_id = ANY (v_sealed || v_orphans);
    END IF;
    IF cardinality(v_sealed) > 0 THEN
        UPDATE cs.audit_seal_state SET head_position = v_position, head_hash = v_hash, sealed_at = v_now;
    END IF;
    RETURN cardinality(v_sealed);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Guards and the old chain
-- ---------------------------------------------------------------------------------------------
-- The head of the sealed chain only moves forward, and is never removed (cs.audit_seal_state).
CREATE OR REPLACE FUNCTION cs.tg_seal_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.head_position <= OLD.head_position THEN
        RAISE EXCEPTION 'E-APPEND-ONLY: the audit seal head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- The old chain's head (cs.audit_chain_head) is frozen since 0009; this guard stays for superusers.
CREATE OR REPLACE FUNCTION cs.tg_chain_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.last_id <= OLD.last_id THEN
        RAISE EXCEPTION 'E-APPEND-ONLY: the audit chain head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- The text hashed for a row of the old chain (written before 0009): hash = sha256(prev_hash || this).
-- Nothing computes new hashes with it; it documents what verify-audit checks for those rows (the
-- verifier computes the same expression inline).
CREATE OR REPLACE FUNCTION cs.audit_canonical_text(a cs.audit_log) RETURNS text LANGUAGE sql STABLE
    SET search_path = cs, pg_temp AS $$
    SELECT jsonb_build_array(a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             a.db_user, a.table_name, a.op, a.row_key, a.old_row, a.new_row, a.txid)::text
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
-- Nobody writes the audit tables but the functions above (running as cs_owner); the Admin reads the
-- log and the chain to verify them. The queue is the sealer's alone (verify-audit finds unsealed rows
-- from the log and the seal). The old chain's head is frozen: not even its owner may write it.
REVOKE ALL ON cs.audit_log, cs.audit_chain_head, cs.audit_seal, cs.audit_seal_state, cs.audit_unsealed
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service, cs_sealer;
GRANT SELECT ON cs.audit_log, cs.audit_chain_head, cs.audit_seal, cs.audit_seal_state TO cs_admin;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.audit_chain_head FROM cs_owner;

-- Only the sealer's role (and superusers) may seal; the other functions are the triggers' and the
-- sealer's own.
GRANT USAGE ON SCHEMA cs TO cs_sealer;
REVOKE ALL ON FUNCTION cs.seal_audit(integer), cs.audit_seal_text(bigint, cs.audit_log, timestamptz),
                       cs.audit_canonical_text(cs.audit_log), cs.tg_audit(), cs.tg_seal_head_forward(),
                       cs.tg_chain_head_forward()
    FROM PUBLIC, cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service, cs_sealer;
GRANT EXECUTE ON FUNCTION cs.seal_audit(integer) TO cs_sealer;
