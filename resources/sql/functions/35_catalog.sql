-- Repeatable file 35_catalog: the catalog (categories, subcategories, parts, assemblies and their
-- components), its revision, the custom parts of configured builds, and the shop's reference data
-- (work instructions, tools).
--   * cs.catalog_revision() and the statement trigger function that bumps it once per transaction
--     that changes any of the five catalog tables (a BOM names the revision it was generated from).
--   * cs.ensure_custom_part(): the 720.215 custom basins and pegboards a configuration may need.
--   * The grants: everyone reads the catalog; Admin writes it (cleanstation-admin import-catalog).
-- Conventions: see 10_common.sql.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Catalog revision
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.catalog_revision() RETURNS bigint LANGUAGE sql STABLE
    SET search_path = cs, pg_temp AS $$ SELECT revision FROM cs.catalog_state $$;

-- SECURITY DEFINER: Admins change the catalog but have no UPDATE on catalog_state. The row remembers
-- the transaction that bumped it last (catalog_state.bumped_xid, 0011), so one import bumps the revision
-- once; it used to be a setting, which the importing session could set itself and so skip the bump.
CREATE OR REPLACE FUNCTION cs.tg_bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    -- Once per transaction: the row says which transaction bumped it last (a setting would be the
    -- caller's to set, and an import could then skip the bump).
    -- A transaction that holds the row (a custom part created, then left open) is waited for at most the
    -- lock timeout, and ended when it is stale (cs.end_stale_transactions).
    BEGIN
        UPDATE cs.catalog_state SET revision = revision + 1, changed_at = now(), bumped_xid = txid_current()
         WHERE bumped_xid IS DISTINCT FROM txid_current();
    EXCEPTION WHEN lock_not_available THEN
        IF cs.end_stale_transactions(true) = 0 THEN
            RAISE EXCEPTION 'E-BUSY: someone is changing the catalog right now; try again in a moment'
                USING ERRCODE = 'lock_not_available';
        END IF;
        UPDATE cs.catalog_state SET revision = revision + 1, changed_at = now(), bumped_xid = txid_current()
         WHERE bumped_xid IS DISTINCT FROM txid_current();
    END;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Custom parts (CONFIGURATION.md 9.12)
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cs.ensure_custom_part(p_part_id text, p_name text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = cs, pg_temp AS $$
DECLARE
    me cs.users := cs.require_role(ARRAY['ProductionCoordinator', 'Admin']::cs.user_role_enum[], 'creating a custom part');
    v_custom boolean;
BEGIN
    IF p_part_id IS NULL OR p_part_id !~ '^T2-ADW-(BASIN-[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?|PB-[0-9]+(\.[0-9])?X[0-9]+(\.[0-9])?)$' THEN
        RAISE EXCEPTION 'E-CUSTOM-ID: "%" is not a custom basin (T2-ADW-BASIN-WxLxD) or pegboard (T2-ADW-PB-WxL) id', p_part_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM cs.assemblies WHERE assembly_id = p_part_id) THEN
        RAISE EXCEPTION 'E-CUSTOM-ID-TAKEN: % is a standard catalog assembly', p_part_id USING ERRCODE = 'unique_violation';
    END IF;
    SELECT is_custom INTO v_custom FROM cs.parts WHERE part_id = p_part_id;
    IF FOUND THEN
        IF NOT v_custom THEN
            RAISE EXCEPTION 'E-CUSTOM-ID-TAKEN: % is a standard catalog part', p_part_id USING ERRCODE = 'unique_violation';
        END IF;
        RETURN false;
    END IF;
    IF coalesce(length(btrim(p_name)), 0) < 3 THEN
        RAISE EXCEPTION 'E-CUSTOM-NAME: a custom part needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO cs.parts (part_id, name, type, is_custom, description)
    VALUES (p_part_id, left(btrim(p_name), 255), 'COMPONENT', true, 'Custom part (720.215) created by ' || me.full_name);
    RETURN true;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
GRANT SELECT ON cs.categories, cs.subcategories, cs.parts, cs.assemblies, cs.assembly_components,
                cs.catalog_state, cs.work_instructions, cs.tools
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
-- (work instructions and tools through the functions of 68_work_instructions.sql)
GRANT INSERT, UPDATE, DELETE ON cs.categories, cs.subcategories, cs.parts, cs.assemblies, cs.assembly_components
    TO cs_admin;

GRANT EXECUTE ON FUNCTION cs.catalog_revision()
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;
GRANT EXECUTE ON FUNCTION cs.ensure_custom_part(text, text) TO cs_coordinator, cs_admin;
