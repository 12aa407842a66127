-- 0001: roles, schema `cs`, every table, enum, constraint and index of the seed design plus what
-- the design needs (purchase orders, BOM lines as rows, row versions, catalog revision, document
-- bytes, settings). Security (grants, functions) is in 0003, audit and signatures in 0002.
--
-- Runs as a superuser (the migrator), one transaction. Objects are created under
-- `SET LOCAL ROLE cs_owner` so the NOLOGIN schema owner owns them, not the person who migrated.
--
-- Deviations from the seed design ("SEED:" comments mark each one and say why).

-- ---------------------------------------------------------------------------------------------
-- Roles are cluster-wide: create them idempotently. Several databases of one cluster may be
-- migrated at the same moment (tests), so serialize on pg_authid while creating them.
-- ---------------------------------------------------------------------------------------------
DO $roles$
DECLARE
    r text;
    wanted text[] := ARRAY['cs_coordinator', 'cs_admin', 'cs_procurement', 'cs_qc', 'cs_assembler',
                           'cs_service'];
BEGIN
    IF (SELECT count(*) FROM pg_roles WHERE rolname = ANY (wanted || 'cs_owner'::text)) < 7
       OR NOT pg_has_role('cs_owner', 'pg_read_all_stats', 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      JOIN pg_roles o ON o.oid = m.member
                      WHERE o.rolname = 'cs_owner' AND g.rolname = 'cs_service' AND m.admin_option) THEN
        LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cs_owner') THEN
            -- Owns every object of schema cs and the SECURITY DEFINER functions; CREATEROLE so
            -- cs.create_user can create login roles. Nobody logs in as it.
            CREATE ROLE cs_owner NOLOGIN CREATEROLE;
        END IF;
        -- Signing functions read backend_start of the caller's own connection in pg_stat_activity,
        -- which PostgreSQL shows to other roles (the function owner) only with pg_read_all_stats.
        IF NOT pg_has_role('cs_owner', 'pg_read_all_stats', 'MEMBER') THEN
            GRANT pg_read_all_stats TO cs_owner;
        END IF;
        FOREACH r IN ARRAY wanted LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            END IF;
            -- ADMIN OPTION lets cs_owner grant and revoke membership (needed from PostgreSQL 16 on).
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                           JOIN pg_roles o ON o.oid = m.member
                           WHERE o.rolname = 'cs_owner' AND g.rolname = r AND m.admin_option) THEN
                EXECUTE format('GRANT %I TO cs_owner WITH ADMIN OPTION', r);
            END IF;
        END LOOP;
    END IF;
END
$roles$;

-- The database: only the app's groups (and the owner) may connect.
DO $db$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cs_owner, cs_coordinator, cs_admin, cs_procurement, '
                   'cs_qc, cs_assembler, cs_service', current_database());
END
$db$;

ALTER SCHEMA cs OWNER TO cs_owner;          -- created by the migrator for schema_migrations
ALTER TABLE cs.schema_migrations OWNER TO cs_owner;
REVOKE ALL ON SCHEMA cs FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;    -- `public` is not used by the application

-- pg_trgm (trusted) for the order search indexes. Lives in cs so no other schema is needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA cs;
-- Its functions (similarity, ...) for the app's groups only, not PUBLIC.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cs FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA cs
    TO cs_coordinator, cs_admin, cs_procurement, cs_qc, cs_assembler, cs_service;

SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- No object of cs is usable by PUBLIC unless granted explicitly (0003 grants to the groups).
ALTER DEFAULT PRIVILEGES FOR ROLE cs_owner REVOKE ALL ON TABLES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cs_owner REVOKE ALL ON SEQUENCES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cs_owner REVOKE ALL ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cs_owner REVOKE ALL ON TYPES FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Enums
-- ---------------------------------------------------------------------------------------------
CREATE TYPE cs.user_role_enum AS ENUM ('ProductionCoordinator', 'Admin', 'ProcurementSpecialist',
                                       'QCPerson', 'Assembler', 'ServiceDepartment');
