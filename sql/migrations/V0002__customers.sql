-- Customers and everything known about them: contacts, the product catalogue, the installed
-- base, contracts and activities. Branch isolation lives here, in row-level security, so a
-- forgotten check in a handler cannot leak another branch's customers.

-- The server runs every request's transaction as this role (Database sets role per
-- transaction). It owns nothing, so row-level security applies to it; the migrating role
-- (the table owner, often a superuser) keeps full access for migrations and bulk loads.
-- Roles belong to the whole cluster: another Laoke database of the same cluster may be
-- creating it at this very moment, so "already exists" in either form is success.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'laoke_app') THEN
        CREATE ROLE laoke_app NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END;
$$;
GRANT USAGE ON SCHEMA public TO laoke_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO laoke_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO laoke_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO laoke_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO laoke_app;
-- The audit log stays append-only for the application role as well (the trigger also says so).
REVOKE UPDATE, DELETE ON audit_log FROM laoke_app;
-- The server's own login role must be allowed to switch to laoke_app (a superuser always is;
-- on a shared PostgreSQL the DBA may have created the role and granted it beforehand).
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'laoke_app', 'MEMBER') THEN
        EXECUTE format('GRANT laoke_app TO %I', current_user);
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END;
$$;

-- The acting user's settings, as Database::transact writes them. Admins see every branch.
CREATE FUNCTION laoke_actor_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('laoke.role', true), '') = 'admin'
$$;
CREATE FUNCTION laoke_actor_branch() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT nullif(coalesce(current_setting('laoke.branch_id', true), ''), '0')::bigint
$$;

-- ---------------------------------------------------------------------------------------
-- Customers
-- ---------------------------------------------------------------------------------------
CREATE SEQUENCE customer_code_seq;

CREATE TABLE customers (
    id             bigserial PRIMARY KEY,
    code           text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9-]{1,20}$'),
    -- Sorted the way Chinese users expect (pinyin order), not by code point.
    name           text COLLATE "zh-x-icu" NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
    short_name     text NOT NULL DEFAULT '' CHECK (length(short_name) <= 32),
    -- 统一社会信用代码: 18 characters when known.
    credit_code    text NOT NULL DEFAULT '' CHECK (credit_code = '' OR credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    -- GB/T 4754 section letter (门类), '' = not recorded.
    industry       text NOT NULL DEFAULT '' CHECK (industry ~ '^[A-T]?$'),
    size_class     text NOT NULL DEFAULT '' CHECK (size_class IN ('', 'large', 'medium', 'small', 'micro')),
    region         text NOT NULL DEFAULT '' CHECK (region IN ('', 'north', 'northeast', 'east', 'central', 'south', 'southwest', 'northwest')),
    province       text NOT NULL DEFAULT '' CHECK (length(province) <= 16),
    city           text NOT NULL DEFAULT '' CHECK (length(city) <= 32),
    district       text NOT NULL DEFAULT '' CHECK (length(district) <= 32),
    address        text NOT NULL DEFAULT '' CHECK (length(address) <= 200),
    branch_id      bigint NOT NULL REFERENCES branches(id),
    owner_id       bigint REFERENCES users(id),
    -- The IT maturity ladder of domain-research.md §4: 1 手工/Excel ... 6 多组织/集成; 0 = unknown.
    it_maturity    smallint NOT NULL DEFAULT 0 CHECK (it_maturity BETWEEN 0 AND 6),
    source         text NOT NULL DEFAULT '' CHECK (source IN ('', 'vendor_assigned', 'referral', 'self_developed', 'marketing', 'exhibition', 'takeover', 'other')),
    status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'lost')),
    -- Graded by hand today; the scoring engine will compute a grade and keep this as the override.
    manual_grade   text NOT NULL DEFAULT '' CHECK (manual_grade IN ('', 'A', 'B', 'C', 'D', 'E')),
    notes          text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    -- The latest service end date over the customer's installed products (kept by the server
    -- in the same transaction as the products), so the list filters and sorts by service state.
    service_end_on date,
    -- Search: keys (character uni/bigrams, latin bi/trigrams, digit trigrams, pinyin) and the
    -- normalized text they were made from, both computed by the server from the customer and
    -- its contacts. Each key is its 1-3 code points packed 21 bits apiece into a bigint
    -- (server/engine/SearchText.h): the GIN index compares integers, not text.
    search_keys    bigint[] NOT NULL DEFAULT '{}',
    search_text    text NOT NULL DEFAULT '',
    archived_at    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     bigint REFERENCES users(id),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     bigint REFERENCES users(id),
    version        bigint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX customers_credit_code ON customers (credit_code) WHERE credit_code <> '';
