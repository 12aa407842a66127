-- 12_limits: no person can make others wait, lock them out or fill the storage (issue 11, classes 2
-- and 4). Repeatable: applied again whenever it changes, so every statement is idempotent.
--
-- What a person's connection may hold, and for how long:
-- - Table privileges: people have SELECT only (and no TEMP, no large objects, no advisory locks).
--   In PostgreSQL 15 every row lock (FOR UPDATE, NO KEY UPDATE, SHARE, KEY SHARE) needs UPDATE on the
--   table or one of its columns, LOCK TABLE ... ROW EXCLUSIVE needs INSERT, UPDATE, DELETE or TRUNCATE
--   and every stronger table lock UPDATE, DELETE or TRUNCATE. With SELECT only, a person can take
--   ACCESS SHARE (what every query takes), which blocks nothing but DDL (a migration).
-- - Row locks therefore come only from the SECURITY DEFINER functions, which lock the rows they
--   change until the caller's transaction ends. The role settings (cs.session_limits, given to each
--   login by cs.create_user and 0011) bound a transaction: statement_timeout, lock_timeout,
--   idle_in_transaction_session_timeout. PostgreSQL lets any session SET those (they are USERSET), so
--   cs.require_session_limits(), run first by every writing function through cs.require_role,
--   refuses a session whose statement_timeout or idle_in_transaction_session_timeout is off or above
--   the plant's maximum: a person cannot take a lock in a session that could keep it forever.
-- - A session may still weaken its limits after the call, in the same transaction (SET LOCAL ...;
--   SELECT pg_sleep(...)). No check at the call can see that, so the other side is covered too: a
--   writing function waits for a row at most function_lock_timeout_ms (require_session_limits sets
--   lock_timeout for the transaction, whatever the session had), and when that runs out it ends the
--   person transactions that write or lock and are older than max_transaction_seconds
--   (cs.end_stale_transactions) and tries once more; if the holder is younger, the caller is told
--   that someone is changing the record (E-BUSY, SQLSTATE 55P03) and nobody waits longer than that.
--   The app's own transactions last milliseconds; one older than max_transaction_seconds that others
--   wait for is a stuck or hostile client, and ending it is what idle_in_transaction_session_timeout
--   would have done.
-- - Advisory locks are closed to PUBLIC (the migrator's "migration in progress" lock among them);
--   the definer functions (cs_owner) keep them.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Session limits
-- ---------------------------------------------------------------------------------------------
-- A duration setting of this session in milliseconds (0: off).
CREATE OR REPLACE FUNCTION cs.setting_ms(p_name text) RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN (extract(epoch FROM current_setting(p_name)::interval) * 1000)::bigint;
END
$$;

-- Refuses a session that turned its time limits off or raised them above the plant's, and bounds
-- how long the rest of the transaction waits for a lock. Superusers (maintenance) are not limited.
CREATE OR REPLACE FUNCTION cs.require_session_limits() RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    l cs.session_limits;
    v_statement bigint := cs.setting_ms('statement_timeout');
    v_idle bigint := cs.setting_ms('idle_in_transaction_session_timeout');
    v_lock bigint := cs.setting_ms('lock_timeout');
BEGIN
    IF cs.session_is_superuser() THEN
        RETURN;
    END IF;
    SELECT * INTO l FROM cs.session_limits;
    IF v_statement = 0 OR v_statement > l.max_statement_timeout_ms THEN
        RAISE EXCEPTION 'E-SESSION-LIMITS: this connection has no statement time limit or one above the plant''s (%); reconnect to get the plant''s settings',
            current_setting('statement_timeout')
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('statement_timeout must be between 1 ms and %s ms', l.max_statement_timeout_ms);
    END IF;
    IF v_idle = 0 OR v_idle > l.max_idle_in_transaction_ms THEN
        RAISE EXCEPTION 'E-SESSION-LIMITS: this connection may stay idle in a transaction without limit or above the plant''s (%); reconnect to get the plant''s settings',
            current_setting('idle_in_transaction_session_timeout')
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('idle_in_transaction_session_timeout must be between 1 ms and %s ms', l.max_idle_in_transaction_ms);
    END IF;
    IF v_lock = 0 OR v_lock > l.function_lock_timeout_ms THEN
        PERFORM set_config('lock_timeout', l.function_lock_timeout_ms || 'ms', true);
    END IF;
END
$$;

-- Ends the transactions of people (logins with a CleanStation profile; never a superuser) that have
-- been open for longer than max_transaction_seconds. p_writers_only: only those that wrote or locked
-- rows (they have a transaction id); a writing function that timed out waiting for a row calls it so.
-- A superuser (the migrator, waiting for a table a person's open read holds) may end readers too.
-- Returns how many backends ended. Every ending is logged by the server.
CREATE OR REPLACE FUNCTION cs.end_stale_transactions(p_writers_only boolean DEFAULT true) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_max integer := (SELECT max_transaction_seconds FROM cs.session_limits);
    r record;
    n integer := 0;
BEGIN
    IF NOT p_writers_only AND NOT cs.session_is_superuser() THEN
        RAISE EXCEPTION 'E-ROLE: only the plant''s maintenance login may end readers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR r IN SELECT a.pid, a.usename, a.xact_start, a.backend_xid
               FROM pg_stat_activity a JOIN pg_roles ro ON ro.oid = a.usesysid
              WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()
                AND NOT ro.rolsuper AND ro.rolname <> 'cs_owner'
                AND EXISTS (SELECT 1 FROM cs.users u WHERE u.username = a.usename)
                AND a.xact_start < clock_timestamp() - make_interval(secs => v_max)
                AND (NOT p_writers_only OR a.backend_xid IS NOT NULL)
              ORDER BY a.pid LOOP
        RAISE LOG 'cleanstation: ending the transaction of % (pid %, open since %, requested by %)',
            r.usename, r.pid, r.xact_start, session_user;
        IF pg_terminate_backend(r.pid, 5000) THEN
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;

-- Locks one order row for a writing function, without version check. A row another transaction
-- holds is waited for at most the function lock timeout; then stale person transactions are ended
-- and the lock is tried once more; a young holder gets the caller an E-BUSY.
CREATE OR REPLACE FUNCTION cs.lock_order_row(p_order_id uuid) RETURNS cs.orders
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    o cs.orders;
BEGIN
    BEGIN
        SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    EXCEPTION WHEN lock_not_available THEN
        IF cs.end_stale_transactions(true) = 0 THEN
            RAISE EXCEPTION 'E-BUSY: someone is changing this build right now; try again in a moment'
                USING ERRCODE = 'lock_not_available';
        END IF;
        SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR UPDATE;
    END;
    IF NOT FOUND OR o.order_id IS NULL THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    RETURN o;
END
$$;

-- The limits a person's login gets (cs.create_user, and 0011 for the people already there).
CREATE OR REPLACE FUNCTION cs.apply_session_limits(p_username text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    l cs.session_limits := (SELECT s FROM cs.session_limits s);
BEGIN
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_username, l.connection_limit);
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_username, l.statement_timeout_ms || 'ms');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_username, l.lock_timeout_ms || 'ms');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_username,
                   l.idle_in_transaction_ms || 'ms');
