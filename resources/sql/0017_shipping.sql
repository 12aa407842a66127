-- 0017: the shipments of builds (WORKFLOW.md 2.2, ReadyForShip -> Shipped: "ship date (carrier and
-- tracking optional)"). Written only by cs.ship_order (functions/52_shipping.sql), in the transaction
-- that moves the build to Shipped: the date the person gives (not in the future, not before the build
-- became ReadyForShip), the optional carrier and tracking number, and who recorded it and when, from the
-- server. One row per shipping (a build an admin forced back from Shipped and shipped again has two; the
-- latest is the one shown). Never changed (an audited, append-only row); removed only with its order.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE TABLE cs.order_shipments (
    shipment_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    ship_date date NOT NULL,
    carrier text CHECK (carrier IS NULL OR length(btrim(carrier)) BETWEEN 1 AND 100),
    tracking text CHECK (tracking IS NULL OR length(btrim(tracking)) BETWEEN 1 AND 100),
    recorded_by uuid NOT NULL REFERENCES cs.users (user_id),
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_order_shipments_order ON cs.order_shipments (order_id, recorded_at);
CREATE TRIGGER order_shipments_no_update BEFORE UPDATE ON cs.order_shipments
    FOR EACH ROW EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER order_shipments_no_truncate BEFORE TRUNCATE ON cs.order_shipments
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_refuse_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cs.order_shipments
    FOR EACH ROW EXECUTE FUNCTION cs.tg_audit('shipment_id');

-- The production roles read it with the order's details (as cs.orders); nobody writes it directly.
GRANT SELECT ON cs.order_shipments TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