CREATE TYPE cs.part_type_enum AS ENUM ('COMPONENT', 'MATERIAL');
CREATE TYPE cs.part_status_enum AS ENUM ('ACTIVE', 'INACTIVE', 'DISCONTINUED');
CREATE TYPE cs.assembly_type_enum AS ENUM ('SIMPLE', 'COMPLEX', 'SERVICE_PART', 'KIT');
CREATE TYPE cs.assembly_status_enum AS ENUM ('ACTIVE', 'INACTIVE', 'DISCONTINUED');
-- SEED: the seed's nine statuses plus the five exception states of WORKFLOW.md 2.1, in flow order.
CREATE TYPE cs.order_status_enum AS ENUM (
    'OrderCreated', 'PartsSent', 'ReadyForPreQC', 'PreQCRejected', 'ReworkPreQC',
    'ReadyForProduction', 'OnHoldParts', 'TestingComplete', 'PackagingComplete', 'ReadyForFinalQC',
    'FinalQCRejected', 'ReworkFinalQC', 'ReadyForShip', 'Shipped');
-- SEED: the seed used 'SP' for Spanish. CONFIGURATION.md section 3 decides EN, FR, ES (the old code's
-- code and the ISO 639-1 code); the manual kit id suffix (-SP-KIT) is a catalog matter, not this enum.
CREATE TYPE cs.language_enum AS ENUM ('EN', 'FR', 'ES');
CREATE TYPE cs.sink_family_enum AS ENUM ('MDRD', 'Endoscope', 'InstroSink');
CREATE TYPE cs.qc_form_type_enum AS ENUM ('PreQC', 'FinalQC', 'InProcessAssembly');
CREATE TYPE cs.qc_status_enum AS ENUM ('Pass', 'Fail', 'Incomplete', 'InProgress');
CREATE TYPE cs.test_status_enum AS ENUM ('Pass', 'Fail', 'Incomplete');
-- SEED: WORKFLOW.md 6 has PENDING_APPROVAL, APPROVED/REJECTED, ORDERED, RECEIVED; the seed's
-- 'Fulfilled' is 'Received'. 'Ordered' was missing.
CREATE TYPE cs.service_order_status_enum AS ENUM ('Pending', 'Approved', 'Rejected', 'Ordered', 'Received');

-- ---------------------------------------------------------------------------------------------
-- Generic triggers
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION cs.tg_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Optimistic concurrency: every UPDATE of an editable row bumps row_version (and updated_at).
-- Writers compare the version they read with the current one (functions take expected_row_version).
CREATE FUNCTION cs.tg_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Settings (small key/value table read by the functions; Admin may change them)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.app_settings (
    key varchar(63) PRIMARY KEY,
    value text NOT NULL,
    description text
);
INSERT INTO cs.app_settings (key, value, description) VALUES
    ('signature_max_age_seconds', '120',
     'A signing call must run on a connection opened (password re-typed) at most this many seconds ago'),
    ('document_max_bytes', '26214400', 'Largest document stored in order_documents (informative; the CHECK is 25 MB)');

-- ---------------------------------------------------------------------------------------------
-- Users
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.users (
    user_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- SEED: varchar(50) -> varchar(63): the username IS the PostgreSQL login role name (NAMEDATALEN-1).
    username varchar(63) NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9_]{2,62}$'),
    -- SEED: email was NOT NULL UNIQUE; shop-floor assemblers often have no e-mail. Unique when given.
    email varchar(255),
    -- SEED: no password_hash column. PostgreSQL holds the SCRAM verifier of the login role; a second
    -- copy in a table would be readable by anyone with SELECT and could drift from the real one.
    full_name varchar(255) NOT NULL CHECK (length(btrim(full_name)) >= 1),
    -- SEED: initials were nullable; every sign-off needs them. Unique among active users (index).
    initials varchar(10) NOT NULL CHECK (initials ~ '^[A-Za-z]{1,10}$'),
    role cs.user_role_enum NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    last_login timestamptz
);
CREATE UNIQUE INDEX users_email_key ON cs.users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_active_initials_key ON cs.users (upper(initials)) WHERE is_active;
CREATE TRIGGER users_row_version BEFORE UPDATE ON cs.users
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

