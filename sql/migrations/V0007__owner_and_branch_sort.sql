-- The customer list sorted by owner or by branch shows them in the order of their names
-- (pinyin, like customer names), not of their ids. The names are copied onto each customer
-- so the sort has an index: a trigger fills them when a customer's owner or branch is set,
-- and renaming a user or a branch updates that person's or branch's customers (a rare
-- admin action; for an owner of 50,000 customers it takes seconds).
ALTER TABLE customers
    ADD COLUMN owner_name  text COLLATE "zh-x-icu" NOT NULL DEFAULT '',
    ADD COLUMN branch_name text COLLATE "zh-x-icu" NOT NULL DEFAULT '';

-- SECURITY DEFINER: the names are looked up and copied whoever triggers it, whatever rows
-- row-level security would show them (a rename must reach every customer of that owner).
CREATE FUNCTION customers_copy_sort_names() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.owner_name := coalesce((SELECT display_name FROM users WHERE id = NEW.owner_id), '');
    NEW.branch_name := coalesce((SELECT name FROM branches WHERE id = NEW.branch_id), '');
    RETURN NEW;
END $$;
CREATE TRIGGER customers_copy_sort_names BEFORE INSERT OR UPDATE OF owner_id, branch_id ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_copy_sort_names();

CREATE FUNCTION users_rename_on_customers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE customers SET owner_name = NEW.display_name WHERE owner_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER users_rename_on_customers AFTER UPDATE OF display_name ON users
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name) EXECUTE FUNCTION users_rename_on_customers();

CREATE FUNCTION branches_rename_on_customers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE customers SET branch_name = NEW.name WHERE branch_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER branches_rename_on_customers AFTER UPDATE OF name ON branches
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION branches_rename_on_customers();

UPDATE customers c SET owner_name = coalesce((SELECT display_name FROM users WHERE id = c.owner_id), ''),
                       branch_name = (SELECT name FROM branches WHERE id = c.branch_id);

-- Sort indexes, for all branches and within one branch (the last also serves a plain branch
-- condition, which customers_by_branch_id did).
DROP INDEX customers_by_branch_id;
CREATE INDEX customers_by_owner_name ON customers (owner_name, id);
CREATE INDEX customers_by_branch_name ON customers (branch_name, id);
CREATE INDEX customers_branch_owner_name ON customers (branch_id, owner_name, id);
CREATE INDEX customers_branch_branch_name ON customers (branch_id, branch_name, id);
