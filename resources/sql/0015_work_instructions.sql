-- 0015: work instructions, tools and the task lists of builds (issue 13). The functions live in
-- resources/sql/functions/68_work_instructions.sql.
--
-- 1. cs.work_instructions: versions of an instruction, like the checklist templates of 0013: a stable
--    key, a version, draft -> published (server time and author), one active published version per
--    key; a published version never changes (the templates' guard trigger, for everyone), a published
--    one or one a task list uses is never deleted. The content: the CLP items it explains, the catalog assemblies whose
--    BOM lines are the parts to pick, the tools, the steps. Rows from before (no key) stay as they
--    were; they are not versions of a keyed instruction.
-- 2. cs.wi_images: the pictures of steps and tools, stored once by content (SHA-256 of the bytes),
--    PNG or JPEG, at most 2 MB; never changed.
-- 3. cs.tools: a stable key, a picture of cs.wi_images, who changed it last and when.
-- 4. cs.task_lists: the list a build's production generated from its CLP template version (one per
--    build), never changed once written. cs.task_completions is no longer written: ticking a task is
--    answering its CLP item.
--
-- No data is written here (after 0009 a migration's audited write fails until the audit functions are
-- re-applied): new columns take their values for the rows already there from defaults.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- 1. Work instruction versions
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.work_instructions
    ADD COLUMN wi_key text CHECK (wi_key ~ '^[A-Z0-9][A-Z0-9_.-]{1,49}$'),
    ADD COLUMN clp_items text[] NOT NULL DEFAULT '{}',
    ADD COLUMN assembly_ids text[] NOT NULL DEFAULT '{}',
    ADD COLUMN tool_keys text[] NOT NULL DEFAULT '{}',
    ADD COLUMN state text NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'published')),
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by uuid REFERENCES cs.users (user_id),
    ADD CONSTRAINT work_instructions_draft_inactive CHECK (state = 'published' OR NOT is_active),
    ADD CONSTRAINT work_instructions_steps_array CHECK (wi_key IS NULL OR jsonb_typeof(steps) = 'array');
ALTER TABLE cs.work_instructions ALTER COLUMN state SET DEFAULT 'draft';
ALTER TABLE cs.work_instructions ALTER COLUMN is_active SET DEFAULT false;
CREATE UNIQUE INDEX work_instructions_key_version ON cs.work_instructions (wi_key, version) WHERE wi_key IS NOT NULL;
CREATE UNIQUE INDEX work_instructions_one_active ON cs.work_instructions (wi_key)
    WHERE wi_key IS NOT NULL AND is_active;
CREATE INDEX idx_work_instructions_clp_items ON cs.work_instructions USING gin (clp_items);

-- The guard of template versions (cs.tg_template_version_guard, 62_checklists.sql) keeps a published
-- version as it is and a published or used one from deletion.
CREATE TRIGGER work_instruction_version_guard BEFORE UPDATE OR DELETE ON cs.work_instructions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_template_version_guard();
CREATE TRIGGER work_instructions_no_truncate BEFORE TRUNCATE ON cs.work_instructions
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- 2. Images
-- ---------------------------------------------------------------------------------------------
-- The bytes are the column `content` (the audit copies leave it out; the SHA-256 is the key).
CREATE TABLE cs.wi_images (
    sha256 char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    mime text NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
    content bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 2097152),
    byte_size integer NOT NULL,
    added_by uuid NOT NULL REFERENCES cs.users (user_id),
    added_at timestamptz NOT NULL DEFAULT now(),
    CHECK (byte_size = octet_length(content))
);
CREATE TRIGGER wi_images_no_update BEFORE UPDATE ON cs.wi_images
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER wi_images_no_truncate BEFORE TRUNCATE ON cs.wi_images
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.wi_images
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('sha256');

-- ---------------------------------------------------------------------------------------------
-- 3. Tools
-- ---------------------------------------------------------------------------------------------
-- Rows from before get a generated key (the default stays for them; cs.save_tool always names one).
ALTER TABLE cs.tools
    ADD COLUMN tool_key text NOT NULL DEFAULT ('TOOL-' || upper(left(replace(gen_random_uuid()::text, '-', ''), 12)))
        CHECK (tool_key ~ '^[A-Z0-9][A-Z0-9_.-]{1,49}$'),
    ADD COLUMN image_sha256 char(64) REFERENCES cs.wi_images (sha256),
    ADD COLUMN updated_by uuid REFERENCES cs.users (user_id),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE cs.tools ADD CONSTRAINT tools_tool_key_key UNIQUE (tool_key);

-- ---------------------------------------------------------------------------------------------
-- 4. Task lists
-- ---------------------------------------------------------------------------------------------
-- A generated list names the CLP template version it was made from; one per build.
ALTER TABLE cs.task_lists ADD COLUMN clp_template_id uuid REFERENCES cs.qc_form_templates (template_id);
CREATE UNIQUE INDEX task_lists_one_per_build ON cs.task_lists (order_id)
    WHERE clp_template_id IS NOT NULL AND order_id IS NOT NULL;
CREATE INDEX idx_task_lists_order ON cs.task_lists (order_id);
CREATE TRIGGER task_lists_no_update BEFORE UPDATE ON cs.task_lists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
