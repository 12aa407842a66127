-- Shipping a build (WORKFLOW.md 2.2: ReadyForShip -> Shipped, coordinator or admin, "ship date (carrier and
-- tracking optional)"). cs.transition_order refuses Shipped (E-SHIP-DATE-REQUIRED): the move is made here,
-- in one transaction with the shipment it records (cs.order_shipments, 0017).
--   * who: the roles of the ReadyForShip -> Shipped row of cs.order_transitions (E-ROLE otherwise);
--   * the build is ReadyForShip and the caller read its current row version (E-TRANSITION, E-STALE);
--   * the ship date is given (E-SHIP-DATE-REQUIRED), not after today (E-SHIP-DATE-FUTURE) and not before
--     the day the build last became ReadyForShip (E-SHIP-DATE-EARLY), in the session's time zone;
--   * carrier and tracking are optional, at most 100 characters each (E-SHIP-FIELD-LONG);
--   * who recorded it and when come from the server; the history entry of the move names the date,
--     the carrier and the tracking number.
-- Answers the build's new row version.
CREATE OR REPLACE FUNCTION cs.ship_order(p_order_id uuid, p_ship_date date, p_carrier text, p_tracking text,
                                         p_expected_row_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(enum_range(NULL::cs.user_role_enum), 'shipping a build');
    o cs.orders := cs.lock_order(p_order_id, p_expected_row_version);
    t cs.order_transitions;
    v_carrier text := nullif(btrim(p_carrier), '');
    v_tracking text := nullif(btrim(p_tracking), '');
    v_ready timestamptz;
BEGIN
    SELECT * INTO t FROM cs.order_transitions WHERE from_status = 'ReadyForShip' AND to_status = 'Shipped';
    IF NOT me.role = ANY (t.allowed_roles) THEN
        RAISE EXCEPTION 'E-ROLE: shipping a build is not allowed for role %', me.role
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Allowed roles: %s', array_to_string(t.allowed_roles, ', '));
    END IF;
    IF o.status <> 'ReadyForShip' THEN
        RAISE EXCEPTION 'E-TRANSITION: build % cannot go from % to Shipped', o.build_number, o.status
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_ship_date IS NULL THEN
        RAISE EXCEPTION 'E-SHIP-DATE-REQUIRED: shipping build % needs the ship date', o.build_number
            USING ERRCODE = 'not_null_violation', COLUMN = 'ship_date';
    END IF;
    IF p_ship_date > current_date THEN
        RAISE EXCEPTION 'E-SHIP-DATE-FUTURE: the ship date % of build % is after today (%)', p_ship_date,
            o.build_number, current_date
            USING ERRCODE = 'check_violation', COLUMN = 'ship_date';
    END IF;
    SELECT max(h.created_at) INTO v_ready FROM cs.order_history h
     WHERE h.order_id = o.order_id AND h.new_status = 'ReadyForShip' AND h.old_status IS DISTINCT FROM 'ReadyForShip';
    IF v_ready IS NOT NULL AND p_ship_date < v_ready::date THEN
        RAISE EXCEPTION 'E-SHIP-DATE-EARLY: the ship date % of build % is before it was ready for ship (%)', p_ship_date,
            o.build_number, v_ready::date
            USING ERRCODE = 'check_violation', COLUMN = 'ship_date';
    END IF;
    IF length(v_carrier) > 100 OR length(v_tracking) > 100 THEN
        RAISE EXCEPTION 'E-SHIP-FIELD-LONG: the carrier and the tracking number have at most 100 characters each'
            USING ERRCODE = 'string_data_right_truncation', COLUMN = CASE WHEN length(v_carrier) > 100 THEN 'carrier' ELSE 'tracking' END;
    END IF;
    INSERT INTO cs.order_shipments (order_id, ship_date, carrier, tracking, recorded_by)
    VALUES (o.order_id, p_ship_date, v_carrier, v_tracking, me.user_id);
    RETURN cs.move_order(o, me, 'Shipped',
                         format('Shipped on %s', to_char(p_ship_date, 'YYYY-MM-DD'))
                         || coalesce(', carrier ' || v_carrier, '') || coalesce(', tracking ' || v_tracking, ''));
END
$$;

REVOKE ALL ON FUNCTION cs.ship_order(uuid, date, text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cs.ship_order(uuid, date, text, text, integer) TO cs_coordinator, cs_admin;
