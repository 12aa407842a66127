-- Repeatable file 62_checklists: QC checklists checked by the server (issue 12).
--   * The condition evaluator: cs.checklist_condition() reads an `appliesWhen` of the checklist
--     vocabulary (the grammar of the C++ ChecklistCondition, src/domain/checklist/checklistexpression.cpp)
--     against a build's configuration (cs.orders.config), the order language and a basin position;
--     a tokenizer and a recursive descent parser to a small tree (jsonb), then its evaluation.
--   * Templates: cs.import_checklist_template() checks what the server can and stores a new draft
--     version; cs.publish_checklist_template() publishes it (the earlier active version of the form
--     becomes inactive). The guard trigger keeps published versions as they are.
--   * Checklists: open (or resume) the checklist of a build's current attempt, save one answer at a
--     time (server time and author, a version to refuse a change over someone else's, a client key to
--     apply a resend once), what a PASS still needs (cs.qc_checklist_missing, the pass rule of
--     src/domain/checklist/checklistpassrule.cpp, on the stored answers and the exact template
--     version), the signature that writes the result and moves the build in the same transaction, a
--     correction as a new revision, and the check of every signed result's content hash.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Conditions: tokens
-- ---------------------------------------------------------------------------------------------
-- Words are letters, digits, '_', '.' and '-' (not first); numbers are digits (at most 6); symbols
-- are == != <= >= && || < > ! ( ) , *. The list ends with '' (the end). Refuses an unknown character.
CREATE OR REPLACE FUNCTION cs.cl_tokens(p_expr text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_out text[] := '{}';
    v_rest text := coalesce(p_expr, '');
    v_at integer := 1;
    v_tok text;
BEGIN
    LOOP
        v_tok := substring(v_rest FROM '^\s+');
        IF v_tok IS NOT NULL THEN
            v_at := v_at + length(v_tok);
            v_rest := substr(v_rest, length(v_tok) + 1);
        END IF;
        EXIT WHEN v_rest = '';
        v_tok := coalesce(substring(v_rest FROM '^[[:alpha:]_][[:alnum:]_.-]*'),
                          substring(v_rest FROM '^[0-9]+'),
                          substring(v_rest FROM '^(==|!=|<=|>=|&&|\|\|)'),
                          substring(v_rest FROM '^[<>!(),*]'));
        IF v_tok IS NULL THEN
            RAISE EXCEPTION 'unexpected character "%" at position %', left(v_rest, 1), v_at
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF v_tok ~ '^[0-9]' AND length(v_tok) > 6 THEN
            RAISE EXCEPTION 'the number "%" is too large', v_tok USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_out := v_out || v_tok;
        v_at := v_at + length(v_tok);
        v_rest := substr(v_rest, length(v_tok) + 1);
    END LOOP;
    RETURN v_out || ''::text;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_is_word(p_tok text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$ SELECT p_tok ~ '^[[:alpha:]_]' $$;

-- The basin types a name stands for in basin.type and count(): E_SINK_STD is the standard E-Sink.
CREATE OR REPLACE FUNCTION cs.cl_basin_type(p_name text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT CASE p_name WHEN 'E_DRAIN' THEN 'E_DRAIN' WHEN 'E_SINK' THEN 'E_SINK' WHEN 'E_SINK_STD' THEN 'E_SINK'
                       WHEN 'E_SINK_DI' THEN 'E_SINK_DI' END
$$;

-- ---------------------------------------------------------------------------------------------
-- Conditions: the parser (one function per rule; each takes the tokens and the position of the next
-- one, 1-based, and answers the node and the position after it)
--   or      := and ('||' and)*
--   and     := unary ('&&' unary)*
--   unary   := '!' unary | '(' or ')' | atom
--   atom    := compare | hasPegboard | legsHeightAdjustable | hasAnyFaucet | basin.basinLight
--            | basin.pTrap | feet (==|!=) F | language (==|!=) L | basin.type (==|!=) T
--            | basin.type in '(' T (',' T)* ')' | anyBasin '(' G ')' | hasFaucet '(' F ')'
--            | hasSprayer '(' S ')'
--   compare := product (== | != | < | <= | > | >=) product
--   product := factor (('x' | '*') factor)*
--   factor  := NUMBER | basinCount | count '(' T (',' T)* ')'
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.cl_fail(p_why text) RETURNS void LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', p_why USING ERRCODE = 'invalid_parameter_value';
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_parse_factor(p_tokens text[], INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    t text := p_tokens[pos];
    v_types jsonb := '[]';
    v_type text;
BEGIN
    IF t ~ '^[0-9]+$' THEN
        node := jsonb_build_object('k', 'lit', 'n', t::integer);
        pos := pos + 1;
    ELSIF t = 'basinCount' THEN
        node := jsonb_build_object('k', 'basinCount');
        pos := pos + 1;
    ELSIF t = 'count' THEN
        pos := pos + 1;
        IF p_tokens[pos] IS DISTINCT FROM '(' THEN
            PERFORM cs.cl_fail('count needs basin types in parentheses');
        END IF;
        LOOP
            pos := pos + 1;
            v_type := cs.cl_basin_type(p_tokens[pos]);
            IF v_type IS NULL OR NOT cs.cl_is_word(p_tokens[pos]) THEN
                PERFORM cs.cl_fail(format('unknown basin type "%s" in count (E_DRAIN, E_SINK or E_SINK_DI)', p_tokens[pos]));
            END IF;
            IF NOT v_types ? v_type THEN
                v_types := v_types || to_jsonb(v_type);
            END IF;
            pos := pos + 1;
            EXIT WHEN p_tokens[pos] IS DISTINCT FROM ',';
        END LOOP;
        IF p_tokens[pos] IS DISTINCT FROM ')' THEN
            PERFORM cs.cl_fail('count(...) needs a ")"');
        END IF;
        pos := pos + 1;
        node := jsonb_build_object('k', 'basins', 't', v_types);
    ELSIF t = '' THEN
        PERFORM cs.cl_fail('a count is missing');
    ELSE
        PERFORM cs.cl_fail(format('"%s" is not a count (a number, basinCount or count(...))', t));
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_parse_product(p_tokens text[], INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_factors jsonb;
    v_f jsonb;
BEGIN
    SELECT f.pos, f.node INTO pos, node FROM cs.cl_parse_factor(p_tokens, pos) f;
    v_factors := jsonb_build_array(node);
    WHILE p_tokens[pos] IN ('x', '*') LOOP
        SELECT f.pos, f.node INTO pos, v_f FROM cs.cl_parse_factor(p_tokens, pos + 1) f;
        v_factors := v_factors || jsonb_build_array(v_f);
    END LOOP;
    IF jsonb_array_length(v_factors) > 1 THEN
        node := jsonb_build_object('k', 'product', 'f', v_factors);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_parse_compare(p_tokens text[], INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_lhs jsonb;
    v_rhs jsonb;
    v_op text;
BEGIN
    SELECT f.pos, f.node INTO pos, v_lhs FROM cs.cl_parse_product(p_tokens, pos) f;
    v_op := p_tokens[pos];
    IF v_op IS NULL OR v_op NOT IN ('==', '!=', '<', '<=', '>', '>=') THEN
        PERFORM cs.cl_fail('a count must be compared (==, !=, <, <=, >, >=)');
    END IF;
    SELECT f.pos, f.node INTO pos, v_rhs FROM cs.cl_parse_product(p_tokens, pos + 1) f;
    node := jsonb_build_object('k', 'cmp', 'op', v_op, 'l', v_lhs, 'r', v_rhs);
END
$$;

-- NAME '(' WORD ')': the argument of anyBasin, hasFaucet and hasSprayer (pos at NAME).
CREATE OR REPLACE FUNCTION cs.cl_parse_argument(p_tokens text[], INOUT pos integer, OUT arg text)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_fn text := p_tokens[pos];
BEGIN
    pos := pos + 1;
    IF p_tokens[pos] IS DISTINCT FROM '(' THEN
        PERFORM cs.cl_fail(format('%s needs an argument in parentheses', v_fn));
    END IF;
    pos := pos + 1;
    IF NOT cs.cl_is_word(p_tokens[pos]) THEN
        PERFORM cs.cl_fail(format('%s needs a name in parentheses', v_fn));
    END IF;
    arg := p_tokens[pos];
    pos := pos + 1;
    IF p_tokens[pos] IS DISTINCT FROM ')' THEN
        PERFORM cs.cl_fail(format('%s takes one argument; a ")" is missing', v_fn));
    END IF;
    pos := pos + 1;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_parse_atom(p_tokens text[], INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    t text := p_tokens[pos];
    v_neg boolean;
    v_arg text;
    v_types jsonb := '[]';
    v_type text;
BEGIN
    IF t ~ '^[0-9]' OR t IN ('basinCount', 'count') THEN
        SELECT f.pos, f.node INTO pos, node FROM cs.cl_parse_compare(p_tokens, pos) f;
        RETURN;
    END IF;
    IF t = '' THEN
        PERFORM cs.cl_fail('the condition ends too early');
    ELSIF NOT cs.cl_is_word(t) THEN
        PERFORM cs.cl_fail(format('unexpected "%s"', t));
    END IF;
    IF t IN ('hasPegboard', 'legsHeightAdjustable', 'hasAnyFaucet', 'basin.basinLight', 'basin.pTrap') THEN
        node := jsonb_build_object('k', t);
        pos := pos + 1;
    ELSIF t IN ('feet', 'language', 'basin.type') THEN
        pos := pos + 1;
        IF t = 'basin.type' AND p_tokens[pos] = 'in' THEN
            pos := pos + 1;
            IF p_tokens[pos] IS DISTINCT FROM '(' THEN
                PERFORM cs.cl_fail('"in" needs a list in parentheses');
            END IF;
            LOOP
                pos := pos + 1;
                v_type := cs.cl_basin_type(p_tokens[pos]);
                IF v_type IS NULL OR NOT cs.cl_is_word(p_tokens[pos]) THEN
                    PERFORM cs.cl_fail(format('unknown basin type "%s" (E_DRAIN, E_SINK or E_SINK_DI)', p_tokens[pos]));
                END IF;
                v_types := v_types || to_jsonb(v_type);
                pos := pos + 1;
                EXIT WHEN p_tokens[pos] IS DISTINCT FROM ',';
            END LOOP;
            IF p_tokens[pos] IS DISTINCT FROM ')' THEN
                PERFORM cs.cl_fail('the list after "in" needs a ")"');
            END IF;
            node := jsonb_build_object('k', t, 't', v_types, 'neg', false);
            pos := pos + 1;
            RETURN;
        END IF;
        IF p_tokens[pos] IS NULL OR p_tokens[pos] NOT IN ('==', '!=') THEN
            PERFORM cs.cl_fail(format('"%s" must be followed by == or !=', t));
        END IF;
        v_neg := p_tokens[pos] = '!=';
        pos := pos + 1;
        v_arg := p_tokens[pos];
        IF t = 'feet' AND v_arg NOT IN ('LOCK_LEVELING_CASTERS', 'SEISMIC_FEET') THEN
            PERFORM cs.cl_fail(format('unknown feet "%s" (LOCK_LEVELING_CASTERS or SEISMIC_FEET)', v_arg));
        ELSIF t = 'language' AND v_arg NOT IN ('EN', 'FR', 'ES') THEN
            PERFORM cs.cl_fail(format('unknown language "%s" (EN, FR or ES)', v_arg));
        ELSIF t = 'basin.type' THEN
            v_type := cs.cl_basin_type(v_arg);
            IF v_type IS NULL OR NOT cs.cl_is_word(v_arg) THEN
                PERFORM cs.cl_fail(format('unknown basin type "%s" (E_DRAIN, E_SINK or E_SINK_DI)', v_arg));
            END IF;
            node := jsonb_build_object('k', t, 't', jsonb_build_array(v_type), 'neg', v_neg);
            pos := pos + 1;
            RETURN;
        END IF;
        node := jsonb_build_object('k', t, 'v', v_arg, 'neg', v_neg);
        pos := pos + 1;
    ELSIF t = 'anyBasin' THEN
        SELECT f.pos, f.arg INTO pos, v_arg FROM cs.cl_parse_argument(p_tokens, pos) f;
        v_types := CASE v_arg WHEN 'E_DRAIN' THEN '["E_DRAIN"]' WHEN 'E_SINK' THEN '["E_SINK", "E_SINK_DI"]'
                              WHEN 'E_SINK_STD' THEN '["E_SINK"]' WHEN 'E_SINK_DI' THEN '["E_SINK_DI"]' END::jsonb;
        IF v_types IS NULL THEN
            PERFORM cs.cl_fail(format('unknown basin group "%s" (E_DRAIN, E_SINK, E_SINK_STD or E_SINK_DI)', v_arg));
        END IF;
        node := jsonb_build_object('k', t, 't', v_types);
    ELSIF t = 'hasFaucet' THEN
        SELECT f.pos, f.arg INTO pos, v_arg FROM cs.cl_parse_argument(p_tokens, pos) f;
        IF v_arg NOT IN ('WRIST_BLADE', 'PRE_RINSE', 'DI_GOOSENECK') THEN
            PERFORM cs.cl_fail(format('unknown faucet type "%s" (WRIST_BLADE, PRE_RINSE or DI_GOOSENECK)', v_arg));
        END IF;
        node := jsonb_build_object('k', t, 'v', v_arg);
    ELSIF t = 'hasSprayer' THEN
        SELECT f.pos, f.arg INTO pos, v_arg FROM cs.cl_parse_argument(p_tokens, pos) f;
        -- AIR_GUN is either air gun (turret or rosette), WATER_GUN either water gun.
        v_types := CASE v_arg WHEN 'AIR_GUN' THEN '["AIR_GUN_TURRET", "AIR_GUN_ROSETTE"]'
                              WHEN 'WATER_GUN' THEN '["WATER_GUN_TURRET", "WATER_GUN_ROSETTE"]'
                              WHEN 'WATER_GUN_TURRET' THEN '["WATER_GUN_TURRET"]'
                              WHEN 'WATER_GUN_ROSETTE' THEN '["WATER_GUN_ROSETTE"]'
                              WHEN 'AIR_GUN_TURRET' THEN '["AIR_GUN_TURRET"]'
                              WHEN 'AIR_GUN_ROSETTE' THEN '["AIR_GUN_ROSETTE"]' END::jsonb;
        IF v_types IS NULL THEN
            PERFORM cs.cl_fail(format('unknown sprayer "%s" (AIR_GUN, WATER_GUN or a sprayer type)', v_arg));
        END IF;
        node := jsonb_build_object('k', t, 't', v_types);
    ELSE
        PERFORM cs.cl_fail(format('unknown name "%s"', t));
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_parse_unary(p_tokens text[], INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_tokens[pos] = '!' THEN
        SELECT f.pos, f.node INTO pos, node FROM cs.cl_parse_unary(p_tokens, pos + 1) f;
        node := jsonb_build_object('k', 'not', 'c', jsonb_build_array(node));
    ELSIF p_tokens[pos] = '(' THEN
        SELECT f.pos, f.node INTO pos, node FROM cs.cl_parse_junction(p_tokens, '||', pos + 1) f;
        IF p_tokens[pos] IS DISTINCT FROM ')' THEN
            PERFORM cs.cl_fail('a ")" is missing');
        END IF;
        pos := pos + 1;
    ELSE
        SELECT f.pos, f.node INTO pos, node FROM cs.cl_parse_atom(p_tokens, pos) f;
    END IF;
END
$$;

-- A run of operands joined by one operator: '||' joins '&&'-runs, '&&' joins unary operands (so '&&'
-- binds tighter). One child alone is answered as it is.
DROP FUNCTION IF EXISTS cs.cl_parse_and(text[], integer);
DROP FUNCTION IF EXISTS cs.cl_parse_or(text[], integer);
CREATE OR REPLACE FUNCTION cs.cl_parse_junction(p_tokens text[], p_op text, INOUT pos integer, OUT node jsonb)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_children jsonb;
    v_c jsonb;
BEGIN
    LOOP
        IF p_op = '||' THEN
            SELECT f.pos, f.node INTO pos, v_c FROM cs.cl_parse_junction(p_tokens, '&&', pos) f;
        ELSE
            SELECT f.pos, f.node INTO pos, v_c FROM cs.cl_parse_unary(p_tokens, pos) f;
        END IF;
        v_children := coalesce(v_children, '[]'::jsonb) || jsonb_build_array(v_c);
        EXIT WHEN p_tokens[pos] IS DISTINCT FROM p_op;
        pos := pos + 1;
    END LOOP;
    node := CASE WHEN jsonb_array_length(v_children) = 1 THEN v_children -> 0
                 ELSE jsonb_build_object('k', CASE p_op WHEN '||' THEN 'or' ELSE 'and' END, 'c', v_children) END;
END
$$;

-- The tree of a condition; E-CHECKLIST-CONDITION with the text and what is wrong when it is not one.
CREATE OR REPLACE FUNCTION cs.checklist_condition_tree(p_expr text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_tokens text[];
    v_pos integer;
    v_node jsonb;
BEGIN
    BEGIN
        v_tokens := cs.cl_tokens(p_expr);
        SELECT f.pos, f.node INTO v_pos, v_node FROM cs.cl_parse_junction(v_tokens, '||', 1) f;
        IF v_tokens[v_pos] IS DISTINCT FROM '' THEN
            PERFORM cs.cl_fail(format('unexpected "%s"', v_tokens[v_pos]));
        END IF;
    EXCEPTION WHEN invalid_parameter_value THEN
        RAISE EXCEPTION 'E-CHECKLIST-CONDITION: unreadable condition "%": %', p_expr, SQLERRM
            USING ERRCODE = 'invalid_parameter_value';
    END;
    RETURN v_node;
END
$$;

-- True when the tree reads basin.* (only meaningful inside a perBasin section).
CREATE OR REPLACE FUNCTION cs.cl_refers_to_basin(p_node jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT p_node->>'k' IN ('basin.basinLight', 'basin.pTrap', 'basin.type')
        OR coalesce((SELECT bool_or(cs.cl_refers_to_basin(c)) FROM jsonb_array_elements(
                        CASE WHEN jsonb_typeof(p_node->'c') = 'array' THEN p_node->'c' ELSE '[]' END) c), false)
$$;

-- ---------------------------------------------------------------------------------------------
-- Conditions: the configuration, read as SinkConfiguration::fromJson reads it
-- ---------------------------------------------------------------------------------------------
-- The three basin helpers below are plain SQL without a SET clause so that PostgreSQL inlines them
-- into the statement that calls them, whose plan PL/pgSQL keeps. With `SET search_path` each call ran
-- through the function manager and planned its body again (0.17 ms per basin looked up; a task list
-- looks up dozens). Safe without it: they run with the caller's rights, every caller here sets
-- search_path itself, the bodies name only built-in functions and operators (never searched for in
-- pg_temp) and cs.* qualified, and they only compute over the configuration they are given.
-- The basins: position as given (a whole number) or the place in the list; type, light and P-trap.
CREATE OR REPLACE FUNCTION cs.cl_basins(p_config jsonb)
    RETURNS TABLE (ord integer, pos integer, type text, basin_light boolean, p_trap boolean)
    LANGUAGE sql IMMUTABLE ROWS 3 AS $$
    SELECT b.ord::integer,
           CASE WHEN jsonb_typeof(b.v->'position') = 'number' THEN
                    CASE WHEN (b.v->>'position')::numeric = trunc((b.v->>'position')::numeric)
                              AND abs((b.v->>'position')::numeric) < 2147483648 THEN (b.v->>'position')::numeric::integer
                         ELSE 0 END
                ELSE b.ord::integer END,
           CASE WHEN jsonb_typeof(b.v->'type') = 'string' THEN b.v->>'type' END,
           coalesce(b.v->'basinLight' = 'true'::jsonb, false),
           coalesce(b.v->'pTrap' = 'true'::jsonb, false)
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_config->'basins') = 'array' THEN p_config->'basins' ELSE '[]' END)
           WITH ORDINALITY AS b (v, ord)
$$;

-- The model's basin count (1..3); the length of the basin list when the model is unset or invalid.
CREATE OR REPLACE FUNCTION cs.cl_basin_count(p_config jsonb) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_config->'model' = '"T2-B1"' THEN 1 WHEN p_config->'model' = '"T2-B2"' THEN 2
                WHEN p_config->'model' = '"T2-B3"' THEN 3
                WHEN jsonb_typeof(p_config->'basins') = 'array' THEN jsonb_array_length(p_config->'basins')
                ELSE 0 END
$$;

-- The type of the basin at a position inside the model's count (the first listed there), or NULL
-- when there is none; basin_light and p_trap likewise.
CREATE OR REPLACE FUNCTION cs.cl_basin_at(p_config jsonb, p_position integer)
    RETURNS TABLE (present boolean, type text, basin_light boolean, p_trap boolean)
    LANGUAGE sql IMMUTABLE ROWS 1 AS $$
    SELECT b.pos IS NOT NULL, b.type, coalesce(b.basin_light, false), coalesce(b.p_trap, false)
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT * FROM cs.cl_basins(p_config) x
                          WHERE x.pos = p_position AND p_position BETWEEN 1 AND cs.cl_basin_count(p_config)
                          ORDER BY x.ord LIMIT 1) b ON true
$$;

CREATE OR REPLACE FUNCTION cs.cl_count(p_node jsonb, p_config jsonb) RETURNS bigint LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
DECLARE
    v bigint := 1;
    f jsonb;
BEGIN
    CASE p_node->>'k'
    WHEN 'lit' THEN RETURN (p_node->>'n')::bigint;
    WHEN 'basinCount' THEN RETURN cs.cl_basin_count(p_config);
    WHEN 'basins' THEN
        RETURN (SELECT count(*) FROM cs.cl_basins(p_config) b
                 WHERE b.pos BETWEEN 1 AND cs.cl_basin_count(p_config) AND p_node->'t' ? b.type);
    WHEN 'product' THEN
        FOR f IN SELECT * FROM jsonb_array_elements(p_node->'f') LOOP
            v := least(v * cs.cl_count(f, p_config), 1000000000);   -- as the C++ count: kept within int
        END LOOP;
        RETURN v;
    END CASE;
    RETURN 0;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_eval(p_node jsonb, p_config jsonb, p_language text, p_position integer)
    RETURNS boolean LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    c jsonb;
    b record;
    l bigint;
    r bigint;
BEGIN
    CASE p_node->>'k'
    WHEN 'and' THEN
        FOR c IN SELECT * FROM jsonb_array_elements(p_node->'c') LOOP
            IF NOT cs.cl_eval(c, p_config, p_language, p_position) THEN RETURN false; END IF;
        END LOOP;
        RETURN true;
    WHEN 'or' THEN
        FOR c IN SELECT * FROM jsonb_array_elements(p_node->'c') LOOP
            IF cs.cl_eval(c, p_config, p_language, p_position) THEN RETURN true; END IF;
        END LOOP;
        RETURN false;
    WHEN 'not' THEN                            -- every leaf answers true or false, never NULL
        RETURN NOT cs.cl_eval(p_node->'c'->0, p_config, p_language, p_position);
    WHEN 'hasPegboard' THEN
        RETURN coalesce(jsonb_typeof(p_config->'pegboard') = 'object' OR p_config->'pegboard' = 'true'::jsonb, false);
    WHEN 'legsHeightAdjustable' THEN
        RETURN coalesce(p_config->'legs'->'height' = '"HEIGHT_ADJUSTABLE"'::jsonb, false);
    WHEN 'hasAnyFaucet' THEN
        RETURN coalesce(jsonb_typeof(p_config->'faucets') = 'array' AND jsonb_array_length(p_config->'faucets') > 0, false);
    WHEN 'basin.basinLight' THEN
        SELECT * INTO b FROM cs.cl_basin_at(p_config, p_position);
        RETURN b.present AND b.basin_light;
    WHEN 'basin.pTrap' THEN
        SELECT * INTO b FROM cs.cl_basin_at(p_config, p_position);
        RETURN b.present AND b.p_trap;
    WHEN 'basin.type' THEN
        SELECT * INTO b FROM cs.cl_basin_at(p_config, p_position);
        IF NOT b.present THEN
            RETURN false;                      -- no basin at this position: nothing about it is true
        END IF;
        RETURN coalesce(p_node->'t' ? b.type, false) <> (p_node->>'neg')::boolean;
    WHEN 'feet' THEN
        RETURN coalesce(p_config->'feet' = to_jsonb(p_node->>'v'), false) <> (p_node->>'neg')::boolean;
    WHEN 'language' THEN
        RETURN coalesce(p_language = p_node->>'v', false) <> (p_node->>'neg')::boolean;
    WHEN 'anyBasin' THEN
        RETURN EXISTS (SELECT 1 FROM cs.cl_basins(p_config) x
                        WHERE x.pos BETWEEN 1 AND cs.cl_basin_count(p_config) AND p_node->'t' ? x.type);
    WHEN 'hasFaucet' THEN
        RETURN EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_config->'faucets') = 'array'
                                                               THEN p_config->'faucets' ELSE '[]' END) f
                        WHERE jsonb_typeof(f) = 'object' AND f->'type' = to_jsonb(p_node->>'v'));
    WHEN 'hasSprayer' THEN
        RETURN EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_config->'sprayers') = 'array'
                                                               THEN p_config->'sprayers' ELSE '[]' END) s
                        WHERE jsonb_typeof(s) = 'object' AND jsonb_typeof(s->'type') = 'string'
                          AND p_node->'t' ? (s->>'type'));
    WHEN 'cmp' THEN
        l := cs.cl_count(p_node->'l', p_config);
        r := cs.cl_count(p_node->'r', p_config);
        RETURN CASE p_node->>'op' WHEN '==' THEN l = r WHEN '!=' THEN l <> r WHEN '<' THEN l < r
                                  WHEN '<=' THEN l <= r WHEN '>' THEN l > r ELSE l >= r END;
    END CASE;
    RETURN false;
END
$$;

-- The condition `p_expr` for the build's configuration, the order language (EN, FR, ES) and a basin
-- position (1..3 in a perBasin section, 0 elsewhere). E-CHECKLIST-CONDITION when it does not parse.
-- The tree comes from cs.checklist_condition_trees (every condition of the stored templates, parsed
-- once, 0024); a text that is not there is parsed here. STABLE: it reads a table (whose rows only
-- ever hold what the parser makes of their text).
CREATE OR REPLACE FUNCTION cs.checklist_condition(p_expr text, p_config jsonb, p_language text, p_position integer)
    RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_tree jsonb;
BEGIN
    SELECT t.tree INTO v_tree FROM cs.checklist_condition_trees t WHERE t.condition = p_expr;
    IF v_tree IS NULL THEN
        v_tree := cs.checklist_condition_tree(p_expr);
    END IF;
    RETURN cs.cl_eval(v_tree, coalesce(p_config, '{}'), p_language, coalesce(p_position, 0));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Templates: options and what the server checks of a template
-- ---------------------------------------------------------------------------------------------
-- The rules of an option filter: `drop "OPTION" when CONDITION`, several separated by ';' (pieces not
-- starting with "drop" are remarks); "the sink has fewer than N basins" is basinCount < N. It only
-- splits: a template's check parses each condition (cs.cl_item_problems), and an evaluation reads the
-- kept tree (cs.checklist_condition).
CREATE OR REPLACE FUNCTION cs.cl_filter_rules(p_filter text) RETURNS TABLE (option text, condition text)
    LANGUAGE plpgsql IMMUTABLE ROWS 3 SET search_path = cs, pg_temp AS $$
DECLARE
    v_piece text;
    m text[];
    n integer := 0;
BEGIN
    FOR v_piece IN SELECT btrim(p) FROM unnest(string_to_array(coalesce(p_filter, ''), ';')) p LOOP
        CONTINUE WHEN v_piece NOT LIKE 'drop%';
        m := regexp_match(v_piece, '^drop\s+"([^"]+)"\s+when\s+(.+)$');
        IF m IS NULL THEN
            RAISE EXCEPTION 'E-CHECKLIST-CONDITION: "%" is not of the form: drop "OPTION" when CONDITION', v_piece
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        option := m[1];
        condition := btrim(m[2]);
        IF condition ~ '^the sink has fewer than \d basins?$' THEN
            condition := 'basinCount < ' || substring(condition FROM '\d');
        END IF;
        n := n + 1;
        RETURN NEXT;
    END LOOP;
    IF n = 0 THEN
        RAISE EXCEPTION 'E-CHECKLIST-CONDITION: no rule of the form: drop "OPTION" when CONDITION'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Conditions parsed once (cs.checklist_condition_trees, 0024)
-- ---------------------------------------------------------------------------------------------
-- Every condition text of a template: each appliesWhen, and the condition of each rule of an option
-- filter. A filter that does not read is left out (it is refused where it is evaluated).
CREATE OR REPLACE FUNCTION cs.cl_template_conditions(p_template jsonb) RETURNS SETOF text
    LANGUAGE plpgsql IMMUTABLE ROWS 20 SET search_path = cs, pg_temp AS $$
DECLARE
    v_filter text;
BEGIN
    RETURN QUERY SELECT DISTINCT c #>> '{}' FROM jsonb_path_query(p_template, 'lax $.**.appliesWhen') c
                  WHERE jsonb_typeof(c) = 'string';
    FOR v_filter IN SELECT DISTINCT c #>> '{}' FROM jsonb_path_query(p_template, 'lax $.**.optionFilter') c
                     WHERE jsonb_typeof(c) = 'string' LOOP
        BEGIN
            RETURN QUERY SELECT r.condition FROM cs.cl_filter_rules(v_filter) r;
        EXCEPTION WHEN invalid_parameter_value THEN
            NULL;
        END;
    END LOOP;
END
$$;

-- Parses and keeps the conditions of a template that are not kept yet; returns how many it added. A
-- text that does not parse is not kept: evaluating it refuses it with what is wrong, as before.
CREATE OR REPLACE FUNCTION cs.cl_remember_conditions(p_template jsonb) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_text text;
    v_tree jsonb;
    n integer := 0;
BEGIN
    FOR v_text IN SELECT DISTINCT c FROM cs.cl_template_conditions(p_template) c
                   WHERE NOT EXISTS (SELECT 1 FROM cs.checklist_condition_trees t WHERE t.condition = c) LOOP
        BEGIN
            v_tree := cs.checklist_condition_tree(v_text);
        EXCEPTION WHEN invalid_parameter_value THEN
            CONTINUE;
        END;
        INSERT INTO cs.checklist_condition_trees (condition, tree) VALUES (v_text, v_tree) ON CONFLICT DO NOTHING;
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- The templates' trigger (0024): a stored or changed template version's conditions are parsed as it is
-- written, by whoever writes it (the import functions, the migrator, the demo seeder).
CREATE OR REPLACE FUNCTION cs.tg_condition_trees() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'testing_form_templates' THEN
        PERFORM cs.cl_remember_conditions(NEW.test_items);
    ELSE
        PERFORM cs.cl_remember_conditions(NEW.checklist_items);
    END IF;
    RETURN NULL;
END
$$;

-- The options of a choice or multiCheck item at a position: optionsByPosition[position], else
-- options, less the ones its filter drops for this build.
CREATE OR REPLACE FUNCTION cs.cl_options(p_item jsonb, p_config jsonb, p_language text, p_position integer)
    RETURNS text[] LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_list jsonb := CASE WHEN jsonb_typeof(p_item->'optionsByPosition') = 'object'
                              AND p_item->'optionsByPosition' ? p_position::text
                         THEN p_item->'optionsByPosition'->p_position::text ELSE p_item->'options' END;
    v_out text[];
    r record;
BEGIN
    SELECT coalesce(array_agg(o ORDER BY i), '{}') INTO v_out
      FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(v_list) = 'array' THEN v_list ELSE '[]' END)
           WITH ORDINALITY AS x (o, i);
    IF jsonb_typeof(p_item->'optionFilter') = 'string' THEN
        FOR r IN SELECT * FROM cs.cl_filter_rules(p_item->>'optionFilter') LOOP
            IF cs.checklist_condition(r.condition, p_config, p_language, p_position) THEN
                v_out := array_remove(v_out, r.option);
            END IF;
        END LOOP;
    END IF;
    RETURN v_out;
