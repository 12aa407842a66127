-- 0016: rework after a failed QC (issue 13, WORKFLOW.md 2.2: "rework resolution notes (photos
-- optional)"; "rework notes; Decision: the tests touched by the rework are repeated"). The functions
-- live in resources/sql/functions/67_rework.sql.
--
-- 1. cs.rework_records: what was done to a build in rework, once it is done: the signed QC FAIL it
--    answers, the notes, the end-of-line test procedures (CLT sections of the build's test template
--    version) and the packing list items (CLP S4) the rework touched, the photos (order documents),
--    author and server time. Append-only (no update, no truncate), audited. A second rework of the
--    same failure (the repeated test failed again) is a second record.
-- 2. cs.rework_confirmations: a packing list item the rework touched, confirmed again after the
--    rework (the CLP's own answers are signed and stay as they were). Append-only, audited.
--
-- No data is written here (after 0009 a migration's audited write fails until the audit functions are
-- re-applied).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE TABLE cs.rework_records (
    rework_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    build_number varchar(100) NOT NULL,
    qc_result_id uuid NOT NULL REFERENCES cs.qc_results (result_id) ON DELETE CASCADE,
    rework_status cs.order_status_enum NOT NULL CHECK (rework_status IN ('ReworkPreQC', 'ReworkFinalQC')),
    notes text NOT NULL CHECK (length(btrim(notes)) BETWEEN 10 AND 4000),
    touched_tests text[] NOT NULL DEFAULT '{}',      -- CLT section ids
    test_template_id uuid REFERENCES cs.testing_form_templates (template_id),  -- the version they are of
    touched_packing jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(touched_packing) = 'array'),  -- [{item, position}]
    document_ids uuid[] NOT NULL DEFAULT '{}',       -- photos: cs.order_documents of the build
    recorded_by uuid NOT NULL REFERENCES cs.users (user_id),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CHECK (rework_status = 'ReworkFinalQC' OR (cardinality(touched_tests) = 0 AND touched_packing = '[]'::jsonb)),
    CHECK (cardinality(touched_tests) = 0 OR test_template_id IS NOT NULL)
);
CREATE INDEX idx_rework_records_order ON cs.rework_records (order_id, recorded_at);
CREATE INDEX idx_rework_records_result ON cs.rework_records (qc_result_id);
CREATE TRIGGER rework_records_no_update BEFORE UPDATE ON cs.rework_records
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER rework_records_no_truncate BEFORE TRUNCATE ON cs.rework_records
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.rework_records
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('rework_id');

CREATE TABLE cs.rework_confirmations (
    rework_id uuid NOT NULL REFERENCES cs.rework_records (rework_id) ON DELETE CASCADE,
    item_id text NOT NULL,
    position integer NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 3),
    confirmed_by uuid NOT NULL REFERENCES cs.users (user_id),
    confirmed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rework_id, item_id, position)
);
CREATE TRIGGER rework_confirmations_no_update BEFORE UPDATE ON cs.rework_confirmations
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER rework_confirmations_no_truncate BEFORE TRUNCATE ON cs.rework_confirmations
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.rework_confirmations
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('rework_id', 'item_id', 'position');
