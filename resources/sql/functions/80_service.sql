-- Repeatable file 80_service: service orders (WORKFLOW.md 6), guarded by row level security.
--   * The policies: Admin and Procurement see every request; the service department sees its own; the
--     production roles see the approved, ordered and received ones. Service (and Admin) create pending
--     requests; Procurement (and Admin) process them; a requester may withdraw a pending one.
--   * The grants on cs.service_orders.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

ALTER TABLE cs.service_orders ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS service_orders_read ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_insert ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_update ON cs.service_orders;
DROP POLICY IF EXISTS service_orders_delete ON cs.service_orders;
CREATE POLICY service_orders_read ON cs.service_orders FOR SELECT USING (
    cs.caller_role() IN ('Admin', 'ProcurementSpecialist')
    OR requested_by = cs.caller_user_id()
    OR (cs.caller_role() IN ('ProductionCoordinator', 'QCPerson', 'Assembler') AND status IN ('Approved', 'Ordered', 'Received')));
CREATE POLICY service_orders_insert ON cs.service_orders FOR INSERT WITH CHECK (
    cs.caller_role() IN ('Admin', 'ServiceDepartment') AND status = 'Pending' AND processed_by IS NULL);
CREATE POLICY service_orders_update ON cs.service_orders FOR UPDATE
    USING (cs.caller_role() IN ('Admin', 'ProcurementSpecialist'))
    WITH CHECK (cs.caller_role() IN ('Admin', 'ProcurementSpecialist'));
CREATE POLICY service_orders_delete ON cs.service_orders FOR DELETE USING (
    cs.caller_role() = 'Admin' OR (requested_by = cs.caller_user_id() AND status = 'Pending'));

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, DELETE ON cs.service_orders TO cs_service, cs_admin;
GRANT SELECT ON cs.service_orders TO cs_coordinator, cs_qc, cs_assembler;
GRANT SELECT, UPDATE (status, processed_by, processed_timestamp, processing_notes) ON cs.service_orders
    TO cs_procurement, cs_admin;