CREATE INDEX customers_search ON customers USING gin (search_keys);
-- Keyset paging: every sortable column is paired with id so positions are unique.
CREATE INDEX customers_by_name ON customers (name, id);
CREATE INDEX customers_by_code ON customers (code, id);
CREATE INDEX customers_by_updated ON customers (updated_at, id);
CREATE INDEX customers_by_city ON customers (province, city, id);
CREATE INDEX customers_by_status ON customers (status, id);
CREATE INDEX customers_by_grade ON customers (manual_grade, id);
CREATE INDEX customers_by_industry ON customers (industry, id);
CREATE INDEX customers_by_service_end ON customers ((coalesce(service_end_on, DATE '0001-01-01')), id);
CREATE INDEX customers_by_owner_id ON customers ((coalesce(owner_id, 0)), id);
CREATE INDEX customers_by_branch_id ON customers (branch_id, id);

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY customers_branch ON customers
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());

-- ---------------------------------------------------------------------------------------
-- Contacts
-- ---------------------------------------------------------------------------------------
CREATE TABLE contacts (
    id             bigserial PRIMARY KEY,
    customer_id    bigint NOT NULL REFERENCES customers(id),
    name           text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 32),
    title          text NOT NULL DEFAULT '' CHECK (length(title) <= 32),
    role           text NOT NULL DEFAULT 'business_user' CHECK (role IN ('boss', 'finance_director', 'chief_accountant', 'accountant', 'cashier', 'it', 'business_user')),
    decision_role  text NOT NULL DEFAULT 'user' CHECK (decision_role IN ('decision_maker', 'influencer', 'user')),
    is_key         boolean NOT NULL DEFAULT false,
    mobile         text NOT NULL DEFAULT '' CHECK (mobile = '' OR mobile ~ '^1[3-9][0-9]{9}$'),
    phone          text NOT NULL DEFAULT '' CHECK (phone = '' OR phone ~ '^[0-9][0-9-]{5,19}$'),
    wechat         text NOT NULL DEFAULT '' CHECK (length(wechat) <= 64),
    email          text NOT NULL DEFAULT '' CHECK (email = '' OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    left_on        date,
    notes          text NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    archived_at    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     bigint REFERENCES users(id),
    version        bigint NOT NULL DEFAULT 1
);
CREATE INDEX contacts_customer ON contacts (customer_id);

-- ---------------------------------------------------------------------------------------
-- Events the scoring engine will read (a key contact leaving, ...)
-- ---------------------------------------------------------------------------------------
CREATE TABLE customer_events (
    id             bigserial PRIMARY KEY,
    customer_id    bigint NOT NULL REFERENCES customers(id),
    kind           text NOT NULL CHECK (kind IN ('key_contact_left')),
    occurred_on    date NOT NULL,
    contact_id     bigint REFERENCES contacts(id),
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    bigint REFERENCES users(id),
    details        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX customer_events_customer ON customer_events (customer_id, occurred_on);

-- ---------------------------------------------------------------------------------------
-- Product catalogue (admin-editable, readable by everyone)
-- ---------------------------------------------------------------------------------------
CREATE TABLE product_lines (
    id             bigserial PRIMARY KEY,
    vendor         text NOT NULL CHECK (vendor IN ('yonyou', 'chanjet', 'kingdee')),
    code           text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_-]{2,32}$'),
    name           text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 64),
    deployment     text NOT NULL DEFAULT 'on_premise' CHECK (deployment IN ('on_premise', 'saas')),
    archived_at    timestamptz,
    version        bigint NOT NULL DEFAULT 1
);

