-- 0024: the conditions of the checklist templates, parsed once (issue 11, load).
-- cs.checklist_condition() parsed its `appliesWhen` text at every evaluation: a tokenizer and a
-- recursive descent parser in PL/pgSQL, one SQL statement per level and a subtransaction per
-- condition, 70 us or more each on a quiet server. A build's task list evaluates 30-60 of them, a
-- sign-off's gap check as many again. A condition's tree depends only on its text, so the trees are
-- kept here, one row per distinct text, written when a template version is stored (the triggers
-- below) and again whenever the evaluator's file is applied (62_checklists.sql, so that a changed
-- parser never leaves an old tree behind). The evaluator reads the tree here and parses only a text
-- that is not here (which refuses what does not parse, as before).
-- Nobody but the schema owner reads or writes the table: the evaluator and the triggers run as it.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE TABLE cs.checklist_condition_trees (
    condition text PRIMARY KEY,
    tree      jsonb NOT NULL CHECK (jsonb_typeof(tree) = 'object')
);
COMMENT ON TABLE cs.checklist_condition_trees IS
    'Every condition of the checklist templates, parsed (cs.checklist_condition_tree); written by the '
    'template triggers and 62_checklists.sql only (0024)';
REVOKE ALL ON cs.checklist_condition_trees FROM PUBLIC;

-- The trigger function's first version: the current one is in 62_checklists.sql, which also fills
-- the table from the templates already stored.
CREATE OR REPLACE FUNCTION cs.tg_condition_trees() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION cs.tg_condition_trees() FROM PUBLIC;

CREATE TRIGGER condition_trees AFTER INSERT OR UPDATE OF checklist_items ON cs.qc_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_condition_trees();
CREATE TRIGGER condition_trees AFTER INSERT OR UPDATE OF test_items ON cs.testing_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_condition_trees();