END
$$;

-- What form a template fills, from its "id" (PRE_QC, FINAL_QC_CLQ, PRODUCTION_CLP, EOL_TESTING_CLT;
-- case and '-' / '_' do not matter) or, for another id, its "kind"; NULL when neither says.
CREATE OR REPLACE FUNCTION cs.checklist_template_kind(p_template jsonb) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT coalesce(
        CASE upper(replace(p_template->>'id', '-', '_'))
            WHEN 'PRE_QC' THEN 'PreQC' WHEN 'FINAL_QC_CLQ' THEN 'FinalQC' WHEN 'FINAL_QC' THEN 'FinalQC'
            WHEN 'PRODUCTION_CLP' THEN 'InProcessAssembly' WHEN 'EOL_TESTING_CLT' THEN 'Testing' END,
        CASE WHEN p_template->>'kind' IN ('PreQC', 'FinalQC', 'InProcessAssembly', 'Testing') THEN p_template->>'kind' END)
$$;

-- One item's problems, "<template>/<section>/<item>: what".
CREATE OR REPLACE FUNCTION cs.cl_item_problems(p_tid text, p_sid text, p_item jsonb, p_per_basin boolean,
                                               p_repeat_max integer)
    RETURNS SETOF text LANGUAGE plpgsql IMMUTABLE ROWS 2 SET search_path = cs, pg_temp AS $$