CREATE TABLE product_versions (
    id                    bigserial PRIMARY KEY,
    product_line_id       bigint NOT NULL REFERENCES product_lines(id),
    name                  text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 32),
    released_on           date NOT NULL,
    limited_support_from  date NOT NULL,
    support_stopped_from  date NOT NULL,
    end_of_life_from      date NOT NULL,
    archived_at           timestamptz,
    version               bigint NOT NULL DEFAULT 1,
    UNIQUE (product_line_id, name),
    CONSTRAINT product_versions_dates_in_order CHECK (
        released_on <= limited_support_from AND limited_support_from <= support_stopped_from
        AND support_stopped_from <= end_of_life_from)
);

CREATE TABLE product_modules (
    id                bigserial PRIMARY KEY,
    product_line_id   bigint NOT NULL REFERENCES product_lines(id),
    name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 32),
    sort_order        integer NOT NULL DEFAULT 0,
    archived_at       timestamptz,
    UNIQUE (product_line_id, name)
);

-- ---------------------------------------------------------------------------------------
-- Installed base
-- ---------------------------------------------------------------------------------------
CREATE TABLE installed_products (
    id                  bigserial PRIMARY KEY,
    customer_id         bigint NOT NULL REFERENCES customers(id),
    product_version_id  bigint NOT NULL REFERENCES product_versions(id),
    seats               integer NOT NULL DEFAULT 1 CHECK (seats BETWEEN 0 AND 100000),
    licence_type        text NOT NULL CHECK (licence_type IN ('dongle', 'online', 'offline', 'saas')),
    go_live_on          date,
    service_end_on      date,
    server_notes        text NOT NULL DEFAULT '' CHECK (length(server_notes) <= 1000),
    archived_at         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          bigint REFERENCES users(id),
    version             bigint NOT NULL DEFAULT 1
);
CREATE INDEX installed_products_customer ON installed_products (customer_id);
CREATE INDEX installed_products_service_end ON installed_products (service_end_on) WHERE archived_at IS NULL;

CREATE TABLE installed_product_modules (
    installed_product_id  bigint NOT NULL REFERENCES installed_products(id) ON DELETE CASCADE,
    module_id             bigint NOT NULL REFERENCES product_modules(id),
    PRIMARY KEY (installed_product_id, module_id)
);

-- A module must belong to the installed version's product line.
CREATE FUNCTION installed_module_matches_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM installed_products ip
        JOIN product_versions pv ON pv.id = ip.product_version_id
        JOIN product_modules pm ON pm.product_line_id = pv.product_line_id
        WHERE ip.id = NEW.installed_product_id AND pm.id = NEW.module_id) THEN
        RAISE EXCEPTION 'module % does not belong to the product line of installed product %',
            NEW.module_id, NEW.installed_product_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER installed_product_modules_line BEFORE INSERT OR UPDATE ON installed_product_modules
    FOR EACH ROW EXECUTE FUNCTION installed_module_matches_line();

-- ---------------------------------------------------------------------------------------
-- Contracts
-- ---------------------------------------------------------------------------------------
CREATE TABLE contracts (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES customers(id),
    kind            text NOT NULL CHECK (kind IN ('licence', 'annual_service', 'implementation', 'customisation', 'upgrade', 'training', 'saas_subscription')),
    number          text NOT NULL UNIQUE CHECK (length(btrim(number)) BETWEEN 1 AND 40),
    amount_fen      bigint NOT NULL CHECK (amount_fen >= 0),
    signed_on       date,
    starts_on       date,
    ends_on         date,
    payment_status  text NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partially_paid', 'paid')),
    owner_id        bigint REFERENCES users(id),
    notes           text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    archived_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      bigint REFERENCES users(id),
    version         bigint NOT NULL DEFAULT 1,
    CONSTRAINT contracts_dates_in_order CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);
CREATE INDEX contracts_customer ON contracts (customer_id);
CREATE INDEX contracts_ends ON contracts (ends_on) WHERE archived_at IS NULL;

CREATE TABLE contract_products (
    contract_id           bigint NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    installed_product_id  bigint NOT NULL REFERENCES installed_products(id),
    PRIMARY KEY (contract_id, installed_product_id)
);
CREATE INDEX contract_products_installed ON contract_products (installed_product_id);

