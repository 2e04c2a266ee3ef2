-- SLA warnings and breaches as events (issue 4): when a ticket's clock passes 75% of its
-- target (warning) or all of it (breach), one row here records it, for the screens at once
-- and for the reports later. The server's SLA watch finds them (every server runs one; the
-- unique key lets only the first record each), and the trigger announces each new row on
-- laoke_events like any ticket change.
CREATE TABLE ticket_sla_events (
    id           bigserial PRIMARY KEY,
    ticket_id    bigint NOT NULL REFERENCES tickets(id),
    branch_id    bigint NOT NULL REFERENCES branches(id),
    clock        text NOT NULL CHECK (clock IN ('first_response', 'resolution', 'onsite_arrival')),
    level        text NOT NULL CHECK (level IN ('warning', 'breach')),
    -- A reopened ticket starts a new round of its resolution clock's events.
    round        integer NOT NULL DEFAULT 0 CHECK (round >= 0),
    crossed_at   timestamptz NOT NULL,   -- when the clock passed the line (business time)
    deadline_at  timestamptz,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (ticket_id, clock, level, round)
);
CREATE INDEX ticket_sla_events_by_branch ON ticket_sla_events (branch_id, recorded_at DESC);

ALTER TABLE ticket_sla_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_sla_events_branch ON ticket_sla_events
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
REVOKE UPDATE, DELETE ON ticket_sla_events FROM laoke_app;

CREATE FUNCTION ticket_sla_events_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    t tickets%ROWTYPE;
BEGIN
    SELECT * INTO t FROM tickets WHERE id = NEW.ticket_id;
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'sla', 'ticket_id', t.id, 'ticket_number', t.number, 'branch_id', t.branch_id,
        'state', t.state, 'assignee_id', coalesce(t.assignee_id, 0), 'owner_id', t.owner_id,
        'version', t.version, 'sla_clock', NEW.clock, 'sla_level', NEW.level,
        'deadline_unix', coalesce(extract(epoch FROM NEW.deadline_at)::bigint, 0))::text);
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_sla_events_announce AFTER INSERT ON ticket_sla_events
    FOR EACH ROW EXECUTE FUNCTION ticket_sla_events_announce();
