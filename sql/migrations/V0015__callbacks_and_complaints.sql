-- Callbacks and complaints (回访 / 投诉, issue 4). When a ticket is resolved, the desk calls the
-- customer back: every ticket of an A or B customer, and a sample of the others (the share an
-- administrator sets here). The callback's outcome is recorded attempt by attempt; a reached
-- customer's satisfaction (1-5) closes the ticket, and a low score or a complaint opens a
-- complaint case for the branch managers, with its own service level (measured in business
-- time when read, engine/SlaClock, like a ticket's clocks).
--
-- Who may do what (the handlers say so first, with clear errors; the policies hold it inside
-- PostgreSQL too): everyone of the ticket's branch (and admins) reads its callbacks and
-- complaints; engineers, branch managers and admins record callbacks (account managers read
-- only: they do not run the service desk's survey); complaints are opened from a callback by
-- whoever records it, and by hand, handled and resolved by branch managers and admins.

CREATE FUNCTION laoke_actor_serves() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('laoke.role', true), '') IN ('admin', 'branch_manager', 'engineer')
$$;
CREATE FUNCTION laoke_actor_manages() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('laoke.role', true), '') IN ('admin', 'branch_manager')
$$;

-- One row: the share of tickets of customers graded C, D, E or not at all that get a callback.
CREATE TABLE callback_settings (
    id             boolean PRIMARY KEY DEFAULT true CHECK (id),
    sample_percent integer NOT NULL DEFAULT 20 CHECK (sample_percent BETWEEN 0 AND 100),
    version        bigint NOT NULL DEFAULT 1,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     bigint REFERENCES users(id)
);
INSERT INTO callback_settings DEFAULT VALUES;

-- One callback task per resolution of a ticket. Pending until the customer is reached or
-- refuses; a reopen cancels the pending one (the next resolution makes a new one).
CREATE TABLE callbacks (
    id              bigserial PRIMARY KEY,
    ticket_id       bigint NOT NULL REFERENCES tickets(id),
    branch_id       bigint NOT NULL REFERENCES branches(id),
    -- Why it was made: the customer's grade (A/B: always) or the sample.
    reason          text NOT NULL CHECK (reason IN ('grade', 'sample')),
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'cancelled')),
    -- The resolution it asks about (the queue is oldest resolution first).
    resolved_at     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_attempt_at timestamptz,
    last_outcome    text CHECK (last_outcome IN ('reached', 'no_answer', 'wrong_number', 'refused')),
    satisfaction    smallint CHECK (satisfaction BETWEEN 1 AND 5),
    comment         text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
    complaint       boolean NOT NULL DEFAULT false,
    done_at         timestamptz,
    done_by         bigint REFERENCES users(id),
    version         bigint NOT NULL DEFAULT 1,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      bigint REFERENCES users(id),
    CHECK ((state = 'done') = (done_at IS NOT NULL)),
    CHECK (state <> 'done' OR last_outcome IN ('reached', 'refused')),
    CHECK ((last_outcome = 'reached') = (satisfaction IS NOT NULL)),
    CHECK ((attempts = 0) = (last_attempt_at IS NULL))
);
CREATE UNIQUE INDEX callbacks_one_pending ON callbacks (ticket_id) WHERE state = 'pending';
CREATE INDEX callbacks_queue ON callbacks (branch_id, resolved_at, id) WHERE state = 'pending';

-- Every call made, for the record and the reports (satisfaction trend).
CREATE TABLE callback_attempts (
    id           bigserial PRIMARY KEY,
    callback_id  bigint NOT NULL REFERENCES callbacks(id),
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint NOT NULL REFERENCES users(id),
    outcome      text NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'wrong_number', 'refused')),
    satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
    comment      text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
    complaint    boolean NOT NULL DEFAULT false,
    CHECK ((outcome = 'reached') = (satisfaction IS NOT NULL))
);
CREATE INDEX callback_attempts_by_callback ON callback_attempts (callback_id, at, id);

-- A complaint case: from a callback (satisfaction 2 or less, or the customer complained) or
-- opened by hand by a manager. open → handling (a manager took it: the first response) →
-- resolved (with the resolution written down).
CREATE TABLE complaints (
    id            bigserial PRIMARY KEY,
    ticket_id     bigint NOT NULL REFERENCES tickets(id),
    branch_id     bigint NOT NULL REFERENCES branches(id),
    callback_id   bigint REFERENCES callbacks(id),
    source        text NOT NULL CHECK (source IN ('callback', 'manual')),
    state         text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'handling', 'resolved')),
    -- What the customer is unhappy about; a callback's low score may speak for itself.
    summary       text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
    satisfaction  smallint CHECK (satisfaction BETWEEN 1 AND 5),
    opened_at     timestamptz NOT NULL DEFAULT now(),
    opened_by     bigint NOT NULL REFERENCES users(id),
    handler_id    bigint REFERENCES users(id),
    handling_at   timestamptz,
    resolved_at   timestamptz,
    resolution    text NOT NULL DEFAULT '' CHECK (length(resolution) <= 2000),
    version       bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    bigint REFERENCES users(id),
    CHECK ((state = 'open') = (handling_at IS NULL)),
    CHECK ((state = 'resolved') = (resolved_at IS NOT NULL)),
    CHECK (state <> 'resolved' OR length(btrim(resolution)) > 0),
    CHECK ((source = 'callback') = (callback_id IS NOT NULL)),
    CHECK (source = 'callback' OR length(btrim(summary)) > 0)
);
CREATE INDEX complaints_by_branch ON complaints (branch_id, state, opened_at DESC);
CREATE INDEX complaints_by_ticket ON complaints (ticket_id);

