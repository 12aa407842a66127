-- 0014: the assembler's part of the workflow (issue 13). The checklist machinery of 0013 serves two
-- more forms: the production checks, packing list and closing statement (CLP, a qc_form_templates
-- template of form_type InProcessAssembly) and the end-of-line test (CLT, a testing_form_templates
-- template). The functions live in resources/sql/functions/62_checklists.sql (checklists by kind),
-- 50_workflow.sql (gates, claim, assignment on each transition) and 66_assembly.sql (the bench).
--
-- 1. cs.qc_checklists.kind: 'PreQC', 'FinalQC', 'CLP' or 'CLT', derived from qc_type (a stored
--    generated column: the rows already there take their qc_type without a write). qc_type is
--    InProcessAssembly for a CLP and NULL for a CLT. The template of a checklist is in the table of
--    its kind, so the foreign key becomes a trigger check; likewise the signed result (cs.qc_results,
--    or cs.testing_results for a CLT). Uniqueness (attempt, revision, one open record) by kind.
-- 2. Readings: an answer may carry measured values ({"<label>": number}), in the answer and its log.
-- 3. cs.testing_results.checklist_id: the CLT a signed test result signs.
--
-- No data is written here (after 0009 a migration's audited write fails until the audit functions are
-- re-applied).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- 1. Checklists of every kind
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.qc_checklists DROP CONSTRAINT qc_checklists_qc_type_check;
ALTER TABLE cs.qc_checklists ALTER COLUMN qc_type DROP NOT NULL;
ALTER TABLE cs.qc_checklists ADD CONSTRAINT qc_checklists_qc_type_check
    CHECK (qc_type IS NULL OR qc_type IN ('PreQC', 'FinalQC', 'InProcessAssembly'));
ALTER TABLE cs.qc_checklists ADD COLUMN kind text NOT NULL
    GENERATED ALWAYS AS (CASE qc_type WHEN 'PreQC' THEN 'PreQC' WHEN 'FinalQC' THEN 'FinalQC'
                                      WHEN 'InProcessAssembly' THEN 'CLP' ELSE 'CLT' END) STORED;

ALTER TABLE cs.qc_checklists DROP CONSTRAINT qc_checklists_order_id_qc_type_attempt_revision_key;
DROP INDEX cs.qc_checklists_one_open;
DROP INDEX cs.qc_checklists_one_open_revision;
ALTER TABLE cs.qc_checklists ADD CONSTRAINT qc_checklists_order_kind_attempt_revision_key
    UNIQUE (order_id, kind, attempt, revision);
CREATE UNIQUE INDEX qc_checklists_one_open ON cs.qc_checklists (order_id, kind) WHERE state = 'open' AND revision = 1;
CREATE UNIQUE INDEX qc_checklists_one_open_revision ON cs.qc_checklists (order_id, kind)
    WHERE state = 'open' AND revision > 1;

-- The template and the result of a checklist are in the tables of its kind (cs.tg_qc_checklist_refs,
-- 62_checklists.sql, checks both; a template in use is kept by cs.tg_template_version_guard).
ALTER TABLE cs.qc_checklists DROP CONSTRAINT qc_checklists_template_id_fkey;
ALTER TABLE cs.qc_checklists DROP CONSTRAINT qc_checklists_result_fkey;
CREATE FUNCTION cs.tg_qc_checklist_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;                               -- replaced by 62_checklists.sql
END
$$;
CREATE CONSTRAINT TRIGGER qc_checklists_refs AFTER INSERT OR UPDATE ON cs.qc_checklists
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cs.tg_qc_checklist_refs();
CREATE INDEX idx_qc_checklists_result ON cs.qc_checklists (result_id);

-- ---------------------------------------------------------------------------------------------
-- 2. Readings
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.qc_answers ADD COLUMN readings jsonb
    CHECK (readings IS NULL OR jsonb_typeof(readings) = 'object');
ALTER TABLE cs.qc_answer_log ADD COLUMN readings jsonb;

-- ---------------------------------------------------------------------------------------------
-- 3. The CLT a test result signs
-- ---------------------------------------------------------------------------------------------
ALTER TABLE cs.testing_results ADD COLUMN checklist_id uuid;
ALTER TABLE cs.testing_results ADD CONSTRAINT testing_results_checklist_fkey
    FOREIGN KEY (checklist_id) REFERENCES cs.qc_checklists (checklist_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX testing_results_checklist_key ON cs.testing_results (checklist_id) WHERE checklist_id IS NOT NULL;
