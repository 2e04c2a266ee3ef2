-- Service reports (issue 4): one row per resolved ticket, written in the resolve's own
-- transaction and removed by a reopen (the next resolve writes it again), so the reports add
-- up rows instead of replaying every ticket's clocks. It keeps what the reports group by as it
-- was at the resolution: the engineer who resolved it, the category group, the customer's
-- grade, the priority the SLA applied. The times are business seconds (the service calendar,
-- waiting for the customer left out), counted by engine/TicketSla whether or not the policy
-- sets a target; a *_met column is NULL when the policy set no target for that clock.
CREATE TABLE ticket_resolutions (
    ticket_id           bigint PRIMARY KEY REFERENCES tickets(id),
    branch_id           bigint NOT NULL REFERENCES branches(id),
    resolved_at         timestamptz NOT NULL,
    assignee_id         bigint NOT NULL REFERENCES users(id),
    owner_id            bigint NOT NULL REFERENCES users(id),
    -- The top-level category (月末结账, 凭证 ...); NULL for an uncategorised ticket.
    category_group_id   bigint REFERENCES ticket_categories(id),
    grade               text NOT NULL CHECK (grade IN ('', 'A', 'B', 'C', 'D', 'E')),
    channel             text NOT NULL CHECK (channel IN ('hotline', 'remote', 'onsite', 'wechat', 'walk_in')),
    priority            text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'consult')),
    response_seconds    integer NOT NULL CHECK (response_seconds >= 0),
    resolution_seconds  integer NOT NULL CHECK (resolution_seconds >= 0),
    onsite_seconds      integer CHECK (onsite_seconds >= 0),   -- NULL: no visit was asked for
    response_met        boolean,
    resolution_met      boolean,
    onsite_met          boolean,
    -- Resolved by the person who took the request, never handed on, reopened, or visited.
    first_contact       boolean NOT NULL,
    -- What came after, kept here by the callback and complaint handlers so a report reads
    -- one table: the latest score the callback got, and the complaint cases opened about it.
    satisfaction        smallint CHECK (satisfaction BETWEEN 1 AND 5),
    complaints          integer NOT NULL DEFAULT 0 CHECK (complaints >= 0),
    CHECK (onsite_seconds IS NOT NULL OR onsite_met IS NULL)
);
-- Covering: a branch's period is read from the index alone (a year of a large branch is
-- hundreds of thousands of rows).
CREATE INDEX ticket_resolutions_by_branch ON ticket_resolutions (branch_id, resolved_at)
    INCLUDE (assignee_id, category_group_id, grade, response_seconds, resolution_seconds, response_met,
             resolution_met, onsite_met, first_contact, satisfaction, complaints);
CREATE INDEX ticket_resolutions_by_time ON ticket_resolutions (resolved_at)
    INCLUDE (branch_id, assignee_id, category_group_id, grade, response_seconds, resolution_seconds, response_met,
             resolution_met, onsite_met, first_contact, satisfaction, complaints);

ALTER TABLE ticket_resolutions ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_resolutions_branch ON ticket_resolutions
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());

-- The satisfaction trend and the complaint list read by time within a branch; the reports
-- find a resolved ticket's score and complaints by its id.
CREATE INDEX callbacks_by_ticket ON callbacks (ticket_id);
CREATE INDEX callbacks_rated ON callbacks (branch_id, done_at) WHERE satisfaction IS NOT NULL;
CREATE INDEX complaints_by_opening ON complaints (branch_id, opened_at);