END
$$;

REVOKE ALL ON FUNCTION cs.setting_ms(text), cs.require_session_limits(), cs.end_stale_transactions(boolean),
                       cs.lock_order_row(uuid), cs.apply_session_limits(text) FROM PUBLIC;
-- require_session_limits runs inside cs.require_role, which the invoker-rights order trigger calls.
GRANT EXECUTE ON FUNCTION cs.setting_ms(text), cs.require_session_limits()
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT SELECT ON cs.session_limits TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- ---------------------------------------------------------------------------------------------
-- What PUBLIC may no longer do in this database and cluster
-- ---------------------------------------------------------------------------------------------
RESET ROLE;
DO $public$
DECLARE
    f regprocedure;
    d text;
BEGIN
    -- Advisory locks: a person could hold the migrator's lock (or any key a function uses).
    -- Large objects: storage outside every quota, readable by everyone who knows the oid.
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'pg_catalog'::regnamespace
                AND (p.proname LIKE 'pg\_advisory\_%' OR p.proname LIKE 'pg\_try\_advisory\_%'
                     OR p.proname LIKE 'lo\_%' OR p.proname IN ('loread', 'lowrite'))
              ORDER BY 1 LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO cs_owner', f);
    END LOOP;
    -- The maintenance databases: nobody but superusers connects or makes temporary tables there;
    -- in the app's database nobody makes temporary tables (0001 already keeps PUBLIC from connecting).
    FOREACH d IN ARRAY ARRAY['postgres', 'template1'] LOOP
        IF EXISTS (SELECT 1 FROM pg_database WHERE datname = d) THEN
            EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', d);
        END IF;
    END LOOP;
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, '
                   'cs_assembler, cs_service', current_database());
END
$public$;
SET LOCAL ROLE cs_owner;
