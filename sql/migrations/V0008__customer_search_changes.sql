-- The server keeps every customer's search text in memory (server/engine/CustomerTextIndex,
-- kept up to date by server/db/CustomerSearchIndex). Before each search it asks this log
-- which customers changed since it last looked: a trigger writes a row in the transaction
-- that changes a customer's name, search text, branch or archived state, stamped with that
-- transaction's id, so the server can take exactly the changes that committed between its
-- last look and now (pg_visible_in_snapshot against the snapshot of its last look).
-- A row without a customer means "many customers changed at once, read them all again"
-- (the demo loader writes one after a bulk load, which runs with triggers off).
CREATE TABLE customer_search_changes (
    xid         xid8        NOT NULL DEFAULT pg_current_xact_id(),
    customer_id bigint,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_search_changes_by_xid ON customer_search_changes (xid);
CREATE INDEX customer_search_changes_by_time ON customer_search_changes (changed_at);
-- Only the trigger (SECURITY DEFINER) and the server's own role touch the log.
REVOKE ALL ON customer_search_changes FROM laoke_app;

CREATE FUNCTION customers_log_search_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO customer_search_changes (customer_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END $$;
CREATE TRIGGER customers_log_search_insert_delete AFTER INSERT OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_log_search_change();
CREATE TRIGGER customers_log_search_update AFTER UPDATE OF name, search_text, branch_id, archived_at ON customers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.search_text IS DISTINCT FROM NEW.search_text
                       OR OLD.branch_id IS DISTINCT FROM NEW.branch_id OR OLD.archived_at IS DISTINCT FROM NEW.archived_at)
    EXECUTE FUNCTION customers_log_search_change();
