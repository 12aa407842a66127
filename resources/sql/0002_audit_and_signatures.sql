-- 0002: the append-only, hash-chained audit log (written by triggers, with session_user) and the
-- electronic signatures table. Neither can be updated, deleted or truncated by anyone: a trigger
-- refuses it, which binds the superuser too (who can only get round it by disabling the trigger,
-- which `cleanstation-admin verify-audit` then detects through the hash chain).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- SEED: the seed promised "audit logging" but had no table. Each row's hash is
-- sha256(prev_hash || canonical text), canonical text = cs.audit_canonical_text(row) (a jsonb array
-- of the row's fields; jsonb text is deterministic). The first row's prev_hash is 64 zeros.
CREATE TABLE cs.audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user text NOT NULL,                     -- session_user: the person's login role
    table_name text NOT NULL,
    op text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    row_key jsonb NOT NULL,
    old_row jsonb,
    new_row jsonb,
    txid bigint NOT NULL DEFAULT txid_current(),
    prev_hash char(64) NOT NULL,
    hash char(64) NOT NULL
);
CREATE INDEX idx_audit_log_table_key ON cs.audit_log (table_name, row_key);
CREATE INDEX idx_audit_log_at ON cs.audit_log (at);

-- The head of the chain: one row, locked by every writer, so concurrent transactions append in a
-- strict order (id order = chain order) and a removed tail is detectable (last_id / last_hash).
CREATE TABLE cs.audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_id bigint NOT NULL DEFAULT 0,
    last_hash char(64) NOT NULL DEFAULT repeat('0', 64)
);
INSERT INTO cs.audit_chain_head DEFAULT VALUES;

-- The canonical text hashed for one row. The verifier (src/data/auditverifier.cpp) computes the
-- same expression inline (not through this function) and hashes it client side.
CREATE FUNCTION cs.audit_canonical_text(a cs.audit_log) RETURNS text LANGUAGE sql STABLE
    SET search_path = cs, pg_temp AS $$
    SELECT jsonb_build_array(a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             a.db_user, a.table_name, a.op, a.row_key, a.old_row, a.new_row, a.txid)::text
$$;

-- Audit trigger: TG_ARGV lists the key columns. Large binary columns are left out of the copies
-- (the document's SHA-256 is kept, which is what identifies the content).
CREATE FUNCTION cs.tg_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_src jsonb;
    v_key jsonb := '{}'::jsonb;
    v_prev char(64);
    v_tail text;
    v_row cs.audit_log;
    i integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN v_old := to_jsonb(OLD) - 'content'; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN v_new := to_jsonb(NEW) - 'content'; END IF;
    IF TG_OP = 'UPDATE' AND v_old = v_new THEN
        RETURN NULL;                           -- nothing changed
    END IF;
    v_src := coalesce(v_new, v_old);
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        v_key := v_key || jsonb_build_object(TG_ARGV[i], v_src -> TG_ARGV[i]);
    END LOOP;

    -- The chain head is locked once per transaction (which orders concurrent writers) and moved once,
    -- at commit, by cs.tg_audit_head. In between, the transaction's own tail lives in a transaction-
    -- local setting (rolled back with a savepoint like the rows). Updating the head row for every
    -- audited row made a transaction's cost grow with the square of its size (each update adds a row
    -- version that the next lookup walks): a 100,000-item catalog import took many minutes.
    v_tail := nullif(current_setting('cs.audit_tail', true), '');
    IF v_tail IS NULL THEN
        SELECT last_hash INTO v_prev FROM cs.audit_chain_head FOR UPDATE;
    ELSE
        v_prev := split_part(v_tail, ':', 2);
    END IF;
    v_row.id := nextval('cs.audit_log_id_seq');
    v_row.at := clock_timestamp();
    v_row.db_user := session_user;
    v_row.table_name := TG_TABLE_NAME;
    v_row.op := TG_OP;
    v_row.row_key := v_key;
    v_row.old_row := v_old;
    v_row.new_row := v_new;
    v_row.txid := txid_current();
    v_row.prev_hash := v_prev;
    v_row.hash := encode(sha256(convert_to(v_prev || cs.audit_canonical_text(v_row), 'UTF8')), 'hex');
    INSERT INTO cs.audit_log VALUES (v_row.*);
    PERFORM set_config('cs.audit_tail', v_row.id || ':' || v_row.hash, true);
    RETURN NULL;
END
$$;

-- Moves the chain head to the transaction's tail at commit. Deferred, so it runs after the last
-- audited row of the transaction; it fires once per audit row, and every firing after the first
-- finds the head already there.
CREATE FUNCTION cs.tg_audit_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_tail text := nullif(current_setting('cs.audit_tail', true), '');
BEGIN
    IF v_tail IS NOT NULL THEN
        UPDATE cs.audit_chain_head SET last_id = split_part(v_tail, ':', 1)::bigint, last_hash = split_part(v_tail, ':', 2)
         WHERE last_id < split_part(v_tail, ':', 1)::bigint;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_log_move_head AFTER INSERT ON cs.audit_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cs.tg_audit_head();

