-- Repeatable file 30_users: people and their sessions.
--   * User management (Admin; a superuser for the very first admin from the CLI): create a person (a
--     PostgreSQL login role in the group of their app role, and the cs.users profile), deactivate and
--     reactivate, reset a password, change the role; and changing one's own password on a freshly
--     authenticated connection. Passwords are checked for length only and never appear in a message.
--   * Sessions: the start of a session at login and its lock, unlock and logout events.
--   * The grants on cs.users and cs.user_sessions.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- User management
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.require_user_admin() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF cs.session_is_superuser() THEN
        RETURN cs.caller_user_id();
    END IF;
    RETURN (cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'managing users')).user_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.parse_role(p_role text) RETURNS cs.user_role_enum LANGUAGE plpgsql IMMUTABLE
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
CREATE OR REPLACE FUNCTION cs.check_password(p_password text) RETURNS void LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_password IS NULL OR (p_password !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
                              AND length(p_password) < 8) THEN
        RAISE EXCEPTION 'E-PASSWORD-WEAK: the password must have at least 8 characters'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'password';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.managed_user(p_username text) RETURNS cs.users
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

CREATE OR REPLACE FUNCTION cs.create_user(p_username text, p_full_name text, p_initials text, p_role text,
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

CREATE OR REPLACE FUNCTION cs.set_user_active(p_username text, p_active boolean) RETURNS void
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

CREATE OR REPLACE FUNCTION cs.reset_password(p_username text, p_password text) RETURNS void
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

CREATE OR REPLACE FUNCTION cs.change_role(p_username text, p_role text) RETURNS void
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
CREATE OR REPLACE FUNCTION cs.change_own_password(p_new_password text) RETURNS void
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
CREATE OR REPLACE FUNCTION cs.record_session_start(p_host text, p_client_version text) RETURNS uuid
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

CREATE OR REPLACE FUNCTION cs.record_session_event(p_session_id uuid, p_event text) RETURNS void
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
-- Grants
-- ---------------------------------------------------------------------------------------------
-- Everyone sees who the people are (names and initials on records and sign-offs); Admin sees the
-- full rows and the sessions.
GRANT SELECT (user_id, username, full_name, initials, role, is_active) ON cs.users
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT SELECT ON cs.users, cs.user_sessions TO cs_admin;

GRANT EXECUTE ON FUNCTION cs.record_session_start(text, text), cs.record_session_event(uuid, text),
                          cs.change_own_password(text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.create_user(text, text, text, text, text, text), cs.set_user_active(text, boolean),
                          cs.reset_password(text, text), cs.change_role(text, text)
    TO cs_admin;
