-- Repeatable file 80_service: service orders (WORKFLOW.md 6), guarded by row level security.
--   * The policy: Admin and Procurement see every request; the service department sees its own; the
--     production roles see the approved, ordered and received ones. The lists read newest first
--     (index of 0018). The writes are functions
--     (85_record_writes.sql).
--   * The grants on cs.service_orders.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

ALTER TABLE cs.service_orders ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS service_orders_read ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_insert ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_update ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_delete ON cs.service_orders;
-- The caller's role and id are asked once per statement: each is a scalar subquery (an InitPlan),
-- not a call per row (a SECURITY DEFINER function is never inlined, so a bare call in the policy ran
-- three lookups of cs.users for every request in the table, and the list grew slower with every
-- request ever filed).
CREATE POLICY service_orders_read ON cs.service_orders FOR SELECT USING (
    (SELECT cs.caller_role()) IN ('Admin', 'ProcurementSpecialist')
    OR requested_by = (SELECT cs.caller_user_id())
    OR ((SELECT cs.caller_role()) IN ('ProductionCoordinator', 'QCPerson', 'Assembler')
        AND status IN ('Approved', 'Ordered', 'Received')));
-- Requests are written by the functions of 85_record_writes.sql only (cs.request_service_order,
-- cs.decide_service_order, cs.advance_service_order, cs.withdraw_service_order: the state machine, the
-- server's times and authors), so there are no write policies: people have no write grant.

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.service_orders TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cs.service_orders
    FROM cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
