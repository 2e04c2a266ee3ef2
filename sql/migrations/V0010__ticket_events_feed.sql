-- Live updates: every committed change of a ticket is announced on the channel laoke_events
-- (PostgreSQL delivers notifications at commit, to every server listening on the database,
-- so boards connected to different server instances all see it). The payload is what a
-- board needs to decide whether to refetch: no names, no text.
CREATE FUNCTION tickets_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'ticket', 'ticket_id', NEW.id, 'ticket_number', NEW.number, 'branch_id', NEW.branch_id,
        'state', NEW.state, 'assignee_id', coalesce(NEW.assignee_id, 0), 'owner_id', NEW.owner_id,
        'version', NEW.version)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER tickets_announce_change AFTER INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION tickets_announce_change();
