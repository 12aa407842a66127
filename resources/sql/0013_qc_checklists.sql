-- 0013: QC checklists filled on the server (issue 12): versioned templates, the checklists of builds
-- and their answers, and what a signed result records. The functions that write these tables live in
-- resources/sql/functions/62_checklists.sql (the condition evaluator, templates, checklists), the
-- gates in 50_workflow.sql and the grants in 60_qc.sql (repeatable).
--
-- 1. Template versions (cs.qc_form_templates, cs.testing_form_templates): a draft, then published.
--    A published version never changes (only is_active goes from true to false when a later version
--    is published); a published version, or one that a checklist or result uses, is never deleted.
--    Rows already there are published. Nobody writes these tables directly any more (60_qc.sql
--    revokes it): cs.import_checklist_template and cs.publish_checklist_template do.
-- 2. cs.qc_checklists: one record per build, QC type (Pre-QC, Final QC), attempt and revision. A
--    second attempt (after a FAIL and the rework) is a new record; a correction of a signed record is
--    a new revision of the same attempt, with a reason; the old one stays as it was.
-- 3. cs.qc_answers: the current answer of each item at each position, with who and when (server
--    time) and a version (a change names the version it replaces). cs.qc_answer_log: every change,
--    with the client's key of the write, unique, so that a write sent twice is applied once.
--    Once the checklist is signed its answers are read-only (trigger, for everyone).
-- 4. cs.qc_results gets the checklist it signs and the FAIL details (reason, category, severity,
--    rework), all inside the signed content.
--
-- No data is written here (after 0009 a migration's audited write fails until the audit functions are
-- re-applied): the new state column takes 'published' for the rows already there as its default,
-- then the default becomes 'draft'.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- 1. Template versions
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.qc_form_templates
    ADD COLUMN state text NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'published')),
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by uuid REFERENCES cs.users (user_id),
    ADD CONSTRAINT qc_form_templates_draft_inactive CHECK (state = 'published' OR NOT is_active);
ALTER TABLE cs.qc_form_templates ALTER COLUMN state SET DEFAULT 'draft';
ALTER TABLE cs.qc_form_templates ALTER COLUMN is_active SET DEFAULT false;

ALTER TABLE cs.testing_form_templates
    ADD COLUMN state text NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'published')),
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by uuid REFERENCES cs.users (user_id),
    ADD CONSTRAINT testing_form_templates_draft_inactive CHECK (state = 'published' OR NOT is_active);
ALTER TABLE cs.testing_form_templates ALTER COLUMN state SET DEFAULT 'draft';
ALTER TABLE cs.testing_form_templates ALTER COLUMN is_active SET DEFAULT false;

-- The guard (cs.tg_template_version_guard, 62_checklists.sql): a published version is immutable but
-- for is_active true -> false; a published or used version is not deleted.
CREATE FUNCTION cs.tg_template_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;                               -- replaced by 62_checklists.sql
END
$$;
CREATE TRIGGER template_version_guard BEFORE UPDATE OR DELETE ON cs.qc_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_template_version_guard();
CREATE TRIGGER template_version_guard BEFORE UPDATE OR DELETE ON cs.testing_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_template_version_guard();
CREATE TRIGGER template_no_truncate BEFORE TRUNCATE ON cs.qc_form_templates
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER template_no_truncate BEFORE TRUNCATE ON cs.testing_form_templates
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- 2. Checklists
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.qc_checklists (
    checklist_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    build_number varchar(100) NOT NULL,
    qc_type cs.qc_form_type_enum NOT NULL CHECK (qc_type IN ('PreQC', 'FinalQC')),
    template_id uuid NOT NULL REFERENCES cs.qc_form_templates (template_id),
    attempt integer NOT NULL CHECK (attempt >= 1),
    revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
    revises uuid REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE,
    revision_reason text,
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'signed')),
    opened_by uuid NOT NULL REFERENCES cs.users (user_id),
    opened_at timestamptz NOT NULL DEFAULT now(),
    result_id uuid,                            -- the cs.qc_results row once signed (FK below)
    section_initials jsonb,                    -- section id -> initials, as signed
    row_version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (order_id, qc_type, attempt, revision),
    CHECK ((revision = 1) = (revises IS NULL)),
    CHECK (revision = 1 OR length(btrim(revision_reason)) >= 3),
    CHECK ((state = 'signed') = (result_id IS NOT NULL))
);
-- One open first revision per build and type (the attempt being filled), one open correction.
CREATE UNIQUE INDEX qc_checklists_one_open ON cs.qc_checklists (order_id, qc_type) WHERE state = 'open' AND revision = 1;
CREATE UNIQUE INDEX qc_checklists_one_open_revision ON cs.qc_checklists (order_id, qc_type)
    WHERE state = 'open' AND revision > 1;
CREATE INDEX idx_qc_checklists_template ON cs.qc_checklists (template_id);
CREATE INDEX idx_qc_checklists_revises ON cs.qc_checklists (revises);
CREATE TRIGGER qc_checklists_row_version BEFORE UPDATE ON cs.qc_checklists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

