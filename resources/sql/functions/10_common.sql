-- Repeatable file 10_common: what every other file builds on.
--   * Who is calling: the caller's CleanStation profile and role (by session_user, active only),
--     cs.require_role() that every rule-carrying function starts with, and cs.whoami().
--   * Error and hashing helpers: cs.raise_invalid() (a code, words, the field), cs.sha256_hex().
--   * Generic trigger functions: updated_at, row versions (optimistic concurrency), the author columns
--     of rows written directly by clients, and the append-only guard of records never changed.
--   * The grants that are not one area's: the schema itself, the settings, the schema bookkeeping.
--
-- How the repeatable files work (resources/sql/functions/NN_area.sql): they hold the current
-- definition of every function, trigger function, view, row level security policy and grant, and are
-- applied again, all of them in one transaction in name order, whenever one of them changed or a
-- numbered migration ran after them (src/data/schema/migrator.h). So every statement here must be
-- repeatable: CREATE OR REPLACE FUNCTION / VIEW, DROP POLICY IF EXISTS before CREATE POLICY, GRANT and
-- REVOKE. Function bodies are not checked while the files run (a function may call one of a later
-- file); all of them are compiled afterwards, in the same transaction. A function whose argument or
-- result types change, or that is removed, gets a DROP FUNCTION IF EXISTS with its old signature at
-- the top of its file (kept while databases may still have it); a view whose columns change other than
-- by adding at the end gets a DROP VIEW IF EXISTS. Triggers (CREATE TRIGGER) stay in the numbered
-- migrations with their tables: replacing a trigger locks its table against every reader, replacing
-- its function does not, and an existing trigger runs the new function at once. Tables, types,
-- indexes, constraints and data stay in the numbered migrations.
--
-- Runs as a superuser (the migrator); objects are created as the schema owner cs_owner.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Who is calling
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.group_for_role(r cs.user_role_enum) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT CASE r WHEN 'ProductionCoordinator' THEN 'cs_coordinator' WHEN 'Admin' THEN 'cs_admin'
                  WHEN 'ProcurementSpecialist' THEN 'cs_procurement' WHEN 'QCPerson' THEN 'cs_qc'
                  WHEN 'Assembler' THEN 'cs_assembler' WHEN 'ServiceDepartment' THEN 'cs_service' END
$$;

-- PL/pgSQL, not SQL: every writing function asks this first, and the body of a SQL function that
-- cannot be inlined (SECURITY DEFINER, SET) is planned again at each call (0.3 ms over pg_roles),
-- where PL/pgSQL keeps the plan for the session.
CREATE OR REPLACE FUNCTION cs.session_is_superuser() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
END
$$;

-- The active profile of the person logged in, or NULL. PL/pgSQL for the same reason as above (the
-- row policies and many reads ask them).
CREATE OR REPLACE FUNCTION cs.caller_user_id() RETURNS uuid LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN (SELECT user_id FROM cs.users WHERE username = session_user AND is_active);
END
$$;

CREATE OR REPLACE FUNCTION cs.caller_role() RETURNS cs.user_role_enum LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN (SELECT role FROM cs.users WHERE username = session_user AND is_active);
END
$$;

CREATE OR REPLACE FUNCTION cs.whoami()
    RETURNS TABLE (user_id uuid, username text, full_name text, initials text, role cs.user_role_enum,
                   is_active boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT u.user_id, u.username::text, u.full_name::text, u.initials::text, u.role, u.is_active
    FROM cs.users u WHERE u.username = session_user
$$;

-- The caller's profile, which must exist, be active and have one of the roles.
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

-- ---------------------------------------------------------------------------------------------
-- Errors and hashes
-- ---------------------------------------------------------------------------------------------
-- Raises a refusal: the message is the code, a colon and words for the user; the SQLSTATE gives the
-- kind (22023 invalid input unless told); the field goes into COLUMN and DETAIL.
CREATE OR REPLACE FUNCTION cs.raise_invalid(p_code text, p_message text, p_column text, p_state text DEFAULT '22023')
    RETURNS void LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = p_code || ': ' || p_message, ERRCODE = p_state,
                          COLUMN = coalesce(p_column, ''), DETAIL = coalesce('field: ' || p_column, '');
END
$$;

-- Refuses content with every problem found: the first in the message (with how many more), all of
-- them in DETAIL, one a line. Nothing when the list is empty.
CREATE OR REPLACE FUNCTION cs.raise_problems(p_code text, p_problems text[]) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
BEGIN
    IF cardinality(p_problems) > 0 THEN
        RAISE EXCEPTION '%', p_code || ': ' || p_problems[1]
            || CASE WHEN cardinality(p_problems) > 1 THEN format(' (and %s more)', cardinality(p_problems) - 1) ELSE '' END
            USING ERRCODE = 'invalid_parameter_value', DETAIL = array_to_string(p_problems, E'\n');
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.sha256_hex(t text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$ SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex') $$;

-- ---------------------------------------------------------------------------------------------
-- Generic trigger functions
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.tg_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Optimistic concurrency: every UPDATE of an editable row bumps row_version (and updated_at).
-- Writers compare the version they read with the current one (functions take expected_row_version).
CREATE OR REPLACE FUNCTION cs.tg_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Forces the author columns of rows written directly by clients.
CREATE OR REPLACE FUNCTION cs.tg_force_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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

-- Append-only guard, for everyone (a trigger binds the superuser too).
CREATE OR REPLACE FUNCTION cs.tg_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'E-APPEND-ONLY: % on %.% is not allowed; rows of this table are never changed or removed',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants (to the six group roles only; PUBLIC has nothing, see 90_public.sql)
-- ---------------------------------------------------------------------------------------------
GRANT USAGE ON SCHEMA cs TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

-- Settings, and the schema bookkeeping that the login's schema check reads.
GRANT SELECT ON cs.app_settings, cs.schema_migrations, cs.schema_repeatables, cs.schema_repeatable_runs
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Settings change through cs.set_setting (85_record_writes.sql), which checks the key and the range.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.app_settings FROM cs_admin;

-- The helpers used by invoker-rights triggers and the row level security policies, and who am I.
GRANT EXECUTE ON FUNCTION cs.require_role(cs.user_role_enum[], text), cs.session_is_superuser(),
                          cs.raise_invalid(text, text, text, text), cs.whoami(), cs.caller_user_id(),
                          cs.caller_role()
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