-- Append-only guard, for everyone (a trigger binds the superuser too).
CREATE FUNCTION cs.tg_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'E-APPEND-ONLY: % on %.% is not allowed; rows of this table are never changed or removed',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON cs.audit_log
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON cs.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
-- The chain head only moves forward, and only through cs.tg_audit.
CREATE FUNCTION cs.tg_chain_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.last_id <= OLD.last_id THEN
        RAISE EXCEPTION 'E-APPEND-ONLY: the audit chain head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON cs.audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION cs.tg_chain_head_forward();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON cs.audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Electronic signatures (21 CFR 11 / ISO 13485 style): who, printed name, initials, meaning, server
-- time, SHA-256 of the content signed, and what was signed (table + row id). Written only by the
-- signing functions of 0003, which require a fresh authentication.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.signatures (
    signature_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    signer_user_id uuid NOT NULL REFERENCES cs.users (user_id),
    signer_username varchar(63) NOT NULL,
    printed_name varchar(255) NOT NULL,
    initials varchar(10) NOT NULL,
    meaning text NOT NULL CHECK (length(btrim(meaning)) >= 3),
    signed_at timestamptz NOT NULL DEFAULT now(),
    content_sha256 char(64) NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    signed_table text NOT NULL,
    signed_row_id text NOT NULL,
    backend_start timestamptz NOT NULL         -- when the authenticating connection was opened
);
CREATE INDEX idx_signatures_row ON cs.signatures (signed_table, signed_row_id);
CREATE FUNCTION cs.tg_signature_server_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.signed_at := now();                    -- server time, whatever the client sent
    RETURN NEW;
END
$$;
CREATE TRIGGER signatures_server_time BEFORE INSERT ON cs.signatures
    FOR EACH ROW EXECUTE FUNCTION cs.tg_signature_server_time();
CREATE TRIGGER signatures_append_only BEFORE UPDATE OR DELETE ON cs.signatures
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER signatures_no_truncate BEFORE TRUNCATE ON cs.signatures
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

ALTER TABLE cs.bom_approvals ADD CONSTRAINT bom_approvals_signature_fkey
    FOREIGN KEY (signature_id) REFERENCES cs.signatures (signature_id);
ALTER TABLE cs.qc_results ADD CONSTRAINT qc_results_signature_fkey
    FOREIGN KEY (signature_id) REFERENCES cs.signatures (signature_id);
ALTER TABLE cs.testing_results ADD CONSTRAINT testing_results_signature_fkey
    FOREIGN KEY (signature_id) REFERENCES cs.signatures (signature_id);

-- Signed records cannot change afterwards; history records are never edited (WORKFLOW.md 2.2).
CREATE TRIGGER qc_results_no_update BEFORE UPDATE ON cs.qc_results
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER testing_results_no_update BEFORE UPDATE ON cs.testing_results
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER bom_approvals_no_update BEFORE UPDATE ON cs.bom_approvals
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER order_history_no_update BEFORE UPDATE ON cs.order_history
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
-- A frozen BOM's content never changes; regeneration inserts a new version.
CREATE FUNCTION cs.tg_bom_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.bom_items IS DISTINCT FROM OLD.bom_items OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
       OR NEW.order_id IS DISTINCT FROM OLD.order_id OR NEW.version IS DISTINCT FROM OLD.version THEN
        RAISE EXCEPTION 'E-BOM-FROZEN: a submitted BOM is frozen; regenerate it as a new version'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER boms_frozen BEFORE UPDATE ON cs.boms
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bom_frozen();
CREATE TRIGGER bom_items_no_update BEFORE UPDATE ON cs.bom_items
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Attach the audit trigger (key columns as arguments)
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.users
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('user_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.user_sessions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('session_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.app_settings
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('key');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.categories
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('category_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.subcategories
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('subcategory_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.parts
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('part_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.assemblies
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('assembly_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.assembly_components
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('component_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.purchase_orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('po_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('order_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.order_history
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('history_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.order_documents
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('document_id');
-- bom_items are covered by boms.bom_items (same content) and boms.content_sha256.
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.boms
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('bom_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.bom_approvals
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('approval_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.qc_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('template_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.qc_results
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('result_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.work_instructions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('instruction_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.tools
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('tool_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.task_lists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('task_list_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.task_completions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('completion_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.testing_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('template_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.testing_results
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('result_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.service_orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('service_order_id');
CREATE TRIGGER audit AFTER INSERT ON cs.signatures
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('signature_id');
