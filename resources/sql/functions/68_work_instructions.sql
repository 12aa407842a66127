-- Repeatable file 68_work_instructions: work instructions, tools and the task lists of builds (issue 13).
--   * Work instructions are versioned like the checklist templates (62_checklists.sql): an Admin
--     imports a draft version (cs.import_work_instruction, every problem listed at once) and publishes
--     it (cs.publish_work_instruction: the earlier active version of the key becomes inactive; one
--     instruction per CLP item among the active versions). The templates' guard trigger keeps a
--     published version as it is, for everyone.
--   * Images of steps and tools (cs.add_wi_image: PNG or JPEG, at most 2 MB, stored once by SHA-256)
--     and tools (cs.save_tool), both the Admin's; everyone reads them.
--   * A build's task list (cs.ensure_task_list): generated once, by the Assembler who claimed the build
--     or an Admin, from the build's CLP template version, its configuration and language (the
--     checklist condition evaluator) and its frozen BOM: one task per applicable CLP item outside the
--     packing list S4, per basin where the section repeats, with the instruction version active then,
--     its tools and the BOM lines of its assemblies (extended quantities). Ticking a task is answering
--     its CLP item (cs.save_qc_answer); task completions are no longer written.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- The CLP and its items
-- ---------------------------------------------------------------------------------------------
-- The active published CLP template version (the production checks); NULL when there is none.
CREATE OR REPLACE FUNCTION cs.wi_active_clp_template() RETURNS cs.qc_form_templates
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT * FROM cs.qc_form_templates
     WHERE form_type = 'InProcessAssembly' AND is_active AND state = 'published'
       AND jsonb_typeof(checklist_items->'sections') = 'array'
     ORDER BY published_at DESC NULLS LAST, version DESC LIMIT 1
$$;

