-- 0025: autovacuum's analyses fitted to how each table changes (issue 11, load).
-- When autovacuum analyzes a table, or vacuums it and writes its new size into pg_class, every
-- session connected to the database drops the plans it has cached for the statements that read the
-- table (the functions' statements included) and plans them again at their next use. With 500 people
-- connected that is 500 backends planning the same few dozen statements in the same second: the
-- benchmark's run queue rose to 128 runnable processes at each of autovacuum's once-a-minute visits and
-- the answers of those seconds took 0.6-2.3 s at p95. With the analyses held off (one run, README,
-- Benchmarks) the slow seconds shrank to 0.2-0.3 s.
--
-- PostgreSQL's defaults analyze a table after a tenth of its rows plus 50 have changed, which on a
-- young plant database (a few thousand orders, logs of tens of thousands of rows) is every minute
-- while people work. What the planner gains from those analyses is little: the statements look rows
-- up by key, the planner scales a table's row count by its current size in pages, and it reads the
-- live ends of an indexed column (a time, an increasing number) from the index, not from the
-- histogram. So:
--
--  * Append-only records (nothing updates them; order_documents loses a row only when its order goes):
--    analyzed after 20,000 new rows or a fifth of the table, and vacuumed for their inserts (which
--    only sets their pages all-visible) after the same. On a large table this is the default's pace.
--  * Working tables (rows updated as the work moves on): analyzed after 5,000 changed rows plus a
--    tenth of the table. Their vacuums for dead rows keep the default pace: dead rows must go.
--  * The catalog, the templates and the settings keep the defaults: they change seldom.
--
-- Wide document columns that no statement filters or joins on (JSON documents, file contents, the
-- audit log's row images) are left out of the statistics (SET STATISTICS 0). ANALYZE no longer reads
-- and detoasts them, and their histograms (kilobytes each) no longer pass through pg_statistic and
-- its TOAST table, whose truncation by a vacuum once held every planning backend for a moment.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'audit_log', 'audit_seal', 'bom_approvals', 'bom_items', 'order_deletions', 'order_documents',
        'order_history', 'order_shipments', 'print_jobs', 'qc_answer_log', 'qc_attachments', 'qc_results',
        'rework_confirmations', 'rework_records', 'signatures', 'task_completions', 'testing_results']
    LOOP
        EXECUTE format('ALTER TABLE cs.%I SET (autovacuum_analyze_threshold = 20000, '
                       'autovacuum_analyze_scale_factor = 0.2, autovacuum_vacuum_insert_threshold = 20000, '
                       'autovacuum_vacuum_insert_scale_factor = 0.2)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY[
        'audit_unsealed', 'boms', 'order_search_names', 'orders', 'purchase_orders', 'qc_answers',
        'qc_checklists', 'service_orders', 'signature_challenges', 'task_lists', 'user_sessions', 'users']
    LOOP
        EXECUTE format('ALTER TABLE cs.%I SET (autovacuum_analyze_threshold = 5000, '
                       'autovacuum_analyze_scale_factor = 0.1)', t);
    END LOOP;
END
$$;

ALTER TABLE cs.audit_log
    ALTER COLUMN old_row SET STATISTICS 0,
    ALTER COLUMN new_row SET STATISTICS 0;
ALTER TABLE cs.orders
    ALTER COLUMN config SET STATISTICS 0,
    ALTER COLUMN basin_configurations SET STATISTICS 0,
    ALTER COLUMN faucet_configurations SET STATISTICS 0,
    ALTER COLUMN sprayer_configurations SET STATISTICS 0,
    ALTER COLUMN selected_accessories SET STATISTICS 0,
    ALTER COLUMN sink_dimensions SET STATISTICS 0;
ALTER TABLE cs.boms ALTER COLUMN bom_items SET STATISTICS 0;
ALTER TABLE cs.order_documents ALTER COLUMN content SET STATISTICS 0;
ALTER TABLE cs.qc_results ALTER COLUMN item_results SET STATISTICS 0;
ALTER TABLE cs.testing_results ALTER COLUMN test_results SET STATISTICS 0;
ALTER TABLE cs.service_orders
    ALTER COLUMN items SET STATISTICS 0,
    ALTER COLUMN approved_items SET STATISTICS 0;
ALTER TABLE cs.work_instructions ALTER COLUMN steps SET STATISTICS 0;
ALTER TABLE cs.wi_images ALTER COLUMN content SET STATISTICS 0;