DECLARE
    v_where text := p_tid || '/' || p_sid || '/' || coalesce(p_item->>'id', '?');
    v_tree jsonb;
    v_key text;
    v_choice boolean := p_item->>'type' IN ('choice', 'multiCheck');
    v_options boolean := jsonb_typeof(p_item->'options') = 'array' OR jsonb_typeof(p_item->'optionsByPosition') = 'object';
BEGIN
    IF jsonb_typeof(p_item->'id') IS DISTINCT FROM 'string' OR btrim(p_item->>'id') = '' THEN
        RETURN NEXT v_where || ': an item has no id';
    END IF;
    IF jsonb_typeof(p_item->'type') IS DISTINCT FROM 'string' OR p_item->>'type' NOT IN
           ('check', 'passFail', 'choice', 'multiCheck', 'yesNo', 'text', 'number', 'date', 'serial', 'initials') THEN
        RETURN NEXT format('%s: unknown item type "%s"', v_where, coalesce(p_item->>'type', ''));
    END IF;
    FOR v_key IN SELECT k FROM unnest(ARRAY['required', 'naAllowed', 'otherText', 'readOnly']) k LOOP
        IF p_item ? v_key AND jsonb_typeof(p_item->v_key) <> 'boolean' THEN
            RETURN NEXT format('%s: "%s" must be true or false', v_where, v_key);
        END IF;
    END LOOP;
    FOR v_key IN SELECT k FROM unnest(ARRAY['min', 'max']) k LOOP
        IF p_item ? v_key AND jsonb_typeof(p_item->v_key) <> 'number' THEN
            RETURN NEXT format('%s: "%s" must be a number', v_where, v_key);
        END IF;
    END LOOP;
    IF p_item ? 'appliesWhen' THEN
        IF jsonb_typeof(p_item->'appliesWhen') <> 'string' THEN
            RETURN NEXT v_where || ': "appliesWhen" must be a text';
        ELSE
            BEGIN
                v_tree := cs.checklist_condition_tree(p_item->>'appliesWhen');
                IF cs.cl_refers_to_basin(v_tree) AND NOT p_per_basin THEN
                    RETURN NEXT format('%s: the condition "%s" reads basin.* outside a perBasin section', v_where,
                                       p_item->>'appliesWhen');
                END IF;
            EXCEPTION WHEN invalid_parameter_value THEN
                RETURN NEXT v_where || ': ' || SQLERRM;
            END;
        END IF;
    END IF;
    IF p_item ? 'optionFilter' THEN
        BEGIN
            PERFORM cs.checklist_condition_tree(r.condition) FROM cs.cl_filter_rules(p_item->>'optionFilter') r;
        EXCEPTION WHEN invalid_parameter_value THEN
            RETURN NEXT v_where || ': option filter: ' || SQLERRM;
        END;
    END IF;
    IF p_item ? 'options' AND (jsonb_typeof(p_item->'options') <> 'array'
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_item->'options') o WHERE jsonb_typeof(o) <> 'string')) THEN
        RETURN NEXT v_where || ': "options" must be a list of texts';
    END IF;
    IF p_item ? 'optionsByPosition' THEN
        IF jsonb_typeof(p_item->'optionsByPosition') <> 'object' THEN
            RETURN NEXT v_where || ': optionsByPosition must be an object of positions';
        ELSIF NOT p_per_basin THEN
            RETURN NEXT v_where || ': optionsByPosition is only allowed in a perBasin section';
        ELSE
            FOR v_key IN SELECT jsonb_object_keys(p_item->'optionsByPosition') LOOP
                IF v_key !~ '^[0-9]$' OR v_key::integer NOT BETWEEN 1 AND p_repeat_max THEN
                    RETURN NEXT format('%s: optionsByPosition has the position "%s"; positions are 1 to %s', v_where, v_key, p_repeat_max);
                END IF;
                IF jsonb_typeof(p_item->'optionsByPosition'->v_key) <> 'array'
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_item->'optionsByPosition'->v_key) o WHERE jsonb_typeof(o) <> 'string') THEN
                    RETURN NEXT format('%s: optionsByPosition "%s" must be a list of texts', v_where, v_key);
                END IF;
            END LOOP;
        END IF;
    END IF;
    IF v_choice AND NOT v_options THEN
        RETURN NEXT format('%s: a %s item needs options or optionsByPosition', v_where, p_item->>'type');
    ELSIF NOT v_choice AND (p_item ? 'options' OR p_item ? 'optionsByPosition') THEN
        RETURN NEXT v_where || ': options are only allowed on choice and multiCheck items';
    END IF;
    IF p_item->'otherText' = 'true'::jsonb AND NOT (v_choice AND (p_item->'options' ? 'Other'
            OR EXISTS (SELECT 1 FROM jsonb_each(CASE WHEN jsonb_typeof(p_item->'optionsByPosition') = 'object'
                                                     THEN p_item->'optionsByPosition' ELSE '{}' END) e WHERE e.value ? 'Other'))) THEN
        RETURN NEXT v_where || ': otherText needs a choice with the option "Other"';
    END IF;
    IF (p_item ? 'min' OR p_item ? 'max') AND p_item->>'type' IS DISTINCT FROM 'number' THEN
        RETURN NEXT v_where || ': limits (min, max) are only allowed on number items';
    END IF;
END
$$;

-- Every problem the server finds in a template, one line each; none when it can be stored.
CREATE OR REPLACE FUNCTION cs.checklist_template_problems(p_template jsonb) RETURNS SETOF text
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_tid text := coalesce(CASE WHEN jsonb_typeof(p_template->'id') = 'string' THEN p_template->>'id' END, '?');
    s jsonb;
    i jsonb;
    v_sid text;
    v_per_basin boolean;
    v_max integer;
    v_sections text[] := '{}';
    v_items text[];
BEGIN
    IF jsonb_typeof(p_template) IS DISTINCT FROM 'object' THEN
        RETURN NEXT 'template: not a JSON object';
        RETURN;
    END IF;
    IF jsonb_typeof(p_template->'id') IS DISTINCT FROM 'string' OR btrim(p_template->>'id') = '' THEN
        RETURN NEXT 'template: the template has no id';
    ELSIF cs.checklist_template_kind(p_template) IS NULL THEN
        RETURN NEXT format('%s: unknown template id (PRE_QC, FINAL_QC_CLQ, PRODUCTION_CLP or EOL_TESTING_CLT)', v_tid);
    END IF;
    IF jsonb_typeof(p_template->'title') IS DISTINCT FROM 'string' OR btrim(p_template->>'title') = '' THEN
        RETURN NEXT v_tid || ': the template has no title';
    END IF;
    IF p_template ? 'header' AND jsonb_typeof(p_template->'header') <> 'array' THEN
        RETURN NEXT v_tid || ': "header" must be a list';
    END IF;
    v_items := '{}';
    FOR i IN SELECT * FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_template->'header') = 'array'
                                                     THEN p_template->'header' ELSE '[]' END) LOOP
        IF jsonb_typeof(i) <> 'object' THEN
            RETURN NEXT v_tid || '/header: a header entry is not an object';
            CONTINUE;
        END IF;
        RETURN QUERY SELECT * FROM cs.cl_item_problems(v_tid, 'header', i, false, 0);
        IF i->>'id' = ANY (v_items) THEN
            RETURN NEXT format('%s/header/%s: the id is used twice in the header', v_tid, i->>'id');
        END IF;
        v_items := v_items || (i->>'id');
    END LOOP;
    IF jsonb_typeof(p_template->'sections') IS DISTINCT FROM 'array' OR jsonb_array_length(p_template->'sections') = 0 THEN
        RETURN NEXT v_tid || ': the template has no sections';
        RETURN;
    END IF;
    FOR s IN SELECT * FROM jsonb_array_elements(p_template->'sections') LOOP
        IF jsonb_typeof(s) <> 'object' THEN
            RETURN NEXT v_tid || ': a section is not an object';
            CONTINUE;
        END IF;
        v_sid := coalesce(CASE WHEN jsonb_typeof(s->'id') = 'string' THEN s->>'id' END, '?');
        IF jsonb_typeof(s->'id') IS DISTINCT FROM 'string' OR btrim(s->>'id') = '' THEN
            RETURN NEXT v_tid || '/?: a section has no id';
        ELSIF v_sid = 'header' THEN
            RETURN NEXT format('%s/%s: "header" is reserved for the header', v_tid, v_sid);
        ELSIF v_sid = ANY (v_sections) THEN
            RETURN NEXT format('%s/%s: the section id is used twice', v_tid, v_sid);
        END IF;
        v_sections := v_sections || v_sid;
        v_per_basin := false;
        IF s ? 'repeat' THEN
            IF s->'repeat' = '"perBasin"'::jsonb THEN
                v_per_basin := true;
            ELSE
                RETURN NEXT format('%s/%s: unknown repeat "%s" (perBasin)', v_tid, v_sid, s->>'repeat');
            END IF;
        END IF;
        v_max := CASE WHEN v_per_basin THEN 3 ELSE 0 END;
        IF s ? 'repeatMax' THEN
            IF NOT v_per_basin THEN
                RETURN NEXT format('%s/%s: repeatMax without "repeat": "perBasin"', v_tid, v_sid);
            ELSIF jsonb_typeof(s->'repeatMax') <> 'number' OR (s->>'repeatMax')::numeric NOT IN (1, 2, 3) THEN
                RETURN NEXT format('%s/%s: repeatMax must be a whole number from 1 to 3', v_tid, v_sid);
            ELSE
                v_max := (s->>'repeatMax')::numeric::integer;
            END IF;
        END IF;
        IF s ? 'sectionCheck' AND jsonb_typeof(s->'sectionCheck') <> 'boolean' THEN
            RETURN NEXT format('%s/%s: "sectionCheck" must be true or false', v_tid, v_sid);
        END IF;
        IF jsonb_typeof(s->'items') IS DISTINCT FROM 'array' OR jsonb_array_length(s->'items') = 0 THEN
            RETURN NEXT format('%s/%s: the section has no items', v_tid, v_sid);
            CONTINUE;
        END IF;
        v_items := '{}';
        FOR i IN SELECT * FROM jsonb_array_elements(s->'items') LOOP
            IF jsonb_typeof(i) <> 'object' THEN
                RETURN NEXT format('%s/%s: an item is not an object', v_tid, v_sid);
                CONTINUE;
            END IF;
            RETURN QUERY SELECT * FROM cs.cl_item_problems(v_tid, v_sid, i, v_per_basin, v_max);
            IF i->>'id' = '#sectionCheck' THEN
                RETURN NEXT format('%s/%s/%s: "#sectionCheck" is reserved for the section check', v_tid, v_sid, i->>'id');
            ELSIF i->>'id' = ANY (v_items) THEN
                RETURN NEXT format('%s/%s/%s: the item id is used twice in section %s', v_tid, v_sid, i->>'id', v_sid);
            END IF;
            v_items := v_items || (i->>'id');
        END LOOP;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Templates: import and publish
-- ---------------------------------------------------------------------------------------------
-- Stores the template as a new draft version of its form (max(version) + 1). Admin only; refused
-- with every problem (the first in the message, all of them in DETAIL) when the server finds one.
CREATE OR REPLACE FUNCTION cs.import_checklist_template(p_template jsonb)
    RETURNS TABLE (template_id uuid, kind text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'importing a checklist template');
    v_name text;
BEGIN
    PERFORM cs.raise_problems('E-TEMPLATE-INVALID', ARRAY(SELECT cs.checklist_template_problems(p_template)));
    v_name := p_template->>'id';
    kind := cs.checklist_template_kind(p_template);
    -- The next version of the form (two imports of a form at once: the second one's insert is refused by
    -- UNIQUE (form_name, version)). The stored JSON carries the version it is stored as (the engine
    -- reads "version"), whatever the file said.
    IF kind = 'Testing' THEN
        SELECT coalesce(max(t.version), 0) + 1 INTO version FROM cs.testing_form_templates t WHERE t.form_name = v_name;
        INSERT INTO cs.testing_form_templates (form_name, test_type, version, is_active, test_items, created_by, state)
        VALUES (v_name, 'EOL', version, false, p_template || jsonb_build_object('version', version), me.user_id, 'draft')
        RETURNING testing_form_templates.template_id INTO template_id;
    ELSE
        SELECT coalesce(max(t.version), 0) + 1 INTO version FROM cs.qc_form_templates t WHERE t.form_name = v_name;
        INSERT INTO cs.qc_form_templates (form_name, form_type, version, is_active, checklist_items, created_by, state)
        VALUES (v_name, kind::cs.qc_form_type_enum, version, false, p_template || jsonb_build_object('version', version),
                me.user_id, 'draft')
        RETURNING qc_form_templates.template_id INTO template_id;
    END IF;
    RETURN NEXT;
END
$$;

-- Publishes a draft: server time and author; it becomes the active version of its form and the
-- earlier active one becomes inactive. Answers the version.
CREATE OR REPLACE FUNCTION cs.publish_checklist_template(p_template_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'publishing a checklist template');
    q cs.qc_form_templates;
    t cs.testing_form_templates;