-- The items of a checklist template that apply to a build, in the form's order: every section but the
-- excluded ones, at each basin position the build has where the section repeats per basin (position
-- 0 elsewhere), where the item's appliesWhen holds for the configuration, the language and the
-- position. ROWS: about as many as a build has (17-30 of the CLP outside S4). Without it the planner
-- takes a function to return 1,000 rows, and costed the task-list query (cs.wi_build_tasks) high
-- enough to compile it (JIT) at every call.
CREATE OR REPLACE FUNCTION cs.cl_applicable_items(p_template jsonb, p_config jsonb, p_language text, p_except text[])
    RETURNS TABLE (sequence integer, section_id text, item_id text, "position" integer, item jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 40 SET search_path = cs, pg_temp AS $$
DECLARE
    v_cfg jsonb := coalesce(p_config, '{}');
    s jsonb;
    i jsonb;
    v_per_basin boolean;
    v_pos integer;
BEGIN
    sequence := 0;
    FOR s IN SELECT x FROM jsonb_array_elements(p_template->'sections') WITH ORDINALITY AS y (x, n) ORDER BY n LOOP
        CONTINUE WHEN s->>'id' = ANY (coalesce(p_except, '{}'));
        v_per_basin := coalesce(s->'repeat' = '"perBasin"'::jsonb, false);
        FOR v_pos IN SELECT generate_series(CASE WHEN v_per_basin THEN 1 ELSE 0 END,
                                            CASE WHEN v_per_basin THEN coalesce((s->>'repeatMax')::numeric::integer, 3) ELSE 0 END) LOOP
            CONTINUE WHEN v_per_basin AND NOT (SELECT b.present FROM cs.cl_basin_at(v_cfg, v_pos) b);
            FOR i IN SELECT x FROM jsonb_array_elements(s->'items') WITH ORDINALITY AS y (x, n) ORDER BY n LOOP
                CONTINUE WHEN i ? 'appliesWhen' AND NOT cs.checklist_condition(i->>'appliesWhen', v_cfg, p_language, v_pos);
                sequence := sequence + 1;
                section_id := s->>'id';
                item_id := i->>'id';
                "position" := v_pos;
                item := i;
                RETURN NEXT;
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Work instructions: what the server checks, import, publish
-- ---------------------------------------------------------------------------------------------
-- Every problem of an instruction's content, in words: the key and title, the CLP items (of the
-- active CLP template, outside the packing list, and not explained by another key's active version),
-- the catalog assemblies or parts, the tools (cs.tools keys), the steps (text; an optional safety note;
-- images of cs.wi_images).
CREATE OR REPLACE FUNCTION cs.work_instruction_problems(p_content jsonb) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_key text := CASE WHEN jsonb_typeof(p_content->'key') = 'string' THEN p_content->>'key' END;
    v_clp jsonb := (cs.wi_active_clp_template()).checklist_items;
    v_items text[];
    e jsonb;
    st jsonb;
    img jsonb;
    n integer := 0;
    v_other text;
BEGIN
    IF jsonb_typeof(p_content) IS DISTINCT FROM 'object' THEN
        RETURN NEXT 'the work instruction is not a JSON object';
        RETURN;
    END IF;
    IF v_key IS NULL OR v_key !~ '^[A-Z0-9][A-Z0-9_.-]{1,49}$' THEN
        RETURN NEXT 'key: 2 to 50 capital letters, digits, ".", "_" or "-" (like WI-FAUCET-STD)';
    END IF;
    IF jsonb_typeof(p_content->'title') IS DISTINCT FROM 'string' OR length(btrim(p_content->>'title')) NOT BETWEEN 3 AND 255 THEN
        RETURN NEXT 'title: 3 to 255 characters';
    END IF;

    -- CLP items
    IF jsonb_typeof(p_content->'clpItems') IS DISTINCT FROM 'array' OR jsonb_array_length(p_content->'clpItems') = 0 THEN
        RETURN NEXT 'clpItems: a list of at least one CLP item id';
    ELSIF v_clp IS NULL THEN
        RETURN NEXT 'clpItems: there is no published CLP template to check them against';
    ELSE
        SELECT array_agg(i->>'id') INTO v_items
          FROM jsonb_array_elements(v_clp->'sections') s, jsonb_array_elements(s->'items') i
         WHERE s->>'id' <> 'S4';
        FOR e IN SELECT * FROM jsonb_array_elements(p_content->'clpItems') LOOP
            IF jsonb_typeof(e) <> 'string' OR NOT (e #>> '{}') = ANY (v_items) THEN
                RETURN NEXT format('clpItems: %s is not an item of the production checks outside the packing list', e);
                CONTINUE;
            END IF;
            SELECT w.wi_key INTO v_other FROM cs.work_instructions w
             WHERE w.is_active AND w.wi_key IS DISTINCT FROM v_key AND (e #>> '{}') = ANY (w.clp_items) LIMIT 1;
            IF v_other IS NOT NULL THEN
                RETURN NEXT format('clpItems: %s is explained by %s already', e #>> '{}', v_other);
            END IF;
        END LOOP;
    END IF;

    -- Assemblies and parts of the catalog
    IF p_content ? 'assemblies' AND jsonb_typeof(p_content->'assemblies') <> 'array' THEN
        RETURN NEXT 'assemblies: a list of catalog assembly or part ids';
    ELSE
        FOR e IN SELECT * FROM jsonb_array_elements(coalesce(p_content->'assemblies', '[]')) LOOP
            IF jsonb_typeof(e) <> 'string'
               OR NOT (EXISTS (SELECT 1 FROM cs.assemblies a WHERE a.assembly_id = e #>> '{}')
                       OR EXISTS (SELECT 1 FROM cs.parts p WHERE p.part_id = e #>> '{}')) THEN
                RETURN NEXT format('assemblies: %s is not in the catalog', e);
            END IF;
        END LOOP;
    END IF;

    -- Tools
    IF p_content ? 'tools' AND jsonb_typeof(p_content->'tools') <> 'array' THEN
        RETURN NEXT 'tools: a list of tool keys';
    ELSE
        FOR e IN SELECT * FROM jsonb_array_elements(coalesce(p_content->'tools', '[]')) LOOP
            IF jsonb_typeof(e) <> 'string' OR NOT EXISTS (SELECT 1 FROM cs.tools t WHERE t.tool_key = e #>> '{}') THEN
                RETURN NEXT format('tools: unknown tool %s', e);
            END IF;
        END LOOP;
    END IF;

    -- Steps
    IF jsonb_typeof(p_content->'steps') IS DISTINCT FROM 'array' OR jsonb_array_length(p_content->'steps') = 0 THEN
        RETURN NEXT 'steps: a list of at least one step';
        RETURN;
    END IF;
    IF jsonb_array_length(p_content->'steps') > 100 THEN
        RETURN NEXT 'steps: at most 100 steps';
    END IF;
    FOR st IN SELECT * FROM jsonb_array_elements(p_content->'steps') LOOP
        n := n + 1;
        IF jsonb_typeof(st) <> 'object' OR jsonb_typeof(st->'text') IS DISTINCT FROM 'string' OR btrim(st->>'text') = '' THEN
            RETURN NEXT format('step %s: empty (a step has a text)', n);
            CONTINUE;
        END IF;
        IF length(st->>'text') > 4000 THEN
            RETURN NEXT format('step %s: the text has more than 4,000 characters', n);
        END IF;
        IF st ? 'safety' AND jsonb_typeof(st->'safety') NOT IN ('string', 'null') THEN
            RETURN NEXT format('step %s: safety is a text or null', n);
        ELSIF length(st->>'safety') > 2000 THEN
            RETURN NEXT format('step %s: the safety note has more than 2,000 characters', n);
        END IF;
        IF st ? 'images' AND jsonb_typeof(st->'images') <> 'array' THEN
            RETURN NEXT format('step %s: images is a list of image SHA-256s', n);
            CONTINUE;
        END IF;
        FOR img IN SELECT * FROM jsonb_array_elements(coalesce(st->'images', '[]')) LOOP
            IF jsonb_typeof(img) <> 'string' OR NOT EXISTS (SELECT 1 FROM cs.wi_images x WHERE x.sha256 = img #>> '{}') THEN
                RETURN NEXT format('step %s: unknown image %s', n, img);
            END IF;
        END LOOP;
    END LOOP;
END
$$;

-- Stores the content as a new draft version of its key (max(version) + 1); Admin only; refused with
-- every problem when the server finds one (E-WI-INVALID). Answers the version's id.
CREATE OR REPLACE FUNCTION cs.import_work_instruction(p_content jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'importing a work instruction');
    v_key text := p_content->>'key';
    v_id uuid;
BEGIN
    PERFORM cs.raise_problems('E-WI-INVALID', ARRAY(SELECT cs.work_instruction_problems(p_content)));
    -- Two imports of a key at once: the second insert is refused by the unique (key, version).
    INSERT INTO cs.work_instructions (wi_key, title, version, state, is_active, clp_items, assembly_ids, tool_keys,
                                      steps, created_by, created_at)
    VALUES (v_key, btrim(p_content->>'title'),
            coalesce((SELECT max(w.version) FROM cs.work_instructions w WHERE w.wi_key = v_key), 0) + 1,
            'draft', false,
            ARRAY(SELECT jsonb_array_elements_text(p_content->'clpItems')),
            ARRAY(SELECT jsonb_array_elements_text(coalesce(p_content->'assemblies', '[]'))),
            ARRAY(SELECT jsonb_array_elements_text(coalesce(p_content->'tools', '[]'))),
            (SELECT jsonb_agg(jsonb_build_object('text', btrim(st->>'text'),
                                                 'safety', nullif(btrim(st->>'safety'), ''),
                                                 'images', coalesce(st->'images', '[]')) ORDER BY n)
               FROM jsonb_array_elements(p_content->'steps') WITH ORDINALITY AS x (st, n)),
            me.user_id, now())
    RETURNING instruction_id INTO v_id;
    RETURN v_id;
END
$$;

-- Publishes a draft: server time and author; it becomes the active version of its key and the earlier
-- active one becomes inactive. Its CLP items must not be explained by another key's active version.
-- Answers the version.
CREATE OR REPLACE FUNCTION cs.publish_work_instruction(p_instruction_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'publishing a work instruction');
    w cs.work_instructions;
    v_taken text;
BEGIN
    SELECT * INTO w FROM cs.work_instructions WHERE instruction_id = p_instruction_id AND wi_key IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-WI-NOT-FOUND: no work instruction version %', p_instruction_id USING ERRCODE = 'no_data_found';
    END IF;
    -- Every publish takes the active versions in the same order: one at a time.
    PERFORM 1 FROM cs.work_instructions x WHERE x.is_active OR x.wi_key = w.wi_key ORDER BY x.instruction_id FOR UPDATE;
    SELECT * INTO w FROM cs.work_instructions WHERE instruction_id = p_instruction_id;
    IF w.state <> 'draft' THEN
        RAISE EXCEPTION 'E-WI-PUBLISHED: version % of % is already published', w.version, w.wi_key
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(format('%s (%s)', i, x.wi_key), ', ') INTO v_taken
      FROM cs.work_instructions x, unnest(x.clp_items) i
     WHERE x.is_active AND x.wi_key <> w.wi_key AND i = ANY (w.clp_items);
    IF v_taken IS NOT NULL THEN
        RAISE EXCEPTION 'E-WI-ITEM-TAKEN: version % of % explains CLP items another instruction explains: %',
            w.version, w.wi_key, v_taken USING ERRCODE = 'check_violation';
    END IF;
    UPDATE cs.work_instructions SET is_active = false WHERE wi_key = w.wi_key AND is_active AND instruction_id <> w.instruction_id;
    UPDATE cs.work_instructions SET state = 'published', is_active = true, published_at = now(), published_by = me.user_id
     WHERE instruction_id = w.instruction_id;
    RETURN w.version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Images and tools
-- ---------------------------------------------------------------------------------------------
-- Stores an image once by content (PNG or JPEG, what the bytes say matching the type, 1 byte to 2 MB);
-- Admin only. Answers its SHA-256 (hex); an image already stored is answered as it is.
CREATE OR REPLACE FUNCTION cs.add_wi_image(p_bytes bytea, p_mime text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'adding an image');
    v_sha text;
BEGIN
    IF p_mime IS NULL OR p_mime NOT IN ('image/png', 'image/jpeg') THEN
        PERFORM cs.raise_invalid('E-WI-IMAGE-TYPE', format('an image is a PNG or a JPEG (image/png, image/jpeg), not %s', coalesce(p_mime, 'nothing')), 'mime');
    END IF;
    IF p_bytes IS NULL OR octet_length(p_bytes) = 0 OR octet_length(p_bytes) > 2097152 THEN
        PERFORM cs.raise_invalid('E-WI-IMAGE-SIZE', format('an image has 1 byte to 2 MB (this one has %s bytes)', coalesce(octet_length(p_bytes), 0)),
                                 'bytes', '22001');
    END IF;
    IF (p_mime = 'image/png' AND substring(p_bytes FROM 1 FOR 8) <> '\x89504e470d0a1a0a'::bytea)
       OR (p_mime = 'image/jpeg' AND substring(p_bytes FROM 1 FOR 3) <> '\xffd8ff'::bytea) THEN
        PERFORM cs.raise_invalid('E-WI-IMAGE-TYPE', format('the bytes are not a %s', CASE p_mime WHEN 'image/png' THEN 'PNG' ELSE 'JPEG' END), 'bytes');
    END IF;
    v_sha := encode(sha256(p_bytes), 'hex');
    INSERT INTO cs.wi_images (sha256, mime, content, byte_size, added_by, added_at)
    VALUES (v_sha, p_mime, p_bytes, octet_length(p_bytes), me.user_id, now())
    ON CONFLICT (sha256) DO NOTHING;
    RETURN v_sha;
END
$$;

-- The bytes of an image (every role).
CREATE OR REPLACE FUNCTION cs.wi_image(p_sha256 text) RETURNS bytea
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v bytea;
BEGIN
    PERFORM cs.require_role(enum_range(NULL::cs.user_role_enum), 'reading an image');
    SELECT content INTO v FROM cs.wi_images WHERE sha256 = lower(p_sha256);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-WI-IMAGE-NOT-FOUND: no image %', p_sha256 USING ERRCODE = 'no_data_found';
    END IF;
    RETURN v;
END
$$;

-- Adds a tool or changes the one of that key (Admin): a name, a description, a picture of
-- cs.wi_images, active or not; who and when from the server. Answers its id.
CREATE OR REPLACE FUNCTION cs.save_tool(p_key text, p_name text, p_description text, p_image_sha256 text, p_active boolean)
    RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Admin']::cs.user_role_enum[], 'saving a tool');
    v_id uuid;
BEGIN
    IF p_key IS NULL OR p_key !~ '^[A-Z0-9][A-Z0-9_.-]{1,49}$' THEN
        PERFORM cs.raise_invalid('E-TOOL-KEY', 'a tool key has 2 to 50 capital letters, digits, ".", "_" or "-" (like TK-TORQUE-5NM)', 'key');
    END IF;
    IF coalesce(length(btrim(p_name)), 0) NOT BETWEEN 2 AND 255 THEN
        PERFORM cs.raise_invalid('E-TOOL-NAME', 'a tool has a name of 2 to 255 characters', 'name');
    END IF;
    IF length(p_description) > 2000 THEN
        PERFORM cs.raise_invalid('E-TOOL-DESCRIPTION', 'a tool description has at most 2,000 characters', 'description', '22001');
    END IF;
    IF p_image_sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cs.wi_images WHERE sha256 = lower(p_image_sha256)) THEN
        PERFORM cs.raise_invalid('E-WI-IMAGE-NOT-FOUND', format('no image %s; add it first', p_image_sha256), 'image');
    END IF;
    INSERT INTO cs.tools AS t (tool_key, name, description, image_sha256, is_active, updated_by, updated_at)
    VALUES (p_key, btrim(p_name), nullif(btrim(p_description), ''), lower(p_image_sha256), coalesce(p_active, true), me.user_id, now())
    ON CONFLICT (tool_key) DO UPDATE
       SET name = EXCLUDED.name, description = EXCLUDED.description, image_sha256 = EXCLUDED.image_sha256,
           is_active = EXCLUDED.is_active, updated_by = me.user_id, updated_at = now()
    RETURNING t.tool_id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Task lists
-- ---------------------------------------------------------------------------------------------
-- The tasks of a build from a CLP template version: each applicable item outside the packing list S4,
-- with the active instruction that explains it (its id, key, version, title), that instruction's tools
-- and the lines of the build's frozen BOM whose item is one of its assemblies (extended quantities for
-- the whole build, summed per item, in the BOM's order; a per-basin task shows the build's total).
CREATE OR REPLACE FUNCTION cs.wi_build_tasks(o cs.orders, p_template jsonb) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'sequence', a.sequence, 'section', a.section_id, 'item', a.item_id, 'position', a."position",
               'text', a.item->>'text',
               'instruction', CASE WHEN w.instruction_id IS NOT NULL THEN
                   jsonb_build_object('id', w.instruction_id, 'key', w.wi_key, 'version', w.version, 'title', w.title) END,
               'tools', coalesce((SELECT jsonb_agg(jsonb_build_object('key', t.tool_key, 'name', t.name, 'image', t.image_sha256)
                                                   ORDER BY k.n)
                                    FROM unnest(w.tool_keys) WITH ORDINALITY AS k (key, n)
                                    JOIN cs.tools t ON t.tool_key = k.key), '[]'),
               'parts', coalesce((SELECT jsonb_agg(jsonb_build_object('itemId', p.item_id, 'name', p.name, 'quantity', p.quantity)
                                                   ORDER BY p.first_line)
                                    FROM (SELECT b.item_id, min(b.line_no) AS first_line, sum(b.extended_quantity)::integer AS quantity,
                                                 coalesce(min(ca.name), min(cp.name), b.item_id) AS name
                                            FROM cs.bom_items b
                                            LEFT JOIN cs.assemblies ca ON ca.assembly_id = b.item_id
                                            LEFT JOIN cs.parts cp ON cp.part_id = b.item_id
                                           WHERE b.bom_id = o.generated_bom_id AND b.item_id = ANY (w.assembly_ids)
                                           GROUP BY b.item_id) p), '[]'))
           ORDER BY a.sequence), '[]')
      FROM cs.cl_applicable_items(p_template, o.config, o.order_language::text, ARRAY['S4']) a
      LEFT JOIN LATERAL (SELECT * FROM cs.work_instructions x
                          WHERE x.is_active AND x.wi_key IS NOT NULL AND a.item_id = ANY (x.clp_items)
                          ORDER BY x.published_at DESC LIMIT 1) w ON true
$$;

-- The build's task list, generated the first time (the Assembler who claimed the build, or an Admin,
-- while it is in production); later calls answer the same list, whatever was published since.
CREATE OR REPLACE FUNCTION cs.ensure_task_list(p_order_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['Assembler', 'Admin']::cs.user_role_enum[], 'generating a task list');
    o cs.orders;
    v_tpl cs.qc_form_templates;
    v_id uuid;
BEGIN
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM cs.asm_require_claimant(me, o);
    SELECT task_list_id INTO v_id FROM cs.task_lists WHERE order_id = o.order_id AND clp_template_id IS NOT NULL;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    IF o.status NOT IN ('ReadyForProduction', 'OnHoldParts', 'TestingComplete', 'PackagingComplete') THEN
        RAISE EXCEPTION 'E-TASKS-STATUS: a task list is made while the build is in production (build % is %)', o.build_number, o.status
            USING ERRCODE = 'check_violation';
    END IF;
    -- The template version of the build's CLP when it has one, else the active one.
    SELECT t.* INTO v_tpl FROM cs.qc_checklists c JOIN cs.qc_form_templates t ON t.template_id = c.template_id
     WHERE c.order_id = o.order_id AND c.kind = 'CLP' ORDER BY c.attempt DESC, c.revision DESC LIMIT 1;
    IF v_tpl.template_id IS NULL THEN
        v_tpl := cs.wi_active_clp_template();
    END IF;
    IF v_tpl.template_id IS NULL THEN
        RAISE EXCEPTION 'E-TEMPLATE-NONE: there is no published CLP checklist template; an Admin imports and publishes one'
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO cs.task_lists (order_id, assembly_type, tasks, clp_template_id, created_by, created_at)
    VALUES (o.order_id, 'CLP', cs.wi_build_tasks(o, v_tpl.checklist_items), v_tpl.template_id, me.user_id, now())
    ON CONFLICT (order_id) WHERE clp_template_id IS NOT NULL AND order_id IS NOT NULL DO NOTHING
    RETURNING task_list_id INTO v_id;
    IF v_id IS NULL THEN                       -- made by someone else meanwhile
        SELECT task_list_id INTO v_id FROM cs.task_lists WHERE order_id = o.order_id AND clp_template_id IS NOT NULL;
    END IF;
    RETURN v_id;
END
$$;

-- The build's task list for the bench (every role): {"id", "orderId", "clpTemplateVersion",
-- "createdAt", "createdBy", "tasks": [the frozen task plus "steps" of its instruction version]}; NULL
-- when the build has none yet.
CREATE OR REPLACE FUNCTION cs.task_list(p_order_id uuid) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    l cs.task_lists;
BEGIN
    PERFORM cs.require_role(enum_range(NULL::cs.user_role_enum), 'reading a task list');
    SELECT * INTO l FROM cs.task_lists WHERE order_id = p_order_id AND clp_template_id IS NOT NULL;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN jsonb_build_object(
        'id', l.task_list_id, 'orderId', l.order_id,
        'clpTemplateVersion', (SELECT t.version FROM cs.qc_form_templates t WHERE t.template_id = l.clp_template_id),
        'createdAt', l.created_at, 'createdBy', (SELECT u.full_name FROM cs.users u WHERE u.user_id = l.created_by),
        'tasks', (SELECT coalesce(jsonb_agg(t.task || jsonb_build_object('steps', coalesce(w.steps, '[]')) ORDER BY t.n), '[]')
                    FROM jsonb_array_elements(l.tasks) WITH ORDINALITY AS t (task, n)
                    LEFT JOIN cs.work_instructions w ON w.instruction_id::text = t.task->'instruction'->>'id'));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.work_instructions, cs.tools, cs.wi_images
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- Instructions, images and tools through the functions above only (earlier grants taken back).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.work_instructions, cs.tools, cs.wi_images
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.import_work_instruction(jsonb), cs.publish_work_instruction(uuid),
                          cs.add_wi_image(bytea, text), cs.save_tool(text, text, text, text, boolean) TO cs_admin;
GRANT EXECUTE ON FUNCTION cs.ensure_task_list(uuid) TO cs_assembler, cs_admin;
GRANT EXECUTE ON FUNCTION cs.task_list(uuid), cs.wi_image(text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- (cs.create_task_list and cs.complete_task, the free task lists and their ticks, are revoked in
-- 85_record_writes.sql, which defines them.)