-- A contract covers only its own customer's installed products.
CREATE FUNCTION contract_product_same_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM contracts c JOIN installed_products ip ON ip.customer_id = c.customer_id
        WHERE c.id = NEW.contract_id AND ip.id = NEW.installed_product_id) THEN
        RAISE EXCEPTION 'installed product % belongs to another customer than contract %',
            NEW.installed_product_id, NEW.contract_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER contract_products_same_customer BEFORE INSERT OR UPDATE ON contract_products
    FOR EACH ROW EXECUTE FUNCTION contract_product_same_customer();

-- ---------------------------------------------------------------------------------------
-- Activities
-- ---------------------------------------------------------------------------------------
CREATE TABLE activities (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES customers(id),
    contact_id      bigint REFERENCES contacts(id),
    kind            text NOT NULL CHECK (kind IN ('visit', 'call', 'wechat', 'training', 'free_inspection', 'greeting', 'upgrade_notice')),
    occurred_at     timestamptz NOT NULL,
    by_user_id      bigint NOT NULL REFERENCES users(id),
    summary         text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 2000),
    next_step       text NOT NULL DEFAULT '' CHECK (length(next_step) <= 500),
    next_step_on    date,
    archived_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 1
);
CREATE INDEX activities_customer ON activities (customer_id, occurred_at DESC);
CREATE INDEX activities_next_step ON activities (by_user_id, next_step_on) WHERE next_step_on IS NOT NULL;

-- Contact and activity contact must belong to the same customer.
CREATE FUNCTION activity_contact_same_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.contact_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM contacts WHERE id = NEW.contact_id AND customer_id = NEW.customer_id) THEN
        RAISE EXCEPTION 'contact % belongs to another customer', NEW.contact_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER activities_contact_same_customer BEFORE INSERT OR UPDATE ON activities
    FOR EACH ROW EXECUTE FUNCTION activity_contact_same_customer();

-- Child rows follow their customer's visibility: the customers policy applies inside the
-- sub-select, so a row is visible exactly when its customer is.
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_branch ON contacts
    USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id));
ALTER TABLE customer_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY customer_events_branch ON customer_events
    USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id));
ALTER TABLE installed_products ENABLE ROW LEVEL SECURITY;
CREATE POLICY installed_products_branch ON installed_products
    USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id));
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contracts_branch ON contracts
    USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id));
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
CREATE POLICY activities_branch ON activities
    USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id));

-- Link tables follow the row they hang from.
ALTER TABLE installed_product_modules ENABLE ROW LEVEL SECURITY;
CREATE POLICY installed_product_modules_branch ON installed_product_modules
    USING (EXISTS (SELECT 1 FROM installed_products ip WHERE ip.id = installed_product_id))
    WITH CHECK (EXISTS (SELECT 1 FROM installed_products ip WHERE ip.id = installed_product_id));
ALTER TABLE contract_products ENABLE ROW LEVEL SECURITY;
CREATE POLICY contract_products_branch ON contract_products
    USING (EXISTS (SELECT 1 FROM contracts c WHERE c.id = contract_id))
    WITH CHECK (EXISTS (SELECT 1 FROM contracts c WHERE c.id = contract_id));

-- The catalogue is read by everyone and changed by admins only.
ALTER TABLE product_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_lines_read ON product_lines FOR SELECT USING (true);
CREATE POLICY product_lines_admin ON product_lines FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
ALTER TABLE product_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_versions_read ON product_versions FOR SELECT USING (true);
CREATE POLICY product_versions_admin ON product_versions FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
ALTER TABLE product_modules ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_modules_read ON product_modules FOR SELECT USING (true);
CREATE POLICY product_modules_admin ON product_modules FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());

-- ---------------------------------------------------------------------------------------
-- Import staging: the rows of one import, sent in chunks, applied in one transaction.
-- ---------------------------------------------------------------------------------------
CREATE TABLE import_staging (
    import_id    text NOT NULL CHECK (length(import_id) BETWEEN 8 AND 64),
    user_id      bigint NOT NULL REFERENCES users(id),
    row_number   integer NOT NULL,
    payload      bytea NOT NULL,           -- a serialized protocol ImportRow
    staged_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_staging_age ON import_staging (staged_at);
ALTER TABLE import_staging ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_staging_own ON import_staging
    USING (user_id = nullif(coalesce(current_setting('laoke.user_id', true), ''), '')::bigint)
    WITH CHECK (user_id = nullif(coalesce(current_setting('laoke.user_id', true), ''), '')::bigint);