CREATE TABLE complaint_events (
    id           bigserial PRIMARY KEY,
    complaint_id bigint NOT NULL REFERENCES complaints(id),
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint NOT NULL REFERENCES users(id),
    action       text NOT NULL CHECK (action IN ('open', 'handle', 'resolve')),
    from_state   text,
    to_state     text NOT NULL,
    note         text NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
);
CREATE INDEX complaint_events_by_complaint ON complaint_events (complaint_id, at, id);

ALTER TABLE callback_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY callback_settings_read ON callback_settings FOR SELECT USING (true);
CREATE POLICY callback_settings_admin ON callback_settings FOR UPDATE USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
REVOKE INSERT, DELETE ON callback_settings FROM laoke_app;

ALTER TABLE callbacks ENABLE ROW LEVEL SECURITY;
CREATE POLICY callbacks_read ON callbacks FOR SELECT
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
-- Made by the resolve action, which anyone who may resolve a ticket takes (the assignee).
CREATE POLICY callbacks_insert ON callbacks FOR INSERT
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
-- Recorded by the service side; the reopen that cancels one may come from anyone of the branch.
CREATE POLICY callbacks_update ON callbacks FOR UPDATE
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK ((laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
                AND (laoke_actor_serves() OR state = 'cancelled'));
REVOKE DELETE ON callbacks FROM laoke_app;

ALTER TABLE callback_attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY callback_attempts_read ON callback_attempts FOR SELECT
    USING (EXISTS (SELECT 1 FROM callbacks c WHERE c.id = callback_id));
CREATE POLICY callback_attempts_insert ON callback_attempts FOR INSERT
    WITH CHECK (laoke_actor_serves() AND EXISTS (SELECT 1 FROM callbacks c WHERE c.id = callback_id));
REVOKE UPDATE, DELETE ON callback_attempts FROM laoke_app;

ALTER TABLE complaints ENABLE ROW LEVEL SECURITY;
CREATE POLICY complaints_read ON complaints FOR SELECT
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
CREATE POLICY complaints_insert ON complaints FOR INSERT
    WITH CHECK ((laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
                AND (laoke_actor_manages() OR (source = 'callback' AND laoke_actor_serves())));
CREATE POLICY complaints_update ON complaints FOR UPDATE
    USING (laoke_actor_manages() AND (laoke_actor_is_admin() OR branch_id = laoke_actor_branch()))
    WITH CHECK (laoke_actor_manages() AND (laoke_actor_is_admin() OR branch_id = laoke_actor_branch()));
REVOKE DELETE ON complaints FROM laoke_app;

ALTER TABLE complaint_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY complaint_events_read ON complaint_events FOR SELECT
    USING (EXISTS (SELECT 1 FROM complaints c WHERE c.id = complaint_id));
CREATE POLICY complaint_events_insert ON complaint_events FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM complaints c WHERE c.id = complaint_id));
REVOKE UPDATE, DELETE ON complaint_events FROM laoke_app;

-- Live updates: a callback recorded (the queues of the branch refetch) and a complaint opened
-- or changed (the branch managers are alerted at once), announced like ticket changes (V0010).
CREATE FUNCTION callbacks_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    t tickets%ROWTYPE;
BEGIN
    SELECT * INTO t FROM tickets WHERE id = NEW.ticket_id;
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'callback', 'ticket_id', t.id, 'ticket_number', t.number, 'branch_id', NEW.branch_id,
        'state', t.state, 'assignee_id', coalesce(t.assignee_id, 0), 'owner_id', t.owner_id,
        'version', t.version, 'callback_id', NEW.id, 'callback_state', NEW.state)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER callbacks_announce AFTER INSERT OR UPDATE ON callbacks
    FOR EACH ROW EXECUTE FUNCTION callbacks_announce();

CREATE FUNCTION complaints_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    t tickets%ROWTYPE;
BEGIN
    SELECT * INTO t FROM tickets WHERE id = NEW.ticket_id;
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'complaint', 'ticket_id', t.id, 'ticket_number', t.number, 'branch_id', NEW.branch_id,
        'state', t.state, 'assignee_id', coalesce(t.assignee_id, 0), 'owner_id', t.owner_id,
        'version', t.version, 'complaint_id', NEW.id, 'complaint_state', NEW.state)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER complaints_announce AFTER INSERT OR UPDATE ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaints_announce();
