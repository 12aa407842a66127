-- 48_search_names: cs.order_search_names (the board's distinct customer and project names) shows a
-- person only the names some order carries now (issue 11, class 6). The table keeps names that no
-- order carries any more (a renamed customer, a deleted order), and every role, Service included,
-- could read them all. Only the grants and the policy of that table are here; the table, its trigger
-- and the board's search are the board's area.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- Is the name carried by an order now? Definer: Service has no SELECT on cs.orders.
CREATE OR REPLACE FUNCTION cs.search_name_live(p_kind char, p_name text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cs, pg_temp AS $$
    SELECT CASE p_kind WHEN 'C' THEN EXISTS (SELECT 1 FROM cs.orders o WHERE o.customer_name = p_name)
                       WHEN 'P' THEN EXISTS (SELECT 1 FROM cs.orders o WHERE o.project_name = p_name)
                       ELSE false END
$$;
REVOKE ALL ON FUNCTION cs.search_name_live(char, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.search_name_live(char, text)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

ALTER TABLE cs.order_search_names ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS order_search_names_live ON cs.order_search_names;
CREATE POLICY order_search_names_live ON cs.order_search_names FOR SELECT USING (cs.search_name_live(kind, name));
GRANT SELECT ON cs.order_search_names TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
