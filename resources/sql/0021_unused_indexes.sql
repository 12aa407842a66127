-- 0021: indexes that every write pays for and no read needs (issue 11, load). Each index of a
-- table is written by every insert, and by every update that cannot stay on its page; an order's
-- update never can (its updated_at is in the board's indexes), so each saved edit, claim or status
-- change wrote into all 32 indexes of cs.orders, and each BOM into a GIN index of every key and
-- value of its item list. Dropped here:
--   * The GIN indexes of the original design on configuration and result documents: no query of
--     the application searches inside them (configurations are read whole, with their order; BOM
--     items through cs.bom_items; checklist results by checklist), and the server's statistics
--     after load runs count no scan of any of them. A GIN index also defers its entries to a
--     pending list that a later writer, a person saving, then has to merge.
--   * The single-column orders indexes on status and on PO number: every statement that filters on
--     them has an index that starts with the same column (the board's status indexes; the unique
--     PO and build number key and the board's PO index), which the planner takes instead.
-- Should a report ever search inside a configuration, its index comes back with the report.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

DROP INDEX cs.idx_orders_basin_configs;
DROP INDEX cs.idx_orders_faucet_configs;
DROP INDEX cs.idx_boms_items;
DROP INDEX cs.idx_qc_results_items;
DROP INDEX cs.idx_work_instructions_clp_items;
DROP INDEX cs.idx_orders_status;
DROP INDEX cs.idx_orders_po_number;
