-- Onsite appointments (上门预约, issue 4): when remote help is not enough, the branch books an
-- engineer's visit to the customer. The onsite-arrival SLA clock runs from the moment onsite
-- service was asked for (an onsite ticket's opening, else its first appointment) until the
-- first arrival (engine/TicketSla.h).

-- When onsite service was first asked for, for tickets opened on another channel (an onsite
-- ticket's request is its opening). tickets.onsite_appointment_at (V0009) holds the start of
-- the next planned visit, onsite_arrived_at the first arrival.
ALTER TABLE tickets ADD COLUMN onsite_requested_at timestamptz;

CREATE TABLE ticket_appointments (
    id            bigserial PRIMARY KEY,
    ticket_id     bigint NOT NULL REFERENCES tickets(id),
    -- The ticket's branch, for row-level security and the branch's day plan.
    branch_id     bigint NOT NULL REFERENCES branches(id),
    engineer_id   bigint NOT NULL REFERENCES users(id),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    address       text NOT NULL DEFAULT '' CHECK (length(address) <= 200),
    note          text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    state         text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'arrived', 'finished', 'cancelled')),
    arrived_at    timestamptz,
    finished_at   timestamptz,
    cancel_reason text NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 500),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    bigint NOT NULL REFERENCES users(id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    bigint NOT NULL REFERENCES users(id),
    version       bigint NOT NULL DEFAULT 1,
    -- A visit lasts from a quarter of an hour to a working day and a half.
    CHECK (ends_at >= starts_at + interval '15 minutes' AND ends_at <= starts_at + interval '12 hours'),
    CHECK ((state IN ('arrived', 'finished')) = (arrived_at IS NOT NULL)),
    CHECK ((state = 'finished') = (finished_at IS NOT NULL)),
    CHECK ((state = 'cancelled') = (length(btrim(cancel_reason)) > 0))
);
-- An engineer's day (the route, the overlap check) and a ticket's visits.
CREATE INDEX ticket_appointments_by_engineer ON ticket_appointments (engineer_id, starts_at);
CREATE INDEX ticket_appointments_by_ticket ON ticket_appointments (ticket_id, starts_at);
CREATE INDEX ticket_appointments_by_branch ON ticket_appointments (branch_id, starts_at);

ALTER TABLE ticket_appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_appointments_branch ON ticket_appointments
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
REVOKE DELETE ON ticket_appointments FROM laoke_app;

-- The ticket's history shows every booking, move, arrival, finish and cancellation, with the
-- start and the engineer as they were at that moment (assignee_id holds the engineer).
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
    CHECK (kind IN ('opened', 'action', 'note', 'appointment'));
ALTER TABLE ticket_events ADD COLUMN appointment_id bigint REFERENCES ticket_appointments(id);
ALTER TABLE ticket_events ADD COLUMN appointment_change text
    CHECK (appointment_change IN ('scheduled', 'rescheduled', 'arrived', 'finished', 'cancelled'));
ALTER TABLE ticket_events ADD COLUMN appointment_starts_at timestamptz;
ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_appointment_check
    CHECK ((kind = 'appointment') = (appointment_id IS NOT NULL AND appointment_change IS NOT NULL));
