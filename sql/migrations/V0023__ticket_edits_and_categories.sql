-- Issue 4: an open ticket can be corrected after it is logged (subject, description, contact,
-- installed product and module, category, priority), and administrators edit the category tree.

-- ---------------------------------------------------------------------------------------
-- A correction is a work-log entry of kind 'edited': what changed, from what to what, as
-- handlers/TicketEditHandler wrote it (a JSON array of {field, from, to, from_id, to_id}).
-- ---------------------------------------------------------------------------------------
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
    CHECK (kind IN ('opened', 'action', 'note', 'appointment', 'edited'));
ALTER TABLE ticket_events ADD COLUMN changes jsonb;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_changes_check
    CHECK ((kind = 'edited') = (changes IS NOT NULL AND jsonb_typeof(changes) = 'array'));

-- ---------------------------------------------------------------------------------------
-- The category tree, edited by administrators. A category is never deleted (tickets, articles
-- and report facts point at it): it is retired (archived_at), and no longer offered.
-- ---------------------------------------------------------------------------------------
-- Codes of categories added by administrators: they never type one.
CREATE SEQUENCE ticket_category_code_seq;
ALTER TABLE ticket_categories ADD COLUMN updated_by bigint REFERENCES users(id);
ALTER TABLE ticket_categories ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- Two categories side by side with the same name would be the same choice twice.
CREATE UNIQUE INDEX ticket_categories_sibling_name_zh
    ON ticket_categories (coalesce(parent_id, 0), btrim(name_zh)) WHERE archived_at IS NULL;
CREATE UNIQUE INDEX ticket_categories_sibling_name_en
    ON ticket_categories (coalesce(parent_id, 0), lower(btrim(name_en))) WHERE archived_at IS NULL;

-- Every client holds the tree for the session: tell them all when it changes (branch 0 is
-- everyone's, net/EventFeed).
CREATE FUNCTION ticket_categories_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'categories', 'branch_id', 0, 'version', NEW.version)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_categories_announce AFTER INSERT OR UPDATE ON ticket_categories
    FOR EACH ROW EXECUTE FUNCTION ticket_categories_announce();