-- SEED: expires_at was NOT NULL. A desktop session has no known expiry (idle lock is client side,
-- the PostgreSQL connection is the real session), so it is nullable; started_at/ended_at and the last
-- lock/unlock event are what the tracking needs. ip_address comes from inet_client_addr().
CREATE TABLE cs.user_sessions (
    session_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES cs.users (user_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz,
    ip_address inet,
    user_agent text,                       -- client name and version
    host_name text,
    backend_pid integer,
    last_event varchar(20) NOT NULL DEFAULT 'login'
        CHECK (last_event IN ('login', 'lock', 'unlock', 'logout')),
    last_event_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz
);
CREATE INDEX idx_user_sessions_user ON cs.user_sessions (user_id);
CREATE INDEX idx_user_sessions_expires ON cs.user_sessions (expires_at);

-- ---------------------------------------------------------------------------------------------
-- Catalog (exactly as docs/contracts.md)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.categories (
    category_id varchar(10) PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER categories_updated_at BEFORE UPDATE ON cs.categories
    FOR EACH ROW EXECUTE FUNCTION cs.tg_touch_updated_at();

CREATE TABLE cs.subcategories (
    subcategory_id varchar(20) PRIMARY KEY,
    parent_category_id varchar(10) NOT NULL REFERENCES cs.categories (category_id),
    name varchar(255) NOT NULL,
    description text,
    assembly_refs text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER subcategories_updated_at BEFORE UPDATE ON cs.subcategories
    FOR EACH ROW EXECUTE FUNCTION cs.tg_touch_updated_at();

CREATE TABLE cs.parts (
    part_id varchar(50) PRIMARY KEY,
    name varchar(255) NOT NULL,
    manufacturer_part_number varchar(100),
    manufacturer_info varchar(255),
    type cs.part_type_enum NOT NULL,
    -- SEED: status had a default but allowed NULL; NOT NULL here.
    status cs.part_status_enum NOT NULL DEFAULT 'ACTIVE',
    photo_url text,
    technical_drawing_url text,
    description text,
    attributes jsonb NOT NULL DEFAULT '{}',
    is_custom boolean NOT NULL DEFAULT false,   -- 720.215.xxx generated parts (CONFIGURATION.md 9.12)
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER parts_row_version BEFORE UPDATE ON cs.parts
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

CREATE TABLE cs.work_instructions (
    instruction_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title varchar(255) NOT NULL,
    associated_assembly_id varchar(50),        -- FK added below (assemblies references this table)
    steps jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1,
    is_active boolean NOT NULL DEFAULT true,
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER work_instructions_row_version BEFORE UPDATE ON cs.work_instructions
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

CREATE TABLE cs.assemblies (
    assembly_id varchar(50) PRIMARY KEY,
    name varchar(255) NOT NULL,
    type cs.assembly_type_enum NOT NULL,
    category_code varchar(10) REFERENCES cs.categories (category_id),
    subcategory_code varchar(20) REFERENCES cs.subcategories (subcategory_id),
    -- SEED: can_order / is_kit / status had defaults but allowed NULL; NOT NULL (contract).
    can_order boolean NOT NULL DEFAULT false,
    is_kit boolean NOT NULL DEFAULT false,
    status cs.assembly_status_enum NOT NULL DEFAULT 'ACTIVE',
    photo_url text,
    technical_drawing_url text,
    qr_data text,
    kit_components jsonb,
    work_instruction_id uuid CONSTRAINT fk_work_instruction REFERENCES cs.work_instructions (instruction_id),
    description text,
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER assemblies_row_version BEFORE UPDATE ON cs.assemblies
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();
ALTER TABLE cs.work_instructions ADD CONSTRAINT work_instructions_assembly_fkey
    FOREIGN KEY (associated_assembly_id) REFERENCES cs.assemblies (assembly_id);

CREATE TABLE cs.assembly_components (
    component_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- SEED: no ON DELETE rule; a component line has no meaning without its parent: CASCADE.
    parent_assembly_id varchar(50) NOT NULL REFERENCES cs.assemblies (assembly_id) ON DELETE CASCADE,
    child_part_id varchar(50) CONSTRAINT fk_child_part REFERENCES cs.parts (part_id),
    child_assembly_id varchar(50) CONSTRAINT fk_child_assembly REFERENCES cs.assemblies (assembly_id),
    quantity integer NOT NULL CONSTRAINT check_positive_quantity CHECK (quantity > 0),
    notes text,
    is_optional boolean NOT NULL DEFAULT false,
    -- SEED: no position: the customer's component order was lost on every read.
    position integer NOT NULL CHECK (position >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT check_child_reference CHECK (
        (child_part_id IS NOT NULL AND child_assembly_id IS NULL) OR
        (child_part_id IS NULL AND child_assembly_id IS NOT NULL)),
    UNIQUE (parent_assembly_id, position)
);
CREATE INDEX idx_assembly_components_parent ON cs.assembly_components (parent_assembly_id);
CREATE INDEX idx_assembly_components_child_part ON cs.assembly_components (child_part_id);
CREATE INDEX idx_assembly_components_child_assembly ON cs.assembly_components (child_assembly_id);

-- Catalog revision: bumps once per transaction that changes any of the five catalog tables.
CREATE TABLE cs.catalog_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    revision bigint NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO cs.catalog_state (singleton, revision) VALUES (true, 0);

CREATE FUNCTION cs.catalog_revision() RETURNS bigint LANGUAGE sql STABLE
    SET search_path = cs, pg_temp AS $$ SELECT revision FROM cs.catalog_state $$;

-- SECURITY DEFINER: Admins change the catalog but have no UPDATE on catalog_state. The marker is a
-- transaction-local setting holding the transaction id, so one import bumps the revision once.
CREATE FUNCTION cs.tg_bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = cs, pg_temp AS $$
BEGIN
    IF coalesce(current_setting('cs.catalog_bumped_in', true), '') <> txid_current()::text THEN
        UPDATE cs.catalog_state SET revision = revision + 1, changed_at = now();
        PERFORM set_config('cs.catalog_bumped_in', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER categories_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cs.categories
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_bump_catalog_revision();
CREATE TRIGGER subcategories_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cs.subcategories
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_bump_catalog_revision();
CREATE TRIGGER parts_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cs.parts
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_bump_catalog_revision();
CREATE TRIGGER assemblies_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cs.assemblies
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_bump_catalog_revision();
CREATE TRIGGER assembly_components_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cs.assembly_components
    FOR EACH STATEMENT EXECUTE FUNCTION cs.tg_bump_catalog_revision();

-- ---------------------------------------------------------------------------------------------
-- Orders
-- ---------------------------------------------------------------------------------------------
-- SEED: the seed keyed orders by UNIQUE(po_number, build_number) with one row per build, which
-- cannot say "a PO is used by one order only" (CONFIGURATION.md 3, E-PO-UNIQUE) while that order has
-- several builds. A purchase_orders parent row holds the PO once (unique, trimmed and
-- case-insensitive); each build row references it. orders.po_number stays (seed, search, reports)
-- and is kept equal to the parent's by the composite foreign key.
CREATE TABLE cs.purchase_orders (
    po_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    po_number varchar(100) NOT NULL CHECK (length(btrim(po_number)) >= 3),
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (po_id, po_number)
);
CREATE UNIQUE INDEX purchase_orders_po_number_key ON cs.purchase_orders (upper(btrim(po_number)));

CREATE TABLE cs.orders (
    order_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    po_id uuid NOT NULL,
    po_number varchar(100) NOT NULL,
    -- SEED: build numbers are unique across all orders, case-insensitively (CONFIGURATION.md 4
    -- decision: the build number is the sink's identifier); letters, digits and '-' only.
    build_number varchar(100) NOT NULL CHECK (build_number ~ '^[A-Za-z0-9-]{3,100}$'),
    customer_name varchar(255) NOT NULL CHECK (length(btrim(customer_name)) >= 3),
    project_name varchar(255) CHECK (project_name IS NULL OR length(btrim(project_name)) >= 3),
    sales_person varchar(255) NOT NULL CHECK (length(btrim(sales_person)) >= 3),
    -- SEED: CHECK (want_date >= CURRENT_DATE) made every later UPDATE of an order (and every
    -- restore of a dump) fail once the date had passed, and CURRENT_DATE is not immutable. The rule
    -- "strictly after the entry date" is checked when the order is submitted (cs.submit_order) and
    -- when the date is edited (trigger below).
    want_date date NOT NULL,
    order_language cs.language_enum NOT NULL DEFAULT 'EN',
    notes text,

    sink_family cs.sink_family_enum NOT NULL,
    sink_model varchar(50),
    sink_dimensions jsonb,
    legs_type varchar(100),
    legs_model varchar(100),
    feet_type varchar(100),
    has_pegboard boolean NOT NULL DEFAULT false,
    pegboard_color varchar(50),
    pegboard_type varchar(50),
    pegboard_size jsonb,
    workflow_direction varchar(50),
    basin_configurations jsonb,
    faucet_configurations jsonb,
    sprayer_configurations jsonb,
    selected_accessories jsonb,
    -- The build's neutral configuration (CONFIGURATION.md 12, builds[].config), verbatim; the seed
    -- columns above are derived from it at submission for queries and reports.
    config jsonb NOT NULL,

    status cs.order_status_enum NOT NULL DEFAULT 'OrderCreated',
    current_assignee uuid REFERENCES cs.users (user_id),
    generated_bom_id uuid,                     -- the current BOM version; FK added after boms
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (po_id, po_number) REFERENCES cs.purchase_orders (po_id, po_number) ON UPDATE CASCADE,
    UNIQUE (po_number, build_number)
);
CREATE UNIQUE INDEX orders_build_number_key ON cs.orders (upper(build_number));
CREATE INDEX idx_orders_status ON cs.orders (status);
CREATE INDEX idx_orders_po_number ON cs.orders (po_number);
CREATE INDEX idx_orders_po_id ON cs.orders (po_id);
CREATE INDEX idx_orders_created_at ON cs.orders (created_at);
CREATE INDEX idx_orders_assignee ON cs.orders (current_assignee);
CREATE INDEX idx_orders_basin_configs ON cs.orders USING gin (basin_configurations);
CREATE INDEX idx_orders_faucet_configs ON cs.orders USING gin (faucet_configurations);
-- Order search (substring, case-insensitive: ILIKE '%x%').
CREATE INDEX idx_orders_po_trgm ON cs.orders USING gin (po_number cs.gin_trgm_ops);
CREATE INDEX idx_orders_build_trgm ON cs.orders USING gin (build_number cs.gin_trgm_ops);
CREATE INDEX idx_orders_customer_trgm ON cs.orders USING gin (customer_name cs.gin_trgm_ops);
CREATE INDEX idx_orders_project_trgm ON cs.orders USING gin (project_name cs.gin_trgm_ops);
CREATE TRIGGER orders_row_version BEFORE UPDATE ON cs.orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

CREATE TABLE cs.order_history (
    history_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES cs.users (user_id),
    action varchar(100) NOT NULL,
    old_status cs.order_status_enum,
    new_status cs.order_status_enum,
    notes text,
    forced boolean NOT NULL DEFAULT false,     -- Admin "force status" (WORKFLOW.md 2.2)
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_order_history_order ON cs.order_history (order_id);
CREATE INDEX idx_order_history_timestamp ON cs.order_history (created_at);

-- SEED: file_url was NOT NULL (a file server). Documents are stored in the database (no file server
-- to run, back up and secure separately): content bytea up to 25 MB with its SHA-256 computed by
-- the server. file_url remains for links; one of the two is required. file_size is derived.
CREATE TABLE cs.order_documents (
    document_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    filename varchar(255) NOT NULL CHECK (length(btrim(filename)) >= 1),
    file_url text,
    file_type varchar(50),
    content bytea CHECK (content IS NULL OR octet_length(content) <= 26214400),
    content_sha256 char(64) GENERATED ALWAYS AS (encode(sha256(content), 'hex')) STORED,
    file_size integer GENERATED ALWAYS AS (octet_length(content)) STORED,
    uploaded_by uuid NOT NULL REFERENCES cs.users (user_id),
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    document_type varchar(50),
    CHECK (content IS NOT NULL OR file_url IS NOT NULL)
);
CREATE INDEX idx_order_documents_order ON cs.order_documents (order_id);

-- ---------------------------------------------------------------------------------------------
-- BOMs
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.boms (
    bom_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- SEED: no ON DELETE rule on order_id (an order could not be deleted); CASCADE with the order.
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    generated_at timestamptz NOT NULL DEFAULT now(),
    generated_by uuid NOT NULL REFERENCES cs.users (user_id),
    -- SEED: free varchar status; constrained to the three values the seed listed.
    status varchar(50) NOT NULL DEFAULT 'Generated' CHECK (status IN ('Generated', 'Approved', 'Rejected')),
    approved_by uuid REFERENCES cs.users (user_id),
    approved_at timestamptz,
    bom_items jsonb NOT NULL,                  -- the frozen {top, tree, flat} object as submitted
    total_unique_parts integer,
    total_assemblies integer,
    -- SEED: version had a default but no uniqueness; regeneration inserts version n+1.
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- SHA-256 (hex) of bom_items::text (jsonb's canonical text), computed by the server; the value
    -- a BOM approval signs.
    content_sha256 char(64) NOT NULL,
    catalog_revision bigint NOT NULL,          -- the catalog the BOM was generated from
    UNIQUE (order_id, version)
);
CREATE INDEX idx_boms_items ON cs.boms USING gin (bom_items);
-- Deferred: cs.submit_order inserts the order with its BOM id before the BOM row itself.
ALTER TABLE cs.orders ADD CONSTRAINT fk_generated_bom FOREIGN KEY (generated_bom_id) REFERENCES cs.boms (bom_id)
    DEFERRABLE INITIALLY DEFERRED;

-- BOM lines as rows: the explosion tree of CONFIGURATION.md 9.14. Depth-0 rows are the top-level
-- lines and carry the rule and the configuration answer that produced them. item_id has no foreign
-- key on purpose: a frozen BOM must survive later catalog edits (9.14).
CREATE TABLE cs.bom_items (
    bom_id uuid NOT NULL REFERENCES cs.boms (bom_id) ON DELETE CASCADE,
    line_no integer NOT NULL CHECK (line_no >= 0),     -- index in the tree (pre-order)
    parent_line_no integer,
    item_id varchar(50) NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),    -- per parent
    extended_quantity integer NOT NULL CHECK (extended_quantity > 0),  -- per build
    depth smallint NOT NULL CHECK (depth BETWEEN 0 AND 10),
    rule text,
    answer text,
    note text,
    PRIMARY KEY (bom_id, line_no),
    FOREIGN KEY (bom_id, parent_line_no) REFERENCES cs.bom_items (bom_id, line_no) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((depth = 0) = (parent_line_no IS NULL))
);
CREATE INDEX idx_bom_items_item ON cs.bom_items (item_id);

CREATE TABLE cs.bom_approvals (
    approval_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bom_id uuid NOT NULL REFERENCES cs.boms (bom_id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES cs.users (user_id),
    action varchar(50) NOT NULL CHECK (action IN ('Approved', 'Rejected', 'Modified')),
    notes text,
    signature_id uuid,                         -- FK added in 0002
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_bom_approvals_bom ON cs.bom_approvals (bom_id);

-- ---------------------------------------------------------------------------------------------
-- QC, work instructions, tasks, testing
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.qc_form_templates (
    template_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    form_name varchar(255) NOT NULL,
    form_type cs.qc_form_type_enum NOT NULL,
    version integer NOT NULL DEFAULT 1,
    is_active boolean NOT NULL DEFAULT true,
    checklist_items jsonb NOT NULL,
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_name, version)
);
CREATE TRIGGER qc_form_templates_row_version BEFORE UPDATE ON cs.qc_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

CREATE TABLE cs.qc_results (
    result_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    build_number varchar(100),
    template_id uuid NOT NULL REFERENCES cs.qc_form_templates (template_id),
    qc_type cs.qc_form_type_enum NOT NULL,
    performed_by uuid NOT NULL REFERENCES cs.users (user_id),
    job_id varchar(100),
    number_of_basins integer,
    overall_status cs.qc_status_enum NOT NULL,
    item_results jsonb NOT NULL,
    -- SEED: digital_signature was free text ("initials + timestamp"); it now names a signatures row
    -- (who, printed name, initials, meaning, server time, SHA-256 of the content). Kept as the
    -- readable "initials timestamp" text for printing.
    digital_signature text,
    signature_id uuid,                         -- FK added in 0002
    content_sha256 char(64),
    performed_at timestamptz NOT NULL DEFAULT now(),
    notes text
);
CREATE INDEX idx_qc_results_order ON cs.qc_results (order_id);
CREATE INDEX idx_qc_results_performer ON cs.qc_results (performed_by);
CREATE INDEX idx_qc_results_items ON cs.qc_results USING gin (item_results);

CREATE TABLE cs.tools (
    tool_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    description text,
    image_url text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cs.task_lists (
    task_list_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    assembly_type varchar(100),
    tasks jsonb NOT NULL,
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cs.task_completions (
    completion_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_list_id uuid NOT NULL REFERENCES cs.task_lists (task_list_id),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    task_sequence integer NOT NULL,
    completed_by uuid NOT NULL REFERENCES cs.users (user_id),
    completed_at timestamptz NOT NULL DEFAULT now(),
    notes text,
    UNIQUE (task_list_id, order_id, task_sequence)
);
CREATE INDEX idx_task_completions_order ON cs.task_completions (order_id);

CREATE TABLE cs.testing_form_templates (
    template_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    form_name varchar(255) NOT NULL,
    test_type varchar(100) NOT NULL,
    version integer NOT NULL DEFAULT 1,
    is_active boolean NOT NULL DEFAULT true,
    test_items jsonb NOT NULL,
    created_by uuid NOT NULL REFERENCES cs.users (user_id),
    row_version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_name, version)
);
CREATE TRIGGER testing_form_templates_row_version BEFORE UPDATE ON cs.testing_form_templates
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();

CREATE TABLE cs.testing_results (
    result_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id uuid NOT NULL REFERENCES cs.orders (order_id) ON DELETE CASCADE,
    build_number varchar(100),
    template_id uuid NOT NULL REFERENCES cs.testing_form_templates (template_id),
    performed_by uuid NOT NULL REFERENCES cs.users (user_id),
    overall_status cs.test_status_enum NOT NULL,
    test_results jsonb NOT NULL,
    signature_id uuid,                         -- FK added in 0002
    content_sha256 char(64),
    performed_at timestamptz NOT NULL DEFAULT now(),
    notes text
);
CREATE INDEX idx_testing_results_order ON cs.testing_results (order_id);

-- ---------------------------------------------------------------------------------------------
-- Service orders
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cs.service_orders (
    service_order_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by uuid NOT NULL REFERENCES cs.users (user_id),
    request_timestamp timestamptz NOT NULL DEFAULT now(),
    status cs.service_order_status_enum NOT NULL DEFAULT 'Pending',
    items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
    processed_by uuid REFERENCES cs.users (user_id),
    processed_timestamp timestamptz,
    processing_notes text,
    row_version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_service_orders_requested_by ON cs.service_orders (requested_by);
CREATE TRIGGER service_orders_row_version BEFORE UPDATE ON cs.service_orders
    FOR EACH ROW EXECUTE FUNCTION cs.tg_bump_row_version();
