-- 0011: what a hostile person with their own login can no longer do (issue 11, classes 2-6): the
-- tables, columns and data behind the limits. The functions, policies and grants that use them live in
-- resources/sql/functions/12_limits.sql, 85_record_writes.sql and 48_search_names.sql (repeatable),
-- and in the area files they change.
--
-- 1. cs.session_limits: the plant's limits for a person's connections (one row). Each person's login
--    role gets them as role settings (CONNECTION LIMIT, statement_timeout, lock_timeout,
--    idle_in_transaction_session_timeout): cs.create_user for new people, this migration for the
--    people already there. Those settings are only defaults (PostgreSQL lets any session SET them),
--    so the writing functions refuse to run on a session that weakened them, and a person's
--    transaction that holds a lock someone waits for is ended once it is older than
--    max_transaction_seconds (cs.require_session_limits, cs.end_stale_transactions). Only a
--    superuser changes this row (the plant's set-up), not an Admin: an Admin is a person too.
-- 2. cs.catalog_state.bumped_xid: the transaction that bumped the revision last. The bump used to
--    remember that in a setting any session can set, so an Admin could import a catalog without a
--    new revision (clients then keep their stale cache).
-- 3. cs.order_deletions: the deletion record of an order (who, when, why, what it was), kept after
--    the order and its history are gone with the cascade.
-- 4. Document quotas: per order and per person per day, count and bytes. The defaults are in
--    cs.attach_document; an Admin sets other values with cs.set_setting, which adds the setting rows
--    (no rows here: after 0009 a migration's audited write fails until the audit functions are
--    re-applied, so this migration writes no audited table).
-- 5. cs.service_orders.approved_items: the quantities procurement approved, per item (WORKFLOW.md 6),
--    next to the requested items, which nobody changes after the request.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- 1. Session limits
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.session_limits (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    -- Connections per person. The app opens three (GUI, worker, listener) and a short-lived fourth to
    -- sign; eight lets a person be logged in at two workstations at once and sign at both.
    connection_limit integer NOT NULL DEFAULT 8 CHECK (connection_limit BETWEEN 1 AND 100),
    -- The role defaults a person's connection starts with.
    statement_timeout_ms integer NOT NULL DEFAULT 60000 CHECK (statement_timeout_ms > 0),
    lock_timeout_ms integer NOT NULL DEFAULT 5000 CHECK (lock_timeout_ms > 0),
    idle_in_transaction_ms integer NOT NULL DEFAULT 60000 CHECK (idle_in_transaction_ms > 0),
    -- What a writing function accepts of the session it runs in (a session may lower these, never
    -- raise them or turn them off).
    max_statement_timeout_ms integer NOT NULL DEFAULT 120000 CHECK (max_statement_timeout_ms > 0),
    max_idle_in_transaction_ms integer NOT NULL DEFAULT 60000 CHECK (max_idle_in_transaction_ms > 0),
    -- How long a writing function waits for a row another transaction holds before it looks at who
    -- holds it, and the age past which a person's writing transaction that others wait for is ended.
    function_lock_timeout_ms integer NOT NULL DEFAULT 2000 CHECK (function_lock_timeout_ms > 0),
    max_transaction_seconds integer NOT NULL DEFAULT 30 CHECK (max_transaction_seconds > 0),
    CHECK (statement_timeout_ms <= max_statement_timeout_ms),
    CHECK (idle_in_transaction_ms <= max_idle_in_transaction_ms)
);
INSERT INTO cs.session_limits DEFAULT VALUES;
CREATE TRIGGER session_limits_no_delete BEFORE DELETE ON cs.session_limits
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER session_limits_no_truncate BEFORE TRUNCATE ON cs.session_limits
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

-- The people already there get the limits now (new people get them from cs.create_user). Runs as
-- the migrator (a superuser): cs_owner may not alter roles it did not create with CREATEROLE only
-- when they are superusers, which people are not.
RESET ROLE;
DO $limits$
DECLARE
    u record;
    l cs.session_limits := (SELECT s FROM cs.session_limits s);
BEGIN
    FOR u IN SELECT us.username FROM cs.users us JOIN pg_roles r ON r.rolname = us.username
             WHERE NOT r.rolsuper ORDER BY us.username LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', u.username, l.connection_limit);
        EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', u.username, l.statement_timeout_ms || 'ms');
        EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', u.username, l.lock_timeout_ms || 'ms');
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', u.username,
                       l.idle_in_transaction_ms || 'ms');
    END LOOP;
END
$limits$;
-- Ending a person's stale transaction (and a deactivated person's sessions) is cs_owner's, through
-- its definer functions only.
GRANT pg_signal_backend TO cs_owner;
SET LOCAL ROLE cs_owner;

-- ---------------------------------------------------------------------------------------------
-- 2. The catalog revision bump remembers its transaction in the row, not in a setting
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.catalog_state ADD COLUMN bumped_xid bigint;

-- ---------------------------------------------------------------------------------------------
-- 3. Deletion records
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.order_deletions (
    deletion_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL,                    -- no foreign key: the order is gone
    po_number varchar(100) NOT NULL,
    build_number varchar(100) NOT NULL,
    customer_name varchar(255) NOT NULL,
    status_at_deletion cs.order_status_enum NOT NULL,
    reason text NOT NULL CHECK (length(btrim(reason)) >= 3),
    deleted_by uuid NOT NULL REFERENCES cs.users (user_id),
    deleted_at timestamptz NOT NULL DEFAULT now(),
    -- The order row and its history as they were (documents by name, size and SHA-256 only).
    order_row jsonb NOT NULL,
    history jsonb NOT NULL,
    documents jsonb NOT NULL
);
CREATE INDEX idx_order_deletions_order ON cs.order_deletions (order_id);
CREATE INDEX idx_order_deletions_build ON cs.order_deletions (upper(build_number));
CREATE TRIGGER order_deletions_append_only BEFORE UPDATE OR DELETE ON cs.order_deletions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER order_deletions_no_truncate BEFORE TRUNCATE ON cs.order_deletions
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.order_deletions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('deletion_id');

-- ---------------------------------------------------------------------------------------------
-- 4. Document quotas
-- ---------------------------------------------------------------------------------------------
CREATE INDEX idx_order_documents_uploader ON cs.order_documents (uploaded_by, uploaded_at);

-- ---------------------------------------------------------------------------------------------
-- 5. Service orders: approved quantities
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.service_orders ADD COLUMN approved_items jsonb
    CHECK (approved_items IS NULL OR jsonb_typeof(approved_items) = 'array');
