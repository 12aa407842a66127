-- 0009: the audit chain without a global lock and without state a session can set (issue 11, 1).
--
-- Before (0002): each audit row was hashed by the trigger in the writing transaction, chained to
-- the previous row through a transaction-local setting (cs.audit_tail, which any session can set, so
-- a person could point their rows at any hash and break the chain for good: the head only moves
-- forward), and the chain head row was locked FOR UPDATE from the first audited write to the end of
-- the transaction: one person's idle open transaction stopped every audited write and every login
-- in the plant, and all writers ran one after the other.
--
-- Now the writing and the chaining are two steps:
--
-- 1. Writing. The audit trigger (cs.tg_audit, functions/20_audit.sql) appends the row to
--    cs.audit_log with session_user, server time and its transaction id, and nothing else: no hash,
--    no setting, no lock beyond the insert itself. It also puts the row's id in cs.audit_unsealed
--    (the sealer's queue) and sends NOTIFY cs_audit (one per transaction) to wake the sealer.
--    Nothing a session can set is read. The row becomes visible to anyone else only when its
--    transaction commits, and vanishes with it when it rolls back.
--
-- 2. Sealing. cs.seal_audit() takes the chain lock (an EXCLUSIVE lock on cs.audit_seal_state, a
--    table nobody but the owner can touch), reads the queued rows that are committed (the only ones
--    it can see) in id order, and appends each to cs.audit_seal at the next position with
--        hash = sha256(prev_hash || canonical text of (position, the audit row's id and every field,
--                                                     the seal time))
--    then moves the head in cs.audit_seal_state, all in one short transaction of its own. The
--    position and id are inside the hashed text, so a row moved to another place, another row put
--    in its place, a row edited, removed or inserted all break the chain where it happened. A row
--    whose transaction commits late (after later rows were sealed) is sealed at the next free
--    position: the chain order is the sealing order, fixed once sealed and recorded in the hash.
--    cs.seal_audit is SECURITY DEFINER, owned by cs_owner, executable only by the NOLOGIN role
--    cs_sealer (and superusers). It is driven by the server-side daemon
--    `cleanstation-admin audit-sealer`, which runs on the server machine as the PostgreSQL superuser
--    or a login in cs_sealer, LISTENs on cs_audit and also seals on a timer; `verify-audit` and
--    `audit-anchor` seal first when their login may. No client of a person ever seals.
--
-- Why this is as strong as the old chain, against a person with their own login and psql:
--  * they cannot write, change or remove an audit, seal, queue or state row (no grant; UPDATE,
--    DELETE and TRUNCATE of audit_log and audit_seal are refused by triggers for everyone);
--  * they cannot call cs.seal_audit (no EXECUTE), take the chain lock (no grant on the state table:
--    LOCK TABLE and SELECT ... FOR UPDATE both need one) or set anything the trigger or the sealer
--    reads (there is no such setting any more; the sealer runs in the daemon's own session);
--  * their idle open transaction holds only its own new, uncommitted rows: other people's writes
--    and logins go on, and the sealer seals everything else that has committed meanwhile;
--  * what they can do: NOTIFY cs_audit (it wakes the sealer, which finds nothing and costs one
--    indexed read; the daemon waits a moment between runs) and LISTEN on it (they learn that some
--    audited write happened, not what).
-- Against a superuser (who can disable any trigger and write any table):
--  * an edited, removed, inserted or reordered audit or seal row breaks the chain there, and
--    verify-audit reports every such break (with its position, row and what is wrong), as the old
--    chain did for its first break;
--  * removing rows at the end is caught by the head in cs.audit_seal_state (unless the superuser
--    moves it too, the same as with the old cs.audit_chain_head);
--  * recomputing the whole chain after an edit (or cutting the end and moving the head) is caught
--    by an anchor kept outside the database: `cleanstation-admin audit-anchor --out FILE` writes the
--    head (position, hash, time), and `verify-audit --anchor FILE` fails when the chain no longer has
--    that hash at that position. The old chain had no such anchor: a recomputed chain passed.
--  * what nothing inside the database can catch: an audit row forged before it is sealed, or one
--    deleted (with its queue entry) in the moment between its commit and its sealing (the daemon
--    seals within a fraction of a second of the NOTIFY). Both need a superuser, as editing the old
--    chain's rows in place did; verify-audit lists committed rows that are not sealed yet.
--
-- Existing databases: the rows chained the old way keep their prev_hash and hash (new rows have
-- none) and cs.audit_chain_head keeps naming the last of them; verify-audit still checks that old
-- segment the old way, so an edit made before this migration is still found. Every existing row is
-- also queued here and sealed into the new chain by the first sealer run (in id order, so from then
-- on the old rows are covered by the seal and by anchors like every other row). cs.audit_tail is
-- no longer read or set by anything.
--
-- This file holds the role, the tables and the data changes; the functions and grants are in
-- functions/20_audit.sql (re-applied after the numbered migrations). Between the two, in the moment
-- after this migration commits and before the function files run, the old trigger function is still
-- in place: the constraint audit_log_old_chain_only makes its writes fail (a retryable error) rather
-- than leave a row that nobody queued for sealing.

-- ---------------------------------------------------------------------------------------------
-- The sealer's role: NOLOGIN; a superuser makes the daemon's login a member
-- (GRANT cs_sealer TO that_login). Cluster-wide, so created idempotently under the same lock as 0001.
-- ---------------------------------------------------------------------------------------------
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cs_sealer') THEN
        LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cs_sealer') THEN
            CREATE ROLE cs_sealer NOLOGIN;
        END IF;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cs_sealer', current_database());
END
$roles$;

SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- Writers still running under the old trigger finish first (this waits for them), so every row of
-- the old chain is committed and complete from here on.
LOCK TABLE cs.audit_log IN ACCESS EXCLUSIVE MODE;

-- ---------------------------------------------------------------------------------------------
-- cs.audit_log: the hash columns belong to the old chain only, and its head no longer moves.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.audit_log ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL;
COMMENT ON COLUMN cs.audit_log.prev_hash IS
    'Rows of the old chain (written before 0009) only, still verified; NULL for rows sealed by cs.seal_audit.';
COMMENT ON COLUMN cs.audit_log.hash IS
    'Rows of the old chain (written before 0009) only, still verified; NULL for rows sealed by cs.seal_audit.';
-- No row written from now on carries an old-chain hash. NOT VALID: the rows already there are exempt
-- (PostgreSQL checks such a constraint on new rows and on updates, so an old row cannot be updated
-- either, not even by a superuser with the guard trigger off, without dropping this constraint).
ALTER TABLE cs.audit_log ADD CONSTRAINT audit_log_old_chain_only
    CHECK (prev_hash IS NULL AND hash IS NULL) NOT VALID;
DROP TRIGGER audit_log_move_head ON cs.audit_log;
DROP FUNCTION cs.tg_audit_head();
COMMENT ON TABLE cs.audit_chain_head IS
    'The head of the old chain (rows written before 0009): frozen, checked by verify-audit.';

-- ---------------------------------------------------------------------------------------------
-- The seal: one row per sealed audit row, positions 1, 2, 3, ... without gaps.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.audit_seal (
    position bigint PRIMARY KEY CHECK (position > 0),
    audit_id bigint NOT NULL UNIQUE,           -- cs.audit_log.id (no foreign key: verify-audit checks it,
                                               -- and a key would lock and rewrite every audit row)
    prev_hash char(64) NOT NULL,               -- the hash at position - 1; 64 zeros at position 1
    hash char(64) NOT NULL,
    sealed_at timestamptz NOT NULL
);
COMMENT ON TABLE cs.audit_seal IS
    'The audit hash chain (0009): written only by cs.seal_audit; append-only for everyone.';

-- The head of the chain, and the chain lock (cs.seal_audit locks this table EXCLUSIVE).
CREATE TABLE cs.audit_seal_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    head_position bigint NOT NULL DEFAULT 0,
    head_hash char(64) NOT NULL DEFAULT repeat('0', 64),
    sealed_at timestamptz
);
INSERT INTO cs.audit_seal_state DEFAULT VALUES;

-- The sealer's queue: ids of audit rows written but not sealed yet. Rows of a running transaction
-- are invisible to the sealer until it commits, and vanish with it when it rolls back. Every row of
-- the old chain is queued now and sealed, in id order, by the first sealer run.
CREATE TABLE cs.audit_unsealed (
    audit_id bigint PRIMARY KEY
);
INSERT INTO cs.audit_unsealed (audit_id) SELECT id FROM cs.audit_log;

-- Append-only, for everyone (triggers bind the superuser too, who can only disable them; the chain
-- then shows what was done). ALWAYS: also with session_replication_role = replica. The current
-- definition of the trigger function is in functions/20_audit.sql.
CREATE FUNCTION cs.tg_seal_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.head_position <= OLD.head_position THEN
        RAISE EXCEPTION 'E-APPEND-ONLY: the audit seal head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON cs.audit_seal
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON cs.audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit_seal_state_forward BEFORE UPDATE OR DELETE ON cs.audit_seal_state
    FOR EACH ROW EXECUTE FUNCTION cs.tg_seal_head_forward();
CREATE TRIGGER audit_seal_state_no_truncate BEFORE TRUNCATE ON cs.audit_seal_state
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
ALTER TABLE cs.audit_seal ENABLE ALWAYS TRIGGER audit_seal_append_only;
ALTER TABLE cs.audit_seal ENABLE ALWAYS TRIGGER audit_seal_no_truncate;
ALTER TABLE cs.audit_seal_state ENABLE ALWAYS TRIGGER audit_seal_state_forward;
ALTER TABLE cs.audit_seal_state ENABLE ALWAYS TRIGGER audit_seal_state_no_truncate;
