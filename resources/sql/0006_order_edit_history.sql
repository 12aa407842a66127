-- 0006: who edited an order (the "orders" issue: a refused save names the person who saved first).
-- Direct edits of the editable order fields (OrderQueries::saveOrder: an UPDATE through the column
-- grants of 0003, checked by cs.tg_orders_direct_update) wrote no order_history entry. A second
-- editor refused with E-STALE could be told what changed but not by whom, and the order's timeline
-- did not show the edit at all. An AFTER UPDATE trigger now adds one 'Edited' entry per changed row:
-- written as the person logged in (session_user's cs.users row, found as 0003's functions find it,
-- through cs.caller_user_id()), its note naming the fields that changed in a fixed order
-- ("customer_name, want_date"). The values themselves are in the audit log (0002), which already
-- keeps every version of the row; the note is for people and for the client to put into words.
--
-- order_history.action is varchar(100) without a CHECK constraint (0001), so 'Edited' needs no change
-- to the table.
--
-- No double entries: the workflow functions of 0003/0004 (transition_order, force_order_status,
-- assign_order, claim_build, regenerate_bom, delete_order, approve_bom, record_print) write their
-- own history entry and change the status, assignee or BOM columns only, never the six editable
-- fields. The trigger fires only for UPDATEs that name one of the six columns, and its WHEN clause
-- only when one of them really changed, so a status change never adds an 'Edited' entry, and an
-- edit that saves the same values (a save without changes) adds nothing either.
--
-- Conventions as 0002-0005: owned by cs_owner, search_path fixed, PUBLIC has nothing.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- SECURITY DEFINER: people have no INSERT on cs.order_history (history is written for them, never
-- by them), as in the workflow functions.
CREATE FUNCTION cs.tg_orders_edit_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    v_me uuid := cs.caller_user_id();
    v_fields text[] := ARRAY[]::text[];
BEGIN
    -- The column names, in the order of the order page's form (the client maps them to words). For
    -- the two optional texts, empty and NULL both mean "none": cs.submit_order keeps the '' it is
    -- sent for "no notes" and a later save writes NULL, which is not a change anybody made.
    IF NEW.customer_name IS DISTINCT FROM OLD.customer_name THEN v_fields := v_fields || 'customer_name'::text; END IF;
    IF nullif(NEW.project_name, '') IS DISTINCT FROM nullif(OLD.project_name, '') THEN
        v_fields := v_fields || 'project_name'::text;
    END IF;
    IF NEW.sales_person IS DISTINCT FROM OLD.sales_person THEN v_fields := v_fields || 'sales_person'::text; END IF;
    IF NEW.want_date IS DISTINCT FROM OLD.want_date THEN v_fields := v_fields || 'want_date'::text; END IF;
    IF NEW.order_language IS DISTINCT FROM OLD.order_language THEN
        v_fields := v_fields || 'order_language'::text;
    END IF;
    IF nullif(NEW.notes, '') IS DISTINCT FROM nullif(OLD.notes, '') THEN v_fields := v_fields || 'notes'::text; END IF;
    IF cardinality(v_fields) = 0 THEN
        RETURN NULL;
    END IF;
    IF v_me IS NULL THEN
        -- Only a superuser without a CleanStation profile gets here (maintenance by hand); people are
        -- stopped before by cs.tg_orders_direct_update (E-NO-PROFILE / E-USER-INACTIVE). There is
        -- nobody to name: the audit log keeps the change with the login that made it.
        RETURN NULL;
    END IF;
    INSERT INTO cs.order_history (order_id, user_id, action, old_status, new_status, notes)
    VALUES (NEW.order_id, v_me, 'Edited', OLD.status, NEW.status, array_to_string(v_fields, ', '));
    RETURN NULL;
END
$$;

CREATE TRIGGER orders_edit_history
    AFTER UPDATE OF customer_name, project_name, sales_person, want_date, order_language, notes ON cs.orders
    FOR EACH ROW
    WHEN (OLD.customer_name IS DISTINCT FROM NEW.customer_name
          OR nullif(OLD.project_name, '') IS DISTINCT FROM nullif(NEW.project_name, '')
          OR OLD.sales_person IS DISTINCT FROM NEW.sales_person OR OLD.want_date IS DISTINCT FROM NEW.want_date
          OR OLD.order_language IS DISTINCT FROM NEW.order_language
          OR nullif(OLD.notes, '') IS DISTINCT FROM nullif(NEW.notes, ''))
    EXECUTE FUNCTION cs.tg_orders_edit_history();

REVOKE ALL ON FUNCTION cs.tg_orders_edit_history() FROM PUBLIC;