BEGIN
    SELECT * INTO q FROM cs.qc_form_templates WHERE template_id = p_template_id;
    IF FOUND THEN
        PERFORM 1 FROM cs.qc_form_templates x WHERE x.form_name = q.form_name FOR UPDATE;
        SELECT * INTO q FROM cs.qc_form_templates WHERE template_id = p_template_id FOR UPDATE;
        IF q.state <> 'draft' THEN
            RAISE EXCEPTION 'E-TEMPLATE-PUBLISHED: version % of % is already published', q.version, q.form_name
                USING ERRCODE = 'check_violation';
        END IF;
        UPDATE cs.qc_form_templates SET is_active = false
         WHERE form_name = q.form_name AND is_active AND template_id <> q.template_id;
        UPDATE cs.qc_form_templates SET state = 'published', is_active = true, published_at = now(), published_by = me.user_id
         WHERE template_id = q.template_id;
        RETURN q.version;
    END IF;
    SELECT * INTO t FROM cs.testing_form_templates WHERE template_id = p_template_id;
    IF FOUND THEN
        PERFORM 1 FROM cs.testing_form_templates x WHERE x.form_name = t.form_name FOR UPDATE;
        SELECT * INTO t FROM cs.testing_form_templates WHERE template_id = p_template_id FOR UPDATE;
        IF t.state <> 'draft' THEN
            RAISE EXCEPTION 'E-TEMPLATE-PUBLISHED: version % of % is already published', t.version, t.form_name
                USING ERRCODE = 'check_violation';
        END IF;
        UPDATE cs.testing_form_templates SET is_active = false
         WHERE form_name = t.form_name AND is_active AND template_id <> t.template_id;
        UPDATE cs.testing_form_templates SET state = 'published', is_active = true, published_at = now(), published_by = me.user_id
         WHERE template_id = t.template_id;
        RETURN t.version;
    END IF;
    RAISE EXCEPTION 'E-TEMPLATE-NOT-FOUND: no checklist template %', p_template_id USING ERRCODE = 'no_data_found';
END
$$;

-- A published version never changes but for is_active true -> false (a later version was published);
-- a published version, or one a checklist, result or task list uses, is never deleted. For everyone
-- (a trigger binds the superuser too). Serves the checklist templates and the work instructions
-- (68_work_instructions.sql).
CREATE OR REPLACE FUNCTION cs.tg_template_version_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_old jsonb := to_jsonb(OLD) - ARRAY['is_active', 'row_version', 'updated_at'];
    v_wi boolean := TG_TABLE_NAME = 'work_instructions';
    v_code text := CASE WHEN v_wi THEN 'E-WI-' ELSE 'E-TEMPLATE-' END;
    v_name text := coalesce(v_old->>'form_name', v_old->>'wi_key', v_old->>'title');
    v_used boolean;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.state = 'published'
           AND (v_old <> to_jsonb(NEW) - ARRAY['is_active', 'row_version', 'updated_at'] OR (NEW.is_active AND NOT OLD.is_active)) THEN
            RAISE EXCEPTION '%PUBLISHED: version % of % is published and cannot change; import a new version',
                v_code, OLD.version, v_name USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF v_wi THEN
        v_used := EXISTS (SELECT 1 FROM cs.task_lists l
                           WHERE l.tasks @> jsonb_build_array(jsonb_build_object('instruction',
                                                              jsonb_build_object('id', v_old->>'instruction_id'))));
    ELSIF TG_TABLE_NAME = 'qc_form_templates' THEN
        v_used := EXISTS (SELECT 1 FROM cs.qc_checklists c WHERE c.kind <> 'CLT' AND c.template_id = OLD.template_id)
               OR EXISTS (SELECT 1 FROM cs.qc_results r WHERE r.template_id = OLD.template_id)
               OR EXISTS (SELECT 1 FROM cs.task_lists l WHERE l.clp_template_id = OLD.template_id);
    ELSE
        v_used := EXISTS (SELECT 1 FROM cs.qc_checklists c WHERE c.kind = 'CLT' AND c.template_id = OLD.template_id)
               OR EXISTS (SELECT 1 FROM cs.testing_results r WHERE r.template_id = OLD.template_id);
    END IF;
    IF v_used THEN
        RAISE EXCEPTION '%IN-USE: version % of % has checklists, results or task lists and is kept', v_code, OLD.version, v_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.state = 'published' THEN
        RAISE EXCEPTION '%PUBLISHED: version % of % is published and is kept', v_code, OLD.version, v_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Checklists: the read-only rule of signed records
-- ---------------------------------------------------------------------------------------------
-- A signed checklist never changes; an open one keeps what it is for. A checklist is deleted only
-- with its order (the cascade of cs.delete_order).
CREATE OR REPLACE FUNCTION cs.tg_qc_checklist_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM cs.orders WHERE order_id = OLD.order_id) THEN
            RAISE EXCEPTION 'E-QC-CHECKLIST-KEPT: a checklist is kept with its build (attempt %, revision % of build %)',
                OLD.attempt, OLD.revision, OLD.build_number USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.state = 'signed' THEN
        RAISE EXCEPTION 'E-QC-SIGNED: the checklist of build % is signed and read-only; a correction is a new revision',
            OLD.build_number USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.order_id, NEW.qc_type, NEW.template_id, NEW.attempt, NEW.revision, NEW.revises, NEW.opened_by, NEW.opened_at)
       IS DISTINCT FROM (OLD.order_id, OLD.qc_type, OLD.template_id, OLD.attempt, OLD.revision, OLD.revises, OLD.opened_by, OLD.opened_at) THEN
        RAISE EXCEPTION 'E-QC-CHECKLIST-FIXED: what a checklist is for does not change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- The template of a checklist is a version of its kind's form (PreQC, FinalQC, CLP: cs.qc_form_templates
-- of that form type; CLT: cs.testing_form_templates), and the result of a signed one is the row of its
-- kind's result table that names it (checked at commit: both are written in one transaction).
CREATE OR REPLACE FUNCTION cs.tg_qc_checklist_refs() RETURNS trigger LANGUAGE plpgsql
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_clt boolean := NEW.kind = 'CLT';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cs.qc_checklists WHERE checklist_id = NEW.checklist_id) THEN
        RETURN NULL;                           -- gone with its order in the same transaction
    END IF;
    IF NOT (CASE WHEN v_clt THEN EXISTS (SELECT 1 FROM cs.testing_form_templates t WHERE t.template_id = NEW.template_id)
                 ELSE EXISTS (SELECT 1 FROM cs.qc_form_templates t WHERE t.template_id = NEW.template_id AND t.form_type = NEW.qc_type) END) THEN
        RAISE EXCEPTION 'E-QC-TEMPLATE: the % checklist template % does not exist', NEW.kind, NEW.template_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NEW.result_id IS NOT NULL
       AND NOT (CASE WHEN v_clt THEN EXISTS (SELECT 1 FROM cs.testing_results r WHERE r.result_id = NEW.result_id
                                                                                AND r.checklist_id = NEW.checklist_id)
                     ELSE EXISTS (SELECT 1 FROM cs.qc_results r WHERE r.result_id = NEW.result_id
                                                                  AND r.checklist_id = NEW.checklist_id) END) THEN
        RAISE EXCEPTION 'E-QC-RESULT: the signed result % is not of this % checklist', NEW.result_id, NEW.kind
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

-- The answers of a signed checklist never change; the answer log is append-only. Rows go only with
-- their checklist (an order's deletion).
CREATE OR REPLACE FUNCTION cs.tg_qc_answer_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = cs, pg_temp AS $$
DECLARE
    v_state text := (SELECT state FROM cs.qc_checklists
                      WHERE checklist_id = CASE WHEN TG_OP = 'INSERT' THEN NEW.checklist_id ELSE OLD.checklist_id END);
BEGIN
    IF TG_TABLE_NAME = 'qc_answer_log' THEN
        IF TG_OP = 'UPDATE' OR v_state IS NOT NULL THEN
            RAISE EXCEPTION 'E-APPEND-ONLY: % on cs.qc_answer_log is not allowed; the log of answers is never changed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF v_state = 'signed' THEN
        RAISE EXCEPTION 'E-QC-SIGNED: the checklist is signed; its answers are read-only (a correction is a new revision)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Checklists: helpers
-- ---------------------------------------------------------------------------------------------
-- The item of a template at a section ('header' for header items; '#sectionCheck' is the section's
-- "section verified" tick, a check, where the section has one), with its section's repetition.
CREATE OR REPLACE FUNCTION cs.cl_find_item(p_template jsonb, p_section text, p_item text,
                                           OUT item jsonb, OUT in_header boolean, OUT per_basin boolean,
                                           OUT repeat_max integer)
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    s jsonb;
BEGIN
    in_header := p_section = 'header';
    per_basin := false;
    repeat_max := 0;
    IF in_header THEN
        SELECT i INTO item FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_template->'header') = 'array'
                                                          THEN p_template->'header' ELSE '[]' END) i
         WHERE i->>'id' = p_item LIMIT 1;
        RETURN;
    END IF;
    SELECT x INTO s FROM jsonb_array_elements(p_template->'sections') x WHERE x->>'id' = p_section LIMIT 1;
    IF s IS NULL THEN
        RETURN;
    END IF;
    per_basin := coalesce(s->'repeat' = '"perBasin"'::jsonb, false);
    repeat_max := CASE WHEN per_basin THEN coalesce((s->>'repeatMax')::numeric::integer, 3) ELSE 0 END;
    IF p_item = '#sectionCheck' THEN
        IF s->'sectionCheck' = 'true'::jsonb THEN
            item := jsonb_build_object('id', '#sectionCheck', 'type', 'check');
        END IF;
        RETURN;
    END IF;
    SELECT i INTO item FROM jsonb_array_elements(s->'items') i WHERE i->>'id' = p_item LIMIT 1;
END
$$;

-- The number an answer must equal (expectedFrom "basinCount" alone), else NULL.
CREATE OR REPLACE FUNCTION cs.cl_expected_number(p_item jsonb, p_config jsonb) RETURNS integer
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT CASE WHEN ARRAY(SELECT btrim(regexp_replace(p, '\s+', ' ', 'g'))
                             FROM unnest(string_to_array(regexp_replace(p_item->>'expectedFrom', '\([^()]*\)', '', 'g'), ',')) p)
                     = ARRAY['basinCount'] THEN cs.cl_basin_count(p_config) END
$$;

CREATE OR REPLACE FUNCTION cs.cl_is_date(p_text text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN p_text ~ '^\d{4}-\d{2}-\d{2}$' AND to_char(p_text::date, 'YYYY-MM-DD') = p_text;
EXCEPTION WHEN others THEN
    RETURN false;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_number_text(p numeric) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$ SELECT trim_scale(p)::text $$;

-- What is wrong with a value for an item (the C++ pass rule's checkValue), or NULL: p_options are
-- the item's options at the position, p_expected the number it must equal.
CREATE OR REPLACE FUNCTION cs.cl_value_problem(p_item jsonb, p_value jsonb, p_other text, p_options text[],
                                               p_expected integer)
    RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_type text := p_item->>'type';
    v_kind text := jsonb_typeof(p_value);
    v_text text;
    v_num numeric;
    v_other boolean := coalesce(p_item->'otherText' = 'true'::jsonb, false);
BEGIN
    CASE v_type
    WHEN 'check' THEN
        IF v_kind <> 'boolean' THEN RETURN 'expects a tick'; END IF;
        RETURN CASE WHEN p_value = 'true'::jsonb THEN NULL ELSE 'not ticked' END;
    WHEN 'yesNo' THEN
        RETURN CASE WHEN v_kind = 'boolean' THEN NULL ELSE 'expects yes or no' END;
    WHEN 'passFail' THEN
        IF v_kind <> 'string' OR p_value->>0 NOT IN ('PASS', 'FAIL') THEN RETURN 'expects PASS or FAIL'; END IF;
        RETURN CASE WHEN p_value->>0 = 'FAIL' THEN 'failed' END;
    WHEN 'choice' THEN
        IF v_kind <> 'string' THEN RETURN 'expects one of the options'; END IF;
        v_text := p_value->>0;
        IF NOT v_text = ANY (p_options) THEN
            RETURN format('"%s" is not one of the options (%s)', v_text, array_to_string(p_options, ', '));
        END IF;
        IF v_other AND v_text = 'Other' AND coalesce(btrim(p_other), '') = '' THEN
            RETURN '"Other" needs a description';
        END IF;
        RETURN NULL;
    WHEN 'multiCheck' THEN
        IF v_kind <> 'array' OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_value) e WHERE jsonb_typeof(e) <> 'string') THEN
            RETURN 'expects a list of the options';
        END IF;
        SELECT e INTO v_text FROM jsonb_array_elements_text(p_value) e WHERE NOT e = ANY (p_options) LIMIT 1;
        IF v_text IS NOT NULL THEN
            RETURN format('"%s" is not one of the options (%s)', v_text, array_to_string(p_options, ', '));
        END IF;
        IF v_other AND p_value ? 'Other' AND coalesce(btrim(p_other), '') = '' THEN
            RETURN '"Other" needs a description';
        END IF;
        RETURN NULL;
    WHEN 'text', 'serial' THEN
        IF v_kind <> 'string' THEN
            RETURN CASE v_type WHEN 'text' THEN 'expects a text' ELSE 'expects a serial number' END;
        END IF;
        RETURN CASE WHEN btrim(p_value->>0) = '' THEN 'is empty' END;
    WHEN 'initials' THEN
        IF v_kind <> 'string' THEN RETURN 'expects initials'; END IF;
        RETURN CASE WHEN btrim(p_value->>0) ~ '^[[:alpha:]]{1,4}$' THEN NULL ELSE 'initials are 1 to 4 letters' END;
    WHEN 'date' THEN
        RETURN CASE WHEN v_kind = 'string' AND cs.cl_is_date(p_value->>0) THEN NULL ELSE 'expects a date' END;
    WHEN 'number' THEN
        IF v_kind <> 'number' THEN RETURN 'expects a number'; END IF;
        v_num := (p_value->>0)::numeric;
        IF jsonb_typeof(p_item->'min') = 'number' AND v_num < (p_item->>'min')::numeric THEN
            RETURN format('%s is below the minimum %s', cs.cl_number_text(v_num), cs.cl_number_text((p_item->>'min')::numeric));
        END IF;
        IF jsonb_typeof(p_item->'max') = 'number' AND v_num > (p_item->>'max')::numeric THEN
            RETURN format('%s is above the maximum %s', cs.cl_number_text(v_num), cs.cl_number_text((p_item->>'max')::numeric));
        END IF;
        IF p_expected IS NOT NULL AND v_num <> p_expected THEN
            RETURN format('%s does not match the configuration (%s)', cs.cl_number_text(v_num),
                          CASE WHEN p_expected = 1 THEN '1 basin' ELSE p_expected || ' basins' END);
        END IF;
        RETURN NULL;
    ELSE
        RETURN 'has an unknown type';
    END CASE;
END
$$;

-- The status a signed result moves the build to.
CREATE OR REPLACE FUNCTION cs.qc_outcome_status(p_qc_type cs.qc_form_type_enum, p_pass boolean, p_rework boolean)
    RETURNS cs.order_status_enum LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT CASE WHEN p_qc_type = 'PreQC' THEN
                    CASE WHEN p_pass THEN 'ReadyForProduction' WHEN p_rework THEN 'ReworkPreQC' ELSE 'PreQCRejected' END
                ELSE CASE WHEN p_pass THEN 'ReadyForShip' WHEN p_rework THEN 'ReworkFinalQC' ELSE 'FinalQCRejected' END
           END::cs.order_status_enum
$$;

-- A checklist row by id, or E-QC-NOT-FOUND.
CREATE OR REPLACE FUNCTION cs.cl_checklist(p_checklist_id uuid) RETURNS cs.qc_checklists
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    c cs.qc_checklists;
BEGIN
    SELECT * INTO c FROM cs.qc_checklists WHERE checklist_id = p_checklist_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-QC-NOT-FOUND: no checklist %', p_checklist_id USING ERRCODE = 'no_data_found';
    END IF;
    RETURN c;
END
$$;

-- The template version of a checklist (the table of its kind), and its version number.
CREATE OR REPLACE FUNCTION cs.cl_template(c cs.qc_checklists) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT CASE WHEN c.kind = 'CLT' THEN (SELECT t.test_items FROM cs.testing_form_templates t WHERE t.template_id = c.template_id)
                ELSE (SELECT t.checklist_items FROM cs.qc_form_templates t WHERE t.template_id = c.template_id) END
$$;

CREATE OR REPLACE FUNCTION cs.cl_template_version(c cs.qc_checklists) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT CASE WHEN c.kind = 'CLT' THEN (SELECT t.version FROM cs.testing_form_templates t WHERE t.template_id = c.template_id)
                ELSE (SELECT t.version FROM cs.qc_form_templates t WHERE t.template_id = c.template_id) END