-- ---------------------------------------------------------------------------------------------
-- 3. Answers and their log
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.qc_answers (
    checklist_id uuid NOT NULL REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE,
    section_id text NOT NULL,                  -- 'header' for header items
    item_id text NOT NULL,                     -- '#sectionCheck' for a section's "section verified" tick
    position integer NOT NULL CHECK (position BETWEEN 0 AND 3),  -- 1..3 in perBasin sections, else 0
    value jsonb,                               -- NULL: cleared (or N/A)
    other_text text CHECK (length(other_text) <= 200),
    is_na boolean NOT NULL DEFAULT false,
    na_reason text CHECK (length(na_reason) <= 500),
    answered_by uuid NOT NULL REFERENCES cs.users (user_id),
    answered_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    PRIMARY KEY (checklist_id, section_id, item_id, position),
    CHECK (NOT is_na OR value IS NULL)
);

CREATE TABLE cs.qc_answer_log (
    log_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_key uuid UNIQUE,                    -- the client's key of the write (a resend is applied once)
    checklist_id uuid NOT NULL REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE,
    section_id text NOT NULL,
    item_id text NOT NULL,
    position integer NOT NULL,
    value jsonb,
    other_text text,
    is_na boolean NOT NULL,
    na_reason text,
    version integer NOT NULL,                  -- the answer's version after this change
    answered_by uuid NOT NULL REFERENCES cs.users (user_id),
    answered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_qc_answer_log_checklist ON cs.qc_answer_log (checklist_id, section_id, item_id, position);

-- The read-only rule of signed checklists and their answers (cs.tg_qc_checklist_guard,
-- cs.tg_qc_answer_guard, 62_checklists.sql); the log is append-only.
CREATE FUNCTION cs.tg_qc_checklist_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;                               -- replaced by 62_checklists.sql
END
$$;
CREATE FUNCTION cs.tg_qc_answer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;                               -- replaced by 62_checklists.sql
END
$$;
CREATE TRIGGER qc_checklists_guard BEFORE UPDATE OR DELETE ON cs.qc_checklists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_qc_checklist_guard();
CREATE TRIGGER qc_answers_guard BEFORE INSERT OR UPDATE OR DELETE ON cs.qc_answers
    FOR EACH ROW EXECUTE FUNCTION cs.tg_qc_answer_guard();
CREATE TRIGGER qc_answer_log_guard BEFORE UPDATE OR DELETE ON cs.qc_answer_log
    FOR EACH ROW EXECUTE FUNCTION cs.tg_qc_answer_guard();
CREATE TRIGGER qc_checklists_no_truncate BEFORE TRUNCATE ON cs.qc_checklists
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER qc_answers_no_truncate BEFORE TRUNCATE ON cs.qc_answers
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER qc_answer_log_no_truncate BEFORE TRUNCATE ON cs.qc_answer_log
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();

CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.qc_checklists
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('checklist_id');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.qc_answers
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('checklist_id', 'section_id', 'item_id', 'position');

-- Photos and other files attached to an item (or to the whole form: no section and item) while the
-- checklist is filled. The file itself is an order document (cs.order_documents: size cap, quotas,
-- SHA-256); this row says where it belongs. Written only by cs.attach_qc_file; never changed.
CREATE TABLE cs.qc_attachments (
    attachment_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    checklist_id uuid NOT NULL REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE,
    section_id text,
    item_id text,
    position integer NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 3),
    document_id uuid NOT NULL REFERENCES cs.order_documents (document_id) ON DELETE CASCADE,
    attached_by uuid NOT NULL REFERENCES cs.users (user_id),
    attached_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((section_id IS NULL) = (item_id IS NULL))
);
CREATE INDEX idx_qc_attachments_checklist ON cs.qc_attachments (checklist_id);
CREATE INDEX idx_qc_attachments_document ON cs.qc_attachments (document_id);
CREATE TRIGGER qc_attachments_no_update BEFORE UPDATE ON cs.qc_attachments
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER qc_attachments_no_truncate BEFORE TRUNCATE ON cs.qc_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.qc_attachments
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('attachment_id');

-- ---------------------------------------------------------------------------------------------
-- 4. What a signed QC result records
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.qc_results
    ADD COLUMN checklist_id uuid,
    ADD COLUMN fail_reason text,
    ADD COLUMN fail_category text,
    ADD COLUMN fail_severity text CHECK (fail_severity IN ('Minor', 'Major', 'Critical')),
    ADD COLUMN rework_required boolean;
-- Both directions, checked at commit: a result and its checklist are written in one transaction, and
-- an order's deletion takes both with the cascade.
ALTER TABLE cs.qc_results ADD CONSTRAINT qc_results_checklist_fkey
    FOREIGN KEY (checklist_id) REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE cs.qc_checklists ADD CONSTRAINT qc_checklists_result_fkey
    FOREIGN KEY (result_id) REFERENCES cs.qc_results (result_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX qc_results_checklist_key ON cs.qc_results (checklist_id) WHERE checklist_id IS NOT NULL;
CREATE INDEX idx_qc_results_template ON cs.qc_results (template_id);
CREATE INDEX idx_testing_results_template ON cs.testing_results (template_id);
