-- Repeatable file 70_printing: the print log of travelers and labels.
--   * cs.record_print(): numbers and records one print of a build's traveler or labels (the first and
--     every reprint, WORKFLOW.md 5.1) for the roles that may print, with an order history entry.
--   * The grants on cs.print_jobs and the function.
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- Records one print of build p_order_id and returns its number; the caller prints "REPRINT" when
-- reprint is true. Prints of one build and kind are numbered one at a time (advisory lock, the
-- UNIQUE constraint backs it) without locking the order row, so editors are never blocked by a print.
CREATE OR REPLACE FUNCTION cs.record_print(p_order_id uuid, p_kind text, p_size text, p_output text, p_copies integer)
    RETURNS TABLE (print_id uuid, print_number integer, reprint boolean, printed_at timestamptz, order_status cs.order_status_enum)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin', 'ProcurementSpecialist', 'QCPerson',
                                         'Assembler']::cs.user_role_enum[], 'printing travelers and labels');
    o cs.orders;
    v_bom cs.boms;
    v_n integer;
    v_id uuid := gen_random_uuid();
    v_at timestamptz;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('traveler', 'label') THEN
        PERFORM cs.raise_invalid('E-PRINT-KIND', format('unknown print kind "%s" (traveler or label)', p_kind), 'kind');
    END IF;
    IF p_size IS NULL OR p_size NOT IN ('letter', 'a4', '4x6', '4x2', '2x1', 'sheet', 'sheet-a4')
       OR (p_kind = 'traveler') <> (p_size IN ('letter', 'a4')) THEN
        PERFORM cs.raise_invalid('E-PRINT-SIZE', format('size "%s" does not fit a %s', p_size, p_kind), 'size');
    END IF;
    IF p_output IS NULL OR p_output NOT IN ('pdf', 'zpl', 'printer') OR (p_kind = 'traveler' AND p_output = 'zpl') THEN
        PERFORM cs.raise_invalid('E-PRINT-OUTPUT', format('output "%s" does not fit a %s', p_output, p_kind), 'output');
    END IF;
    IF p_copies IS NULL OR p_copies NOT BETWEEN 1 AND 1000 THEN
        PERFORM cs.raise_invalid('E-PRINT-COPIES', 'copies must be between 1 and 1000', 'copies');
    END IF;
    SELECT * INTO o FROM cs.orders WHERE order_id = p_order_id FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'E-ORDER-NOT-FOUND: no order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('cs.print_jobs:' || o.order_id::text || ':' || p_kind, 0));
    SELECT coalesce(max(j.print_number), 0) + 1 INTO v_n FROM cs.print_jobs j
     WHERE j.order_id = o.order_id AND j.kind = p_kind;
    SELECT * INTO v_bom FROM cs.boms WHERE bom_id = o.generated_bom_id;
    INSERT INTO cs.print_jobs (print_id, order_id, kind, size, output, copies, print_number, bom_id, bom_sha256,
                               printed_by)
    VALUES (v_id, o.order_id, p_kind, p_size, p_output, p_copies, v_n,
            CASE WHEN p_kind = 'traveler' THEN v_bom.bom_id END, CASE WHEN p_kind = 'traveler' THEN v_bom.content_sha256 END,
            me.user_id)
    RETURNING cs.print_jobs.printed_at INTO v_at;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (o.order_id, me.user_id,
            CASE WHEN p_kind = 'traveler' THEN 'Traveler' ELSE 'Label' END
                || CASE WHEN v_n > 1 THEN 'Reprinted' ELSE 'Printed' END,
            o.status, o.status,
            format('%s %s, %s, %s cop%s, print %s%s', p_kind, p_size, p_output, p_copies,
                   CASE WHEN p_copies = 1 THEN 'y' ELSE 'ies' END, v_n,
                   CASE WHEN p_kind = 'traveler' THEN format(', BOM version %s', v_bom.version) ELSE '' END));
    RETURN QUERY SELECT v_id, v_n, v_n > 1, v_at, o.status;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.print_jobs TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler;
-- Service may call it too and hears why not (E-ROLE) from cs.require_role, as with transition_order.
GRANT EXECUTE ON FUNCTION cs.record_print(uuid, text, text, text, integer)
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