$$;

-- What is wrong with the readings of an answer (labels of the item's captureOptional or limits, each a
-- number), or NULL.
CREATE OR REPLACE FUNCTION cs.cl_readings_problem(p_item jsonb, p_readings jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_key text;
    v_val jsonb;
BEGIN
    IF p_readings IS NULL OR p_readings = 'null'::jsonb THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(p_readings) <> 'object' THEN
        RETURN 'readings are an object of label and number';
    END IF;
    FOR v_key, v_val IN SELECT * FROM jsonb_each(p_readings) LOOP
        IF NOT (coalesce(p_item->'captureOptional' ? v_key, false)
                OR (jsonb_typeof(p_item->'limits') = 'object' AND p_item->'limits' ? v_key)) THEN
            RETURN format('the item has no reading "%s"', v_key);
        END IF;
        IF jsonb_typeof(v_val) <> 'number' THEN
            RETURN format('the reading "%s" must be a number', v_key);
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- The first reading outside its limits, in words ("reading C 45 is outside 38 to 42 C"), or NULL.
CREATE OR REPLACE FUNCTION cs.cl_reading_outside(p_item jsonb, p_readings jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT format('%s %s is outside %s to %s%s', r.key, cs.cl_number_text((r.value->>0)::numeric),
                  coalesce(cs.cl_number_text((l->>'min')::numeric), '-'), coalesce(cs.cl_number_text((l->>'max')::numeric), '-'),
                  coalesce(' ' || (l->>'unit'), ''))
      FROM jsonb_each(CASE WHEN jsonb_typeof(p_readings) = 'object' THEN p_readings ELSE '{}' END) r
      CROSS JOIN LATERAL (SELECT p_item->'limits'->r.key AS l) x
     WHERE jsonb_typeof(r.value) = 'number' AND jsonb_typeof(x.l) = 'object'
       AND ((jsonb_typeof(x.l->'min') = 'number' AND (r.value->>0)::numeric < (x.l->>'min')::numeric)
         OR (jsonb_typeof(x.l->'max') = 'number' AND (r.value->>0)::numeric > (x.l->>'max')::numeric))
     ORDER BY r.key LIMIT 1
$$;

-- ---------------------------------------------------------------------------------------------
-- Checklists: what a PASS still needs (the C++ ChecklistPassRule, on the server)
-- ---------------------------------------------------------------------------------------------
-- The gaps of a checklist in some of its sections: p_sections NULL is every section (with the header,
-- 'header'); else only those (p_except false) or all but those (p_except true). The whole-form
-- conditions (drawing, HI-POT, the CLT) count as the header's.
CREATE OR REPLACE FUNCTION cs.cl_gaps(p_checklist_id uuid, p_sections text[] DEFAULT NULL, p_except boolean DEFAULT false)
    RETURNS TABLE (section_id text, item_id text, "position" integer, message text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 10 SET search_path = cs, pg_temp AS $$
DECLARE
    c cs.qc_checklists := cs.cl_checklist(p_checklist_id);
    o cs.orders;
    v_tpl jsonb;
    v_cfg jsonb;
    v_lang text;
    v_basins integer;
    s jsonb;
    i jsonb;
    a cs.qc_answers;
    v_sid text;
    v_per_basin boolean;
    v_max integer;
    v_pos integer;
    v_present boolean;
    v_header boolean;
    v_label text;
    v_wrong text;
    v_has_hipot boolean := false;
    v_earlier_fail boolean;
BEGIN
    SELECT * INTO o FROM cs.orders WHERE order_id = c.order_id;
    v_tpl := cs.cl_template(c);
    v_earlier_fail := EXISTS (SELECT 1 FROM cs.qc_results r LEFT JOIN cs.qc_checklists x ON x.checklist_id = r.checklist_id
                               WHERE r.order_id = c.order_id AND r.qc_type = 'FinalQC' AND r.overall_status = 'Fail'
                                 AND (x.checklist_id IS NULL OR x.attempt < c.attempt));
    v_cfg := coalesce(o.config, '{}');
    v_lang := o.order_language::text;
    v_basins := cs.cl_basin_count(v_cfg);

    -- Pre-QC: the approved drawing is attached to the order (WORKFLOW.md 4).
    IF c.kind = 'PreQC' AND cs.cl_in_sections('header', p_sections, p_except)
       AND NOT EXISTS (SELECT 1 FROM cs.order_documents d WHERE d.order_id = c.order_id
                                              AND d.document_type IN ('Drawing', 'ApprovedDrawing')) THEN
        section_id := NULL; item_id := NULL; "position" := NULL;
        message := 'The approved drawing is not attached to the order.';
        RETURN NEXT;
    END IF;

    -- The header (position 0), then every section at each of its positions.
    FOR s, v_header IN
        SELECT z.s, z.h FROM (
            SELECT jsonb_build_object('id', 'header', 'items', coalesce(v_tpl->'header', '[]')) AS s, true AS h, 0::bigint AS n
            UNION ALL
            SELECT y.x, false, y.n FROM jsonb_array_elements(v_tpl->'sections') WITH ORDINALITY AS y (x, n)) z
        ORDER BY z.n
    LOOP
        v_sid := s->>'id';
        CONTINUE WHEN NOT cs.cl_in_sections(v_sid, p_sections, p_except);
        v_per_basin := coalesce(s->'repeat' = '"perBasin"'::jsonb, false);
        v_max := CASE WHEN v_per_basin THEN coalesce((s->>'repeatMax')::numeric::integer, 3) ELSE 0 END;
        FOR v_pos IN SELECT generate_series(CASE WHEN v_per_basin THEN 1 ELSE 0 END, v_max) LOOP
            -- A basin the build does not have: the whole section is N/A.
            v_present := NOT v_per_basin
                         OR (v_pos <= v_basins AND EXISTS (SELECT 1 FROM cs.cl_basins(v_cfg) x WHERE x.pos = v_pos));
            CONTINUE WHEN NOT v_present;
            FOR i IN SELECT * FROM jsonb_array_elements(s->'items') LOOP
                IF v_header AND i->>'id' = 'H.hipot' THEN
                    v_has_hipot := true;
                END IF;
                CONTINUE WHEN i ? 'appliesWhen' AND NOT cs.checklist_condition(i->>'appliesWhen', v_cfg, v_lang, v_pos);
                v_label := CASE WHEN v_pos > 0 THEN format('%s, basin %s', i->>'id', v_pos) ELSE i->>'id' END;
                section_id := v_sid; item_id := i->>'id'; "position" := v_pos;
                SELECT * INTO a FROM cs.qc_answers x
                 WHERE x.checklist_id = c.checklist_id AND x.section_id = v_sid AND x.item_id = i->>'id' AND x.position = v_pos;
                IF a.checklist_id IS NULL OR (NOT a.is_na AND (a.value IS NULL OR a.value = 'null'::jsonb)) THEN
                    -- Every applicable test and serial number of a CLT is needed, whatever the form says.
                    IF coalesce((i->>'required')::boolean, NOT v_header)
                       OR (c.kind = 'CLT' AND i->>'type' IN ('passFail', 'serial')) THEN
                        message := v_label || ': ' || CASE i->>'type' WHEN 'check' THEN 'not ticked'
                                                                      WHEN 'passFail' THEN 'no test result'
                                                                      ELSE 'not answered' END || '.';
                        RETURN NEXT;
                    END IF;
                    CONTINUE;
                END IF;
                IF a.is_na THEN
                    IF NOT coalesce(i->'naAllowed' = 'true'::jsonb, false) THEN
                        message := v_label || ': N/A is not allowed here.';
                        RETURN NEXT;
                    ELSIF coalesce(btrim(a.na_reason), '') = '' THEN
                        message := v_label || ': N/A needs a reason.';
                        RETURN NEXT;
                    END IF;
                    CONTINUE;
                END IF;
                v_wrong := cs.cl_value_problem(i, a.value, a.other_text,
                                               CASE WHEN i->>'type' IN ('choice', 'multiCheck')
                                                    THEN cs.cl_options(i, v_cfg, v_lang, v_pos) END,
                                               cs.cl_expected_number(i, v_cfg));
                IF v_wrong IS NOT NULL THEN
                    message := v_label || ': ' || v_wrong || '.';
                    RETURN NEXT;
                    CONTINUE;
                END IF;
                -- A measured value outside its limits fails the item, whatever its answer says.
                v_wrong := cs.cl_reading_outside(i, a.readings);
                IF v_wrong IS NOT NULL THEN
                    message := v_label || ': ' || v_wrong || '.';
                    RETURN NEXT;
                    CONTINUE;
                END IF;
                -- Final QC: HI-POT = Yes (passRule; "Decision: must be Yes to pass").
                IF c.kind = 'FinalQC' AND v_header AND i->>'id' = 'H.hipot' AND a.value <> 'true'::jsonb THEN
                    message := v_label || ': must be Yes.';
                    RETURN NEXT;
                END IF;
                -- Final QC: FIRST PASS is computed (WORKFLOW.md 2.2): Yes only when no earlier Final QC of
                -- the build failed.
                IF c.kind = 'FinalQC' AND v_header AND i->>'id' = 'H.firstPass'
                   AND a.value <> to_jsonb(NOT v_earlier_fail) THEN
                    message := v_label || CASE WHEN v_earlier_fail THEN ': must be No (an earlier Final QC of this build failed).'
                                               ELSE ': must be Yes (no earlier Final QC of this build failed).' END;
                    RETURN NEXT;
                END IF;
            END LOOP;
        END LOOP;
    END LOOP;

    -- Section checks of the sections present.
    FOR s IN SELECT * FROM jsonb_array_elements(v_tpl->'sections') LOOP
        CONTINUE WHEN NOT coalesce(s->'sectionCheck' = 'true'::jsonb, false);
        v_sid := s->>'id';
        CONTINUE WHEN NOT cs.cl_in_sections(v_sid, p_sections, p_except);
        v_per_basin := coalesce(s->'repeat' = '"perBasin"'::jsonb, false);
        v_max := CASE WHEN v_per_basin THEN coalesce((s->>'repeatMax')::numeric::integer, 3) ELSE 0 END;
        FOR v_pos IN SELECT generate_series(CASE WHEN v_per_basin THEN 1 ELSE 0 END, v_max) LOOP
            CONTINUE WHEN v_per_basin AND NOT (v_pos <= v_basins AND EXISTS (SELECT 1 FROM cs.cl_basins(v_cfg) x WHERE x.pos = v_pos));
            IF NOT EXISTS (SELECT 1 FROM cs.qc_answers x
                            WHERE x.checklist_id = c.checklist_id AND x.section_id = v_sid AND x.item_id = '#sectionCheck'
                              AND x.position = v_pos AND NOT x.is_na AND x.value = 'true'::jsonb) THEN
                section_id := v_sid; item_id := '#sectionCheck'; "position" := v_pos;
                message := CASE WHEN v_pos > 0 THEN format('Section %s, basin %s: the section check is not ticked.', v_sid, v_pos)
                                ELSE format('Section %s: the section check is not ticked.', v_sid) END;
                RETURN NEXT;
            END IF;
        END LOOP;
    END LOOP;

    IF c.kind = 'FinalQC' AND cs.cl_in_sections('header', p_sections, p_except) THEN
        -- A form without the HI-POT field cannot show it: the gate needs it all the same.
        IF NOT v_has_hipot THEN
            section_id := 'header'; item_id := 'H.hipot'; "position" := 0;
            message := 'H.hipot: must be Yes.';
            RETURN NEXT;
        END IF;
        IF NOT cs.cl_has_signed_test_pass(c.order_id) THEN
            section_id := NULL; item_id := NULL; "position" := NULL;
            message := 'The end-of-line test (CLT) has no signed PASS on record for this build.';
            RETURN NEXT;
        END IF;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_in_sections(p_section text, p_sections text[], p_except boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = cs, pg_temp AS $$
    SELECT p_sections IS NULL OR ((p_section = ANY (p_sections)) <> coalesce(p_except, false))
$$;

-- What a PASS of the checklist still needs: every section, but a CLP asks for what the build's stage
-- needs (ReadyForProduction: all but the packing list S4; later: all).
CREATE OR REPLACE FUNCTION cs.cl_missing(p_checklist_id uuid)
    RETURNS TABLE (section_id text, item_id text, "position" integer, message text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 10 SET search_path = cs, pg_temp AS $$
DECLARE
    c cs.qc_checklists := cs.cl_checklist(p_checklist_id);
BEGIN
    IF c.kind = 'CLP' AND c.state = 'open'
       AND (SELECT o.status FROM cs.orders o WHERE o.order_id = c.order_id) = 'ReadyForProduction' THEN
        RETURN QUERY SELECT * FROM cs.cl_gaps(p_checklist_id, ARRAY['S4'], true);
    ELSE
        RETURN QUERY SELECT * FROM cs.cl_gaps(p_checklist_id);
    END IF;
END
$$;

-- The latest end-of-line test of the build is a signed PASS of a CLT checklist (a result recorded
-- without one does not count), and no rework touched a test procedure after it (67_rework.sql).
CREATE OR REPLACE FUNCTION cs.cl_has_signed_test_pass(p_order_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT coalesce((SELECT t.overall_status = 'Pass' AND t.signature_id IS NOT NULL AND t.checklist_id IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM cs.rework_records w
                                             WHERE w.order_id = p_order_id AND cardinality(w.touched_tests) > 0
                                               AND w.recorded_at > t.performed_at)
                       FROM cs.testing_results t
                      WHERE t.order_id = p_order_id ORDER BY t.performed_at DESC, t.result_id LIMIT 1), false)
$$;

-- What a PASS of the checklist still needs, one row per gap, in words (empty: it may pass).
CREATE OR REPLACE FUNCTION cs.qc_checklist_missing(p_checklist_id uuid)
    RETURNS TABLE (section_id text, item_id text, "position" integer, message text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    PERFORM cs.require_role(ARRAY['ProductionCoordinator', 'Admin', 'ProcurementSpecialist', 'QCPerson',
                                  'Assembler']::cs.user_role_enum[], 'reading a QC checklist');
    RETURN QUERY SELECT * FROM cs.cl_missing(p_checklist_id);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Checklists: open, save an answer
-- ---------------------------------------------------------------------------------------------
-- A checklist kind: 'PreQC', 'FinalQC', 'CLP' (production checks, packing list, closing statement)
-- or 'CLT' (end-of-line test); E-QC-TYPE otherwise.
CREATE OR REPLACE FUNCTION cs.cl_kind(p_kind text) RETURNS text LANGUAGE plpgsql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('PreQC', 'FinalQC', 'CLP', 'CLT') THEN
        RAISE EXCEPTION 'E-QC-TYPE: unknown checklist kind "%" (PreQC, FinalQC, CLP or CLT)', p_kind
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN p_kind;
END
$$;

-- The qc_type of a kind's checklists (NULL for a CLT).
CREATE OR REPLACE FUNCTION cs.cl_kind_qc_type(p_kind text) RETURNS cs.qc_form_type_enum LANGUAGE sql IMMUTABLE
    SET search_path = cs, pg_temp AS $$
    SELECT CASE p_kind WHEN 'PreQC' THEN 'PreQC' WHEN 'FinalQC' THEN 'FinalQC' WHEN 'CLP' THEN 'InProcessAssembly' END::cs.qc_form_type_enum
$$;

-- The person may fill and sign a checklist of this kind of this build: QC checklists are the QC
-- inspectors' and Admins'; the CLP and CLT are the Assembler's who claimed the build, or an Admin's
-- (E-ASM-NOT-CLAIMANT names who has it).
CREATE OR REPLACE FUNCTION cs.cl_require_filler(me cs.users, p_kind text, o cs.orders, p_what text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    IF p_kind IN ('PreQC', 'FinalQC') THEN
        IF me.role NOT IN ('QCPerson', 'Admin') THEN
            RAISE EXCEPTION 'E-ROLE: % is not allowed for role %', p_what, me.role
                USING ERRCODE = 'insufficient_privilege', DETAIL = 'Allowed roles: QCPerson, Admin';
        END IF;
    ELSE
        IF me.role NOT IN ('Assembler', 'Admin') THEN
            RAISE EXCEPTION 'E-ROLE: % is not allowed for role %', p_what, me.role
                USING ERRCODE = 'insufficient_privilege', DETAIL = 'Allowed roles: Assembler, Admin';
        END IF;
        PERFORM cs.asm_require_claimant(me, o);
    END IF;
END
$$;

-- The open checklist of the build's current attempt, or a new attempt on the active published
-- template (the first, or the next after a signed one). The build must be ready for that checklist:
-- Pre-QC in ReadyForPreQC, Final QC in ReadyForFinalQC; the CLP in ReadyForProduction,
-- TestingComplete or PackagingComplete; the CLT in ReadyForProduction once every applicable CLP item
-- outside the packing list is done (E-CLT-CLP-INCOMPLETE names what is missing), and in ReworkFinalQC
-- once a recorded rework touched a test procedure (the repeat, 67_rework.sql).
-- Opening the checklist that is already open only reads: it takes no lock, so a person who opens a
-- build while a colleague signs on it (or changes it otherwise) neither waits nor is refused with
-- E-BUSY when the server is busy. A new attempt is made under the build's row lock, with everything
-- checked again.
DROP FUNCTION IF EXISTS cs.cl_qc_type(text);
CREATE OR REPLACE FUNCTION cs.open_qc_checklist(p_order_id uuid, p_qc_type text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['QCPerson', 'Assembler', 'Admin']::cs.user_role_enum[], 'filling a checklist');
    v_kind text := cs.cl_kind(p_qc_type);
    v_type cs.qc_form_type_enum := cs.cl_kind_qc_type(v_kind);
    v_need cs.order_status_enum[] := CASE v_kind WHEN 'PreQC' THEN '{ReadyForPreQC}' WHEN 'FinalQC' THEN '{ReadyForFinalQC}'
                                                 WHEN 'CLP' THEN '{ReadyForProduction,TestingComplete,PackagingComplete}'
                                                 ELSE '{ReadyForProduction,ReworkFinalQC}' END::cs.order_status_enum[];
    o cs.orders;
    v_id uuid;
    v_tpl uuid;
BEGIN
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id;
    IF FOUND THEN
        PERFORM cs.cl_require_filler(me, v_kind, o, 'filling a ' || v_kind || ' checklist');
        IF o.status = ANY (v_need) THEN
            SELECT checklist_id INTO v_id FROM cs.qc_checklists
             WHERE order_id = o.order_id AND kind = v_kind AND state = 'open' AND revision = 1;
            IF FOUND THEN
                RETURN v_id;
            END IF;
        END IF;
    END IF;
    o := cs.lock_order_row(p_order_id);
    PERFORM cs.cl_require_filler(me, v_kind, o, 'filling a ' || v_kind || ' checklist');
    IF NOT o.status = ANY (v_need) THEN
        RAISE EXCEPTION 'E-QC-STATUS-ORDER: a % checklist needs the build in % (build % is %)', v_kind,
            array_to_string(v_need, ' or '), o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT checklist_id INTO v_id FROM cs.qc_checklists
     WHERE order_id = o.order_id AND kind = v_kind AND state = 'open' AND revision = 1;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    IF v_kind = 'CLT' AND o.status = 'ReworkFinalQC' THEN
        -- The repeat after a rework that touched a test (67_rework.sql): a whole new attempt.
        IF NOT EXISTS (SELECT 1 FROM cs.rw_records(o) w WHERE cardinality(w.touched_tests) > 0) THEN
            RAISE EXCEPTION 'E-CLT-NOT-DUE: the end-of-line test of build % is repeated after a rework that touched it; record the rework first',
                o.build_number USING ERRCODE = 'check_violation';
        END IF;
    ELSIF v_kind = 'CLT' THEN
        PERFORM cs.asm_require_clp_part(o, false);
    END IF;
    IF v_kind = 'CLT' THEN
        SELECT template_id INTO v_tpl FROM cs.testing_form_templates
         WHERE is_active AND state = 'published' AND jsonb_typeof(test_items->'sections') = 'array'
         ORDER BY published_at DESC NULLS LAST, version DESC LIMIT 1;
    ELSE
        SELECT template_id INTO v_tpl FROM cs.qc_form_templates
         WHERE form_type = v_type AND is_active AND state = 'published' AND jsonb_typeof(checklist_items->'sections') = 'array'
         ORDER BY published_at DESC NULLS LAST, version DESC LIMIT 1;
    END IF;
    IF v_tpl IS NULL THEN
        RAISE EXCEPTION 'E-TEMPLATE-NONE: there is no published % checklist template; an Admin imports and publishes one', v_kind
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO cs.qc_checklists (order_id, build_number, qc_type, template_id, attempt, opened_by)
    VALUES (o.order_id, o.build_number, v_type, v_tpl,
            coalesce((SELECT max(attempt) FROM cs.qc_checklists WHERE order_id = o.order_id AND kind = v_kind), 0) + 1,
            me.user_id)
    RETURNING checklist_id INTO v_id;
    RETURN v_id;
END
$$;

-- Saves one answer of an open checklist: the item of that template version at that section and
-- position, a value of its type (or N/A where the form allows it, with a reason; or NULL to clear),
-- server time and author. p_expected_version is the version the person saw (0: none); another one
-- is refused with who changed it and when (E-STALE). A client key already applied answers what that
-- write stored and changes nothing. p_readings: the measured values of the item ({"<label>": number},
-- labels of its captureOptional); a reading outside the item's limits makes it a FAIL, so PASS with it
-- is refused (E-QC-LIMIT). A CLP or CLT is written by the Assembler who claimed the build (or an Admin):
-- the packing list (CLP S4) in TestingComplete, the rest of the CLP and the CLT in ReadyForProduction.
DROP FUNCTION IF EXISTS cs.save_qc_answer(uuid, text, text, integer, jsonb, text, boolean, text, integer, uuid);
CREATE OR REPLACE FUNCTION cs.save_qc_answer(p_checklist_id uuid, p_section text, p_item text, p_position integer,
                                             p_value jsonb, p_other_text text, p_na boolean, p_na_reason text,
                                             p_expected_version integer, p_client_key uuid, p_readings jsonb DEFAULT NULL)
    RETURNS TABLE (version integer, answered_by text, answered_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['QCPerson', 'Assembler', 'Admin']::cs.user_role_enum[], 'filling a checklist');
    v_readings jsonb := CASE WHEN p_readings = 'null'::jsonb OR p_readings = '{}'::jsonb THEN NULL ELSE p_readings END;
    c cs.qc_checklists;
    o cs.orders;
    f record;
    a cs.qc_answers;
    l cs.qc_answer_log;
    v_value jsonb := CASE WHEN p_value = 'null'::jsonb THEN NULL ELSE p_value END;
    v_na boolean := coalesce(p_na, false);
    v_other text := nullif(btrim(p_other_text), '');
    v_reason text := nullif(btrim(p_na_reason), '');
    v_label text;
    v_wrong text;
    v_tpl jsonb;
BEGIN
    -- A resend: what that write stored.
    IF p_client_key IS NOT NULL THEN
        SELECT * INTO l FROM cs.qc_answer_log x WHERE x.client_key = p_client_key;
        IF FOUND THEN
            IF (l.checklist_id, l.section_id, l.item_id, l.position)
               IS DISTINCT FROM (p_checklist_id, p_section, p_item, p_position) THEN
                RAISE EXCEPTION 'E-CLIENT-KEY: the key % was used for another answer', p_client_key
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN QUERY SELECT l.version, (SELECT u.full_name::text FROM cs.users u WHERE u.user_id = l.answered_by), l.answered_at;
            RETURN;
        END IF;
    END IF;
    -- The checklist stays open while this write runs (a signature waits for it, and it for a signature).
    SELECT * INTO c FROM cs.qc_checklists x WHERE x.checklist_id = p_checklist_id FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-QC-NOT-FOUND: no checklist %', p_checklist_id USING ERRCODE = 'no_data_found';
    END IF;
    IF c.state <> 'open' THEN
        RAISE EXCEPTION 'E-QC-SIGNED: the checklist of build % is signed and read-only; a correction is a new revision', c.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = c.order_id;
    PERFORM cs.cl_require_filler(me, c.kind, o, 'filling a ' || c.kind || ' checklist');
    IF c.kind = 'CLT' AND o.status NOT IN ('ReadyForProduction', 'ReworkFinalQC') THEN
        RAISE EXCEPTION 'E-QC-STATUS-ORDER: the end-of-line test of build % is recorded in ReadyForProduction or in its rework (it is %)',
            o.build_number, o.status USING ERRCODE = 'check_violation';
    ELSIF c.kind = 'CLP' AND p_section = 'S4' AND o.status <> 'TestingComplete' THEN
        RAISE EXCEPTION 'E-CLP-STAGE: the packing list (CLP section S4) of build % is confirmed in TestingComplete (it is %)',
            o.build_number, o.status USING ERRCODE = 'check_violation';
    ELSIF c.kind = 'CLP' AND p_section IS DISTINCT FROM 'S4' AND o.status <> 'ReadyForProduction' THEN
        RAISE EXCEPTION 'E-CLP-STAGE: the production checks (CLP outside S4) of build % are done in ReadyForProduction (it is %)',
            o.build_number, o.status USING ERRCODE = 'check_violation';
    END IF;
    v_tpl := cs.cl_template(c);
    SELECT * INTO f FROM cs.cl_find_item(v_tpl, p_section, p_item);
    IF f.item IS NULL THEN
        RAISE EXCEPTION 'E-QC-ITEM: the form (version %) has no item % in section %', cs.cl_template_version(c),
            p_item, p_section USING ERRCODE = 'invalid_parameter_value', COLUMN = 'item';
    END IF;
    IF p_position IS NULL OR (f.per_basin AND p_position NOT BETWEEN 1 AND f.repeat_max) OR (NOT f.per_basin AND p_position <> 0) THEN
        RAISE EXCEPTION 'E-QC-POSITION: position % is not one of section % (%)', p_position, p_section,
            CASE WHEN f.per_basin THEN '1 to ' || f.repeat_max ELSE '0' END
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'position';
    END IF;
    v_label := CASE WHEN p_position > 0 THEN format('%s, basin %s', p_item, p_position) ELSE p_item END;

    IF v_na THEN
        IF NOT coalesce(f.item->'naAllowed' = 'true'::jsonb, false) THEN
            RAISE EXCEPTION 'E-QC-NA: % cannot be N/A (the form has no N/A box for it)', v_label
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'na';
        END IF;
        IF coalesce(length(v_reason), 0) < 3 THEN
            RAISE EXCEPTION 'E-QC-NA-REASON: N/A of % needs a reason (3 characters at least)', v_label
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'naReason';
        END IF;
        v_value := NULL;
        v_other := NULL;
    ELSIF v_value IS NOT NULL THEN
        v_reason := NULL;
        IF f.item->>'type' = 'initials' THEN
            IF jsonb_typeof(v_value) <> 'string' OR upper(btrim(v_value->>0)) <> upper(me.initials) THEN
                RAISE EXCEPTION 'E-QC-VALUE: %: the initials must be yours (%)', v_label, me.initials
                    USING ERRCODE = 'invalid_parameter_value', COLUMN = 'value';
            END IF;
        ELSIF f.item->>'type' IN ('text', 'serial') THEN
            IF jsonb_typeof(v_value) <> 'string' OR length(v_value->>0) > 200 THEN
                RAISE EXCEPTION 'E-QC-VALUE: %: expects a text of at most 200 characters', v_label
                    USING ERRCODE = 'invalid_parameter_value', COLUMN = 'value';
            END IF;
        ELSE
            -- The same words as the pass rule; a wrong kind or option is refused, an answer that only
            -- fails the pass (not ticked, FAIL, out of limits, not the configuration's count) is stored.
            v_wrong := cs.cl_value_problem(f.item, v_value, v_other,
                                           CASE WHEN f.item->>'type' IN ('choice', 'multiCheck')
                                                THEN cs.cl_options(f.item, coalesce(o.config, '{}'), o.order_language::text, p_position) END,
                                           NULL);
            IF v_wrong IS NOT NULL AND v_wrong NOT IN ('not ticked', 'failed') AND v_wrong NOT LIKE '% is below the minimum %'
               AND v_wrong NOT LIKE '% is above the maximum %' THEN
                RAISE EXCEPTION 'E-QC-VALUE: %: %', v_label, v_wrong USING ERRCODE = 'invalid_parameter_value', COLUMN = 'value';
            END IF;
        END IF;
        IF f.item->>'type' NOT IN ('choice', 'multiCheck') THEN
            v_other := NULL;
        ELSIF length(v_other) > 200 THEN
            RAISE EXCEPTION 'E-QC-VALUE: %: the description of "Other" has at most 200 characters', v_label
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'otherText';
        END IF;
    ELSE
        v_other := NULL;                       -- cleared
        v_reason := NULL;
    END IF;
    IF v_na THEN
        v_readings := NULL;
    ELSIF v_readings IS NOT NULL THEN
        v_wrong := cs.cl_readings_problem(f.item, v_readings);
        IF v_wrong IS NOT NULL THEN
            RAISE EXCEPTION 'E-QC-VALUE: %: %', v_label, v_wrong USING ERRCODE = 'invalid_parameter_value', COLUMN = 'readings';
        END IF;
        v_wrong := cs.cl_reading_outside(f.item, v_readings);
        IF v_wrong IS NOT NULL AND v_value = '"PASS"'::jsonb THEN
            RAISE EXCEPTION 'E-QC-LIMIT: %: %', v_label, v_wrong
                USING ERRCODE = 'check_violation', COLUMN = 'readings',
                      HINT = 'A reading outside its limits fails the test: record FAIL, or measure again.';
        END IF;
    END IF;

    -- The stored answer, locked; a new one is inserted (a concurrent first write loses with E-STALE).
    SELECT * INTO a FROM cs.qc_answers x
     WHERE x.checklist_id = c.checklist_id AND x.section_id = p_section AND x.item_id = p_item AND x.position = p_position
       FOR UPDATE;
    IF NOT FOUND THEN
        IF coalesce(p_expected_version, 0) = 0 THEN
            INSERT INTO cs.qc_answers AS x (checklist_id, section_id, item_id, position, value, other_text, is_na, na_reason,
                                            answered_by, answered_at, version, readings)
            VALUES (c.checklist_id, p_section, p_item, p_position, v_value, v_other, v_na, v_reason, me.user_id, now(), 1, v_readings)
            ON CONFLICT ON CONSTRAINT qc_answers_pkey DO NOTHING
            RETURNING x.* INTO a;
        END IF;
        IF a.checklist_id IS NULL THEN
            SELECT * INTO a FROM cs.qc_answers x
             WHERE x.checklist_id = c.checklist_id AND x.section_id = p_section AND x.item_id = p_item AND x.position = p_position;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'E-STALE: % has no answer any more (version 0, yours %)', v_label, p_expected_version
                    USING ERRCODE = 'serialization_failure';
            END IF;
        ELSE
            INSERT INTO cs.qc_answer_log (client_key, checklist_id, section_id, item_id, position, value, other_text, is_na,
                                          na_reason, version, answered_by, answered_at, readings)
            VALUES (p_client_key, a.checklist_id, a.section_id, a.item_id, a.position, a.value, a.other_text, a.is_na,
                    a.na_reason, a.version, a.answered_by, a.answered_at, a.readings);
            RETURN QUERY SELECT a.version, me.full_name::text, a.answered_at;
            RETURN;
        END IF;
    END IF;
    IF a.version IS DISTINCT FROM p_expected_version THEN
        RAISE EXCEPTION 'E-STALE: % was changed by % at %', v_label,
            (SELECT u.full_name FROM cs.users u WHERE u.user_id = a.answered_by),
            to_char(a.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"')
            USING ERRCODE = 'serialization_failure',
                  DETAIL = format('current version %s, yours %s', a.version, coalesce(p_expected_version::text, 'none'));
    END IF;
    UPDATE cs.qc_answers x SET value = v_value, other_text = v_other, is_na = v_na, na_reason = v_reason,
                               answered_by = me.user_id, answered_at = now(), version = a.version + 1, readings = v_readings
     WHERE x.checklist_id = a.checklist_id AND x.section_id = a.section_id AND x.item_id = a.item_id AND x.position = a.position
    RETURNING x.* INTO a;
    INSERT INTO cs.qc_answer_log (client_key, checklist_id, section_id, item_id, position, value, other_text, is_na,
                                  na_reason, version, answered_by, answered_at, readings)
    VALUES (p_client_key, a.checklist_id, a.section_id, a.item_id, a.position, a.value, a.other_text, a.is_na,
            a.na_reason, a.version, a.answered_by, a.answered_at, a.readings);
    RETURN QUERY SELECT a.version, me.full_name::text, a.answered_at;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Checklists: signed content, signature, correction
-- ---------------------------------------------------------------------------------------------
-- The canonical text a QC result's content hash is of (jsonb text is deterministic): the fields of
-- the row and the version of its template. Results recorded before checklists (no checklist_id)
-- keep the text cs.record_qc_result hashed then.
CREATE OR REPLACE FUNCTION cs.qc_result_content(r cs.qc_results) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT (jsonb_build_object('resultId', r.result_id, 'orderId', r.order_id, 'buildNumber', r.build_number,
                               'qcType', r.qc_type, 'templateId', r.template_id,
                               'templateVersion', (SELECT t.version FROM cs.qc_form_templates t WHERE t.template_id = r.template_id),
                               'overallStatus', r.overall_status, 'itemResults', r.item_results, 'notes', r.notes)
            || CASE WHEN r.checklist_id IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('checklistId', r.checklist_id, 'performedBy', r.performed_by,
                                            'failReason', r.fail_reason, 'failCategory', r.fail_category,
                                            'failSeverity', r.fail_severity, 'reworkRequired', r.rework_required) END)::text
$$;

-- The same for an end-of-line test result (a CLT's test results name their checklist, its answers and
-- who gave them: cs.cl_item_results).
CREATE OR REPLACE FUNCTION cs.test_result_content(r cs.testing_results) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT jsonb_build_object('resultId', r.result_id, 'orderId', r.order_id, 'buildNumber', r.build_number,
                              'templateId', r.template_id,
                              'templateVersion', (SELECT t.version FROM cs.testing_form_templates t WHERE t.template_id = r.template_id),
                              'overallStatus', r.overall_status, 'testResults', r.test_results, 'notes', r.notes)::text
$$;

-- What a signed checklist result records as its items: the template version, the checklist, every
-- answer with who and when, and the section initials.
CREATE OR REPLACE FUNCTION cs.cl_item_results(c cs.qc_checklists, p_section_initials jsonb) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT jsonb_build_object(
        'templateId', c.template_id,
        'templateName', t.form_name,
        'templateVersion', t.version,
        'kind', c.kind,
        'checklistId', c.checklist_id,
        'attempt', c.attempt,
        'revision', c.revision,
        'revises', c.revises,
        'revisionReason', c.revision_reason,
        'sectionInitials', coalesce(p_section_initials, '{}'),
        'answers', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'section', a.section_id, 'item', a.item_id, 'position', a.position, 'value', a.value,
                                 'readings', a.readings, 'otherText', a.other_text, 'na', a.is_na, 'naReason', a.na_reason,
                                 'answeredBy', a.answered_by, 'answeredByName', u.full_name, 'version', a.version,
                                 'answeredAt', to_char(a.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                                 ORDER BY a.section_id, a.item_id, a.position)
                               FROM cs.qc_answers a JOIN cs.users u ON u.user_id = a.answered_by
                              WHERE a.checklist_id = c.checklist_id), '[]'),
        'attachments', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                     'section', x.section_id, 'item', x.item_id, 'position', x.position,
                                     'documentId', x.document_id, 'filename', d.filename, 'sha256', d.content_sha256,
                                     'attachedBy', x.attached_by,
                                     'attachedAt', to_char(x.attached_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                                     ORDER BY x.attached_at, x.attachment_id)
                                   FROM cs.qc_attachments x JOIN cs.order_documents d ON d.document_id = x.document_id
                                  WHERE x.checklist_id = c.checklist_id), '[]'))
      FROM (SELECT q.form_name, q.version FROM cs.qc_form_templates q WHERE c.kind <> 'CLT' AND q.template_id = c.template_id
            UNION ALL
            SELECT e.form_name, e.version FROM cs.testing_form_templates e WHERE c.kind = 'CLT' AND e.template_id = c.template_id) t
$$;

-- The section initials given with a signature: an object of the form's sections ('header' too), each
-- the signer's initials.
CREATE OR REPLACE FUNCTION cs.cl_check_section_initials(me cs.users, p_tpl jsonb, p_section_initials jsonb) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = cs, pg_temp AS $$
DECLARE
    v_key text;
    v_val jsonb;
BEGIN
    IF p_section_initials IS NULL OR p_section_initials = 'null'::jsonb THEN
        RETURN;
    END IF;
    IF jsonb_typeof(p_section_initials) <> 'object' THEN
        RAISE EXCEPTION 'E-QC-SECTION-INITIALS: section initials are an object of section id and initials'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'sectionInitials';
    END IF;
    FOR v_key, v_val IN SELECT * FROM jsonb_each(p_section_initials) LOOP
        IF v_key <> 'header' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_tpl->'sections') s WHERE s->>'id' = v_key) THEN
            RAISE EXCEPTION 'E-QC-SECTION-INITIALS: the form has no section %', v_key
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'sectionInitials';
        END IF;
        IF jsonb_typeof(v_val) <> 'string' OR upper(btrim(v_val->>0)) <> upper(me.initials) THEN
            RAISE EXCEPTION 'E-SIGN-INITIALS: the initials of section % do not match the profile of %', v_key, me.full_name
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'sectionInitials';
        END IF;
    END LOOP;
END
$$;

-- E-QC-INCOMPLETE naming what a PASS still needs (cs.cl_gaps of the given sections), or nothing.
CREATE OR REPLACE FUNCTION cs.cl_require_complete(p_checklist_id uuid, p_sections text[] DEFAULT NULL,
                                                  p_except boolean DEFAULT false, p_code text DEFAULT 'E-QC-INCOMPLETE',
                                                  p_what text DEFAULT 'items missing') RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_count integer;
    v_missing text[];
BEGIN
    SELECT count(*), (array_agg(m.message))[1:3] INTO v_count, v_missing FROM cs.cl_gaps(p_checklist_id, p_sections, p_except) m;
    IF v_count > 0 THEN
        RAISE EXCEPTION '%: % %: %', p_code, v_count, p_what,
            array_to_string(v_missing, ' ') || CASE WHEN v_count > 3 THEN ' ...' ELSE '' END
            USING ERRCODE = 'check_violation',
                  DETAIL = (SELECT string_agg(m.message, E'\n') FROM cs.cl_gaps(p_checklist_id, p_sections, p_except) m);
    END IF;
END
$$;

-- A signed QC result of the checklist (PreQC, FinalQC; a CLP as InProcessAssembly): the row with its
-- content hash, the signature (cs.sign: fresh authentication, the signer's initials) and the checklist
-- marked signed. Answers the result's id.
CREATE OR REPLACE FUNCTION cs.cl_record_qc_result(me cs.users, c cs.qc_checklists, o cs.orders, p_pass boolean, p_items jsonb,
                                                  p_initials text, p_meaning text, p_section_initials jsonb, p_notes text,
                                                  p_fail_reason text, p_fail_category text, p_fail_severity text,
                                                  p_rework boolean) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    r cs.qc_results;
BEGIN
    r.result_id := gen_random_uuid();
    r.order_id := o.order_id;
    r.build_number := o.build_number;
    r.template_id := c.template_id;
    r.qc_type := c.qc_type;
    r.performed_by := me.user_id;
    r.overall_status := CASE WHEN p_pass THEN 'Pass' ELSE 'Fail' END;
    r.item_results := p_items;
    r.digital_signature := me.initials || ' ' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"');
    r.performed_at := now();
    r.notes := nullif(btrim(p_notes), '');
    r.checklist_id := c.checklist_id;
    IF NOT p_pass THEN
        r.fail_reason := btrim(p_fail_reason);
        r.fail_category := btrim(p_fail_category);
        r.fail_severity := p_fail_severity;
        r.rework_required := p_rework;
    END IF;
    r.content_sha256 := cs.sha256_hex(cs.qc_result_content(r));
    r.signature_id := cs.sign(me, p_initials, p_meaning, 'qc_results', r.result_id::text, r.content_sha256);
    INSERT INTO cs.qc_results SELECT r.*;
    PERFORM cs.cl_mark_signed(c, r.result_id, p_section_initials);
    RETURN r.result_id;
END
$$;

CREATE OR REPLACE FUNCTION cs.cl_mark_signed(c cs.qc_checklists, p_result_id uuid, p_section_initials jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    UPDATE cs.qc_checklists SET state = 'signed', result_id = p_result_id,
                                section_initials = CASE WHEN p_section_initials = 'null'::jsonb THEN NULL ELSE p_section_initials END
     WHERE checklist_id = c.checklist_id
$$;

-- The open CLP of the build with one of its parts done: the production checks (sections 2 and 3,
-- E-CLT-CLP-INCOMPLETE) or the packing list (S4, E-GATE-PACKING), naming what is missing. Answers its id.
CREATE OR REPLACE FUNCTION cs.asm_require_clp_part(o cs.orders, p_packing boolean) RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_code text := CASE WHEN p_packing THEN 'E-GATE-PACKING' ELSE 'E-CLT-CLP-INCOMPLETE' END;
    v_clp uuid;
BEGIN
    SELECT checklist_id INTO v_clp FROM cs.qc_checklists
     WHERE order_id = o.order_id AND kind = 'CLP' AND state = 'open' AND revision = 1;
    IF v_clp IS NULL THEN
        RAISE EXCEPTION '%: build % has no production checks (CLP) in progress', v_code, o.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM cs.cl_require_complete(v_clp, ARRAY['S4'], NOT p_packing, v_code,
                                   CASE WHEN p_packing THEN 'packing list items (CLP section S4) not confirmed'
                                        ELSE 'production checks (CLP sections 2 and 3) not done' END);
    RETURN v_clp;
END
$$;

-- The signature of a CLP or CLT (from cs.sign_qc_checklist, which checked the signer and the section
-- initials and locked the order and the checklist).
--   CLT, in ReadyForProduction: PASS when nothing is missing (every applicable test PASS, no reading
--   outside its limits, every serial number); FAIL when at least one applicable test failed, with a
--   reason. Writes cs.testing_results (the failed items in its content); a PASS moves the build to
--   TestingComplete. The next CLT after a FAIL is a new attempt.
--   CLP, in PackagingComplete, PASS only: nothing missing in any section; writes cs.qc_results
--   (InProcessAssembly) with the closing statement in its content, and moves the build to
--   ReadyForFinalQC.
CREATE OR REPLACE FUNCTION cs.cl_sign_assembly(me cs.users, c cs.qc_checklists, o cs.orders, p_pass boolean, p_initials text,
                                               p_section_initials jsonb, p_fail_reason text, p_notes text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    t cs.testing_results;
    v_result uuid;
    v_items jsonb := cs.cl_item_results(c, p_section_initials);
    v_failed jsonb;
    v_reason text := nullif(btrim(coalesce(nullif(btrim(p_fail_reason), ''), p_notes)), '');
    v_meaning text;
    v_statement text;
BEGIN
    IF c.revision > 1 THEN
        RAISE EXCEPTION 'E-QC-TYPE: a % record is not corrected; a new attempt is recorded', c.kind USING ERRCODE = 'check_violation';
    END IF;
    IF c.kind = 'CLT' THEN
        IF o.status NOT IN ('ReadyForProduction', 'ReworkFinalQC') THEN
            RAISE EXCEPTION 'E-QC-STATUS-ORDER: the end-of-line test of build % is signed in ReadyForProduction or in its rework (it is %)',
                o.build_number, o.status USING ERRCODE = 'check_violation';
        END IF;
        -- The tests found failed: a FAIL answer, or a reading outside its limits.
        SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('section', g.section_id, 'item', g.item_id, 'position', g.position)), '[]')
          INTO v_failed
          FROM cs.cl_gaps(c.checklist_id) g
          JOIN cs.qc_answers a ON a.checklist_id = c.checklist_id AND a.section_id = g.section_id AND a.item_id = g.item_id
                              AND a.position = g.position
         WHERE a.value = '"FAIL"'::jsonb OR g.message LIKE '% is outside %';
        IF p_pass THEN
            PERFORM cs.cl_require_complete(c.checklist_id);
            -- The production checks the test followed are still all done (in a rework they are signed).
            IF o.status = 'ReadyForProduction' THEN
                PERFORM cs.asm_require_clp_part(o, false);
            END IF;
        ELSE
            IF jsonb_array_length(v_failed) = 0 THEN
                RAISE EXCEPTION 'E-CLT-NO-FAILURE: no test of build % is recorded as FAIL; a FAIL names the test that failed', o.build_number
                    USING ERRCODE = 'check_violation';
            END IF;
            IF coalesce(length(v_reason), 0) < 3 THEN
                RAISE EXCEPTION 'E-QC-FAIL-REASON: a FAIL needs a reason (3 characters at least)'
                    USING ERRCODE = 'invalid_parameter_value', COLUMN = 'failReason';
            END IF;
        END IF;
        t.result_id := gen_random_uuid();
        t.order_id := o.order_id;
        t.build_number := o.build_number;
        t.template_id := c.template_id;
        t.performed_by := me.user_id;
        t.overall_status := CASE WHEN p_pass THEN 'Pass' ELSE 'Fail' END;
        t.test_results := v_items || jsonb_build_object('failedItems', CASE WHEN p_pass THEN '[]'::jsonb ELSE v_failed END);
        t.performed_at := now();
        t.notes := CASE WHEN p_pass THEN nullif(btrim(p_notes), '') ELSE v_reason END;
        t.checklist_id := c.checklist_id;
        t.content_sha256 := cs.sha256_hex(cs.test_result_content(t));
        v_meaning := CASE WHEN p_pass THEN 'End-of-line test passed' ELSE 'End-of-line test failed' END;
        t.signature_id := cs.sign(me, p_initials, v_meaning, 'testing_results', t.result_id::text, t.content_sha256);
        INSERT INTO cs.testing_results SELECT t.*;
        PERFORM cs.cl_mark_signed(c, t.result_id, p_section_initials);
        IF p_pass AND o.status = 'ReadyForProduction' THEN
            PERFORM cs.move_order(o, me, 'TestingComplete', v_meaning);
        ELSIF p_pass THEN
            INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
            VALUES (o.order_id, me.user_id, 'TestPassed', o.status, o.status, v_meaning || ' (repeated after the rework)');
        ELSE
            INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
            VALUES (o.order_id, me.user_id, 'TestFailed', o.status, o.status, v_meaning || ': ' || v_reason);
        END IF;
        RETURN t.result_id;
    END IF;

    -- CLP: the closing statement.
    IF NOT p_pass THEN
        RAISE EXCEPTION 'E-CLP-PASS-ONLY: the production checks are signed as done (ready for inspection); a problem is put right first'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'pass';
    END IF;
    IF o.status <> 'PackagingComplete' THEN
        RAISE EXCEPTION 'E-QC-STATUS-ORDER: the closing statement of build % is signed in PackagingComplete (it is %)',
            o.build_number, o.status USING ERRCODE = 'check_violation';
    END IF;
    PERFORM cs.cl_require_complete(c.checklist_id);
    v_statement := format('I, %s, have checked this cabinet on %s and verify that it is ready for inspection.', me.full_name,
                          to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD'));
    v_result := cs.cl_record_qc_result(me, c, o, true, v_items || jsonb_build_object('statement', v_statement), p_initials,
                                       'Ready for inspection', p_section_initials, p_notes, NULL, NULL, NULL, NULL);
    PERFORM cs.move_order(o, me, 'ReadyForFinalQC', 'Ready for inspection: ' || v_statement);
    RETURN v_result;
END
$$;

-- Signs a checklist PASS or FAIL: a fresh authentication and the signer's initials (cs.sign), every
-- section's initials the signer's too; a PASS only when nothing is missing (E-QC-INCOMPLETE names
-- what); a FAIL with reason, category, severity and the rework choice. Writes the result, marks the
-- checklist signed and moves the build (same transaction, through cs.transition_order, which writes
-- the history). A revision (a correction) is signed with the outcome of the record it corrects and
-- does not move the build again. Answers the cs.qc_results id.
-- The CLP and CLT are signed by the Assembler who claimed the build (or an Admin), through
-- cs.cl_sign_assembly (below): the result id is then a cs.testing_results id for a CLT.
CREATE OR REPLACE FUNCTION cs.sign_qc_checklist(p_checklist_id uuid, p_pass boolean, p_initials text, p_section_initials jsonb,
                                                p_fail_reason text, p_fail_category text, p_fail_severity text,
                                                p_rework boolean, p_notes text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['QCPerson', 'Assembler', 'Admin']::cs.user_role_enum[], 'signing a checklist');
    c cs.qc_checklists := cs.cl_checklist(p_checklist_id);
    o cs.orders := cs.lock_order_row(c.order_id);
    prev cs.qc_results;
    v_tpl jsonb;
    v_target cs.order_status_enum;
    v_result uuid;
    v_meaning text;
BEGIN
    SELECT * INTO c FROM cs.qc_checklists WHERE checklist_id = p_checklist_id FOR UPDATE;
    IF c.state <> 'open' THEN
        RAISE EXCEPTION 'E-QC-SIGNED: the checklist of build % is already signed', c.build_number USING ERRCODE = 'check_violation';
    END IF;
    IF p_pass IS NULL THEN
        RAISE EXCEPTION 'E-QC-RESULT: choose PASS or FAIL' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'pass';
    END IF;
    PERFORM cs.cl_require_filler(me, c.kind, o, 'signing a ' || c.kind || ' checklist');
    v_tpl := cs.cl_template(c);
    PERFORM cs.cl_check_section_initials(me, v_tpl, p_section_initials);
    IF c.kind IN ('CLP', 'CLT') THEN
        RETURN cs.cl_sign_assembly(me, c, o, p_pass, p_initials, p_section_initials, p_fail_reason, p_notes);
    END IF;
    IF c.revision = 1 THEN
        v_target := cs.qc_outcome_status(c.qc_type, p_pass, p_rework);
        IF o.status <> (CASE c.qc_type WHEN 'PreQC' THEN 'ReadyForPreQC' ELSE 'ReadyForFinalQC' END)::cs.order_status_enum THEN
            RAISE EXCEPTION 'E-QC-STATUS-ORDER: build % is % and no longer ready for this %', o.build_number, o.status, c.qc_type
                USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        -- A correction keeps the outcome it corrects (the build was moved by that signature).
        SELECT r0.* INTO prev FROM cs.qc_checklists p JOIN cs.qc_results r0 ON r0.result_id = p.result_id
         WHERE p.checklist_id = c.revises;
        IF o.status <> cs.qc_outcome_status(c.qc_type, prev.overall_status = 'Pass', prev.rework_required) THEN
            RAISE EXCEPTION 'E-QC-STATUS-ORDER: build % has moved on to %; the signed record can no longer be corrected', o.build_number, o.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF p_pass <> (prev.overall_status = 'Pass') OR (NOT p_pass AND p_rework IS DISTINCT FROM prev.rework_required) THEN
            RAISE EXCEPTION 'E-QC-REVISION-OUTCOME: a correction is signed with the outcome it corrects (%)',
                CASE WHEN prev.overall_status = 'Pass' THEN 'PASS' WHEN prev.rework_required THEN 'FAIL with rework' ELSE 'FAIL, rejected' END
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    IF p_pass THEN
        PERFORM cs.cl_require_complete(c.checklist_id);
    ELSE
        IF coalesce(length(btrim(p_fail_reason)), 0) < 3 THEN
            RAISE EXCEPTION 'E-QC-FAIL-REASON: a FAIL needs a reason (3 characters at least)'
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'failReason';
        END IF;
        IF coalesce(length(btrim(p_fail_category)), 0) < 2 THEN
            RAISE EXCEPTION 'E-QC-FAIL-CATEGORY: a FAIL needs a category' USING ERRCODE = 'invalid_parameter_value', COLUMN = 'failCategory';
        END IF;
        IF p_fail_severity IS NULL OR p_fail_severity NOT IN ('Minor', 'Major', 'Critical') THEN
            RAISE EXCEPTION 'E-QC-FAIL-SEVERITY: a FAIL needs a severity (Minor, Major or Critical)'
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'failSeverity';
        END IF;
        IF p_rework IS NULL THEN
            RAISE EXCEPTION 'E-QC-FAIL-REWORK: a FAIL needs the rework choice (rework, or rejected)'
                USING ERRCODE = 'invalid_parameter_value', COLUMN = 'rework';
        END IF;
    END IF;

    v_meaning := CASE c.qc_type WHEN 'PreQC' THEN 'Pre-QC ' ELSE 'Final QC ' END
                 || CASE WHEN p_pass THEN 'passed' ELSE 'failed' END;
    v_result := cs.cl_record_qc_result(me, c, o, p_pass, cs.cl_item_results(c, p_section_initials), p_initials, v_meaning,
                                       p_section_initials, p_notes, p_fail_reason, p_fail_category, p_fail_severity, p_rework);
    IF c.revision = 1 THEN
        PERFORM cs.transition_order(o.order_id, v_target::text,
                                    CASE WHEN p_pass THEN v_meaning ELSE v_meaning || ': ' || btrim(p_fail_reason) END,
                                    o.row_version);
    END IF;
    RETURN v_result;
END
$$;

-- A correction of the latest signed checklist of a build's QC type: a new open revision with the
-- answers copied and the reason; the signed one stays. Only while the build is still where that
-- signature moved it.
CREATE OR REPLACE FUNCTION cs.revise_qc_checklist(p_checklist_id uuid, p_reason text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['QCPerson', 'Admin']::cs.user_role_enum[], 'correcting a QC checklist');
    c cs.qc_checklists := cs.cl_checklist(p_checklist_id);
    o cs.orders := cs.lock_order_row(c.order_id);
    r cs.qc_results;
    v_latest uuid;
    v_id uuid;
BEGIN
    IF c.kind NOT IN ('PreQC', 'FinalQC') THEN
        RAISE EXCEPTION 'E-QC-TYPE: a % record is not corrected; a new attempt is recorded', c.kind USING ERRCODE = 'check_violation';
    END IF;
    IF c.state <> 'signed' THEN
        RAISE EXCEPTION 'E-QC-NOT-SIGNED: an open checklist is changed, not corrected' USING ERRCODE = 'check_violation';
    END IF;
    SELECT checklist_id INTO v_latest FROM cs.qc_checklists
     WHERE order_id = c.order_id AND kind = c.kind AND state = 'signed'
     ORDER BY attempt DESC, revision DESC LIMIT 1;
    IF v_latest <> c.checklist_id THEN
        RAISE EXCEPTION 'E-QC-NOT-LATEST: only the latest signed % record of build % can be corrected', c.qc_type, c.build_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(length(btrim(p_reason)), 0) < 3 THEN
        RAISE EXCEPTION 'E-NOTE-REQUIRED: a correction needs a reason (3 characters at least)'
            USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
    END IF;
    SELECT * INTO r FROM cs.qc_results WHERE result_id = c.result_id;
    IF o.status <> cs.qc_outcome_status(c.qc_type, r.overall_status = 'Pass', r.rework_required) THEN
        RAISE EXCEPTION 'E-QC-STATUS-ORDER: build % has moved on to %; the signed record can no longer be corrected', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM cs.qc_checklists WHERE order_id = c.order_id AND kind = c.kind AND state = 'open' AND revision > 1) THEN
        RAISE EXCEPTION 'E-QC-REVISION-OPEN: a correction of this record is already open' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO cs.qc_checklists (order_id, build_number, qc_type, template_id, attempt, revision, revises, revision_reason, opened_by)
    VALUES (c.order_id, c.build_number, c.qc_type, c.template_id, c.attempt, c.revision + 1, c.checklist_id, btrim(p_reason), me.user_id)
    RETURNING checklist_id INTO v_id;
    INSERT INTO cs.qc_answers (checklist_id, section_id, item_id, position, value, other_text, is_na, na_reason,
                               answered_by, answered_at, version, readings)
    SELECT v_id, a.section_id, a.item_id, a.position, a.value, a.other_text, a.is_na, a.na_reason, a.answered_by, a.answered_at,
           a.version, a.readings
      FROM cs.qc_answers a WHERE a.checklist_id = c.checklist_id;
    RETURN v_id;
END
$$;

-- Every signed QC and test result whose content no longer gives its own hash or its signature's (a
-- superuser's edit): the table, the row and what is wrong.
CREATE OR REPLACE FUNCTION cs.verify_signed_results() RETURNS TABLE (signed_table text, row_id text, problem text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
BEGIN
    PERFORM cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'verifying signed results');
    RETURN QUERY
    SELECT 'qc_results', x.result_id::text, p.problem
      FROM (SELECT r.result_id, r.content_sha256, r.signature_id, cs.sha256_hex(cs.qc_result_content(r)) AS h
              FROM cs.qc_results r WHERE r.content_sha256 IS NOT NULL OR r.signature_id IS NOT NULL) x
      LEFT JOIN cs.signatures s ON s.signature_id = x.signature_id
     CROSS JOIN LATERAL unnest(ARRAY[
        CASE WHEN x.content_sha256 IS NULL OR x.h <> x.content_sha256 THEN 'the content no longer matches its content hash' END,
        CASE WHEN x.signature_id IS NULL THEN 'the result has no signature'
             WHEN s.signature_id IS NULL THEN 'the signature of the result is missing'
             WHEN s.content_sha256 <> x.h THEN 'the content no longer matches the hash its signature signed'
             WHEN s.signed_table <> 'qc_results' OR s.signed_row_id <> x.result_id::text THEN 'the signature is of another record' END]) p (problem)
     WHERE p.problem IS NOT NULL
    UNION ALL
    SELECT 'testing_results', x.result_id::text, p.problem
      FROM (SELECT r.result_id, r.content_sha256, r.signature_id, cs.sha256_hex(cs.test_result_content(r)) AS h
              FROM cs.testing_results r WHERE r.content_sha256 IS NOT NULL OR r.signature_id IS NOT NULL) x
      LEFT JOIN cs.signatures s ON s.signature_id = x.signature_id
     CROSS JOIN LATERAL unnest(ARRAY[
        CASE WHEN x.content_sha256 IS NULL OR x.h <> x.content_sha256 THEN 'the content no longer matches its content hash' END,
        CASE WHEN x.signature_id IS NULL THEN 'the result has no signature'
             WHEN s.signature_id IS NULL THEN 'the signature of the result is missing'
             WHEN s.content_sha256 <> x.h THEN 'the content no longer matches the hash its signature signed'
             WHEN s.signed_table <> 'testing_results' OR s.signed_row_id <> x.result_id::text THEN 'the signature is of another record' END]) p (problem)
     WHERE p.problem IS NOT NULL
     ORDER BY 1, 2;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Photos and files on a checklist
-- ---------------------------------------------------------------------------------------------
-- Attaches a file (a photo of a finding, a measurement print-out) to an item of an open checklist, or
-- to the whole form when p_item is NULL. Stored as an order document through cs.attach_document (its
-- size cap and quotas, the uploader and time from the server), linked here. The signed result lists
-- every attachment with the SHA-256 of its content. Answers the attachment's id.
CREATE OR REPLACE FUNCTION cs.attach_qc_file(p_checklist_id uuid, p_section text, p_item text, p_position integer,
                                             p_filename text, p_file_type text, p_content bytea) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['QCPerson', 'Assembler', 'Admin']::cs.user_role_enum[], 'attaching a file to a checklist');
    c cs.qc_checklists;
    f record;
    v_document uuid;
    v_id uuid;
BEGIN
    SELECT * INTO c FROM cs.qc_checklists WHERE checklist_id = p_checklist_id FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-QC-NOT-FOUND: no checklist %', p_checklist_id USING ERRCODE = 'no_data_found';
    END IF;
    IF c.state <> 'open' THEN
        RAISE EXCEPTION 'E-QC-SIGNED: the checklist is signed; a file can be added to a correction (a new revision)'
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM cs.cl_require_filler(me, c.kind, (SELECT o FROM cs.orders o WHERE o.order_id = c.order_id),
                                 'attaching a file to a ' || c.kind || ' checklist');
    IF (p_section IS NULL) <> (p_item IS NULL) THEN
        RAISE EXCEPTION 'E-QC-ITEM: a file belongs to an item (section and item) or to the whole form (neither)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_item IS NOT NULL THEN
        SELECT * INTO f FROM cs.cl_find_item(cs.cl_template(c), p_section, p_item);
        IF f.item IS NULL THEN
            RAISE EXCEPTION 'E-QC-ITEM: the form has no item %/%', p_section, p_item USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF (f.per_basin AND NOT coalesce(p_position, 0) BETWEEN 1 AND f.repeat_max)
           OR (NOT f.per_basin AND coalesce(p_position, 0) <> 0) THEN
            RAISE EXCEPTION 'E-QC-POSITION: item %/% has no position %', p_section, p_item, p_position
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    v_document := cs.attach_document(c.order_id, p_filename, p_file_type, p_content, 'Photo');
    INSERT INTO cs.qc_attachments (checklist_id, section_id, item_id, position, document_id, attached_by, attached_at)
    VALUES (c.checklist_id, p_section, p_item, coalesce(p_position, 0), v_document, me.user_id, now())
    RETURNING attachment_id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The kept trees, made again with the parser of this file (it may have changed since they were kept)
-- ---------------------------------------------------------------------------------------------
DELETE FROM cs.checklist_condition_trees;
SELECT sum(cs.cl_remember_conditions(t.checklist_items)) FROM cs.qc_form_templates t;
SELECT sum(cs.cl_remember_conditions(t.test_items)) FROM cs.testing_form_templates t;

-- ---------------------------------------------------------------------------------------------
-- Grants (the tables' grants are in 60_qc.sql)
-- ---------------------------------------------------------------------------------------------
GRANT EXECUTE ON FUNCTION cs.import_checklist_template(jsonb), cs.publish_checklist_template(uuid),
                          cs.verify_signed_results() TO cs_admin;
GRANT EXECUTE ON FUNCTION cs.open_qc_checklist(uuid, text),
                          cs.save_qc_answer(uuid, text, text, integer, jsonb, text, boolean, text, integer, uuid, jsonb),
                          cs.sign_qc_checklist(uuid, boolean, text, jsonb, text, text, text, boolean, text),
                          cs.attach_qc_file(uuid, text, text, integer, text, text, bytea) TO cs_qc, cs_assembler, cs_admin;
GRANT EXECUTE ON FUNCTION cs.revise_qc_checklist(uuid, text) TO cs_qc, cs_admin;
GRANT EXECUTE ON FUNCTION cs.qc_checklist_missing(uuid) TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
-- The evaluator is pure: everyone may ask it (the checklist screen and tests compare with it).
GRANT EXECUTE ON FUNCTION cs.checklist_condition(text, jsonb, text, integer)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
