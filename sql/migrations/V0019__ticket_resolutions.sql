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
CREATE INDEX ticket_resolutions_by_branch ON ticket_resolutions (branch_id, resolved_at);

ALTER TABLE ticket_resolutions ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_resolutions_branch ON ticket_resolutions
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());

-- A resolution's score and complaints are found by the ticket; the complaint list reads by
-- time within a branch.
CREATE INDEX callbacks_by_ticket ON callbacks (ticket_id);
CREATE INDEX complaints_by_opening ON complaints (branch_id, opened_at);

-- ---------------------------------------------------------------------------------------
-- The facts added up per branch, China day and report dimension, kept by a trigger in the
-- same transaction as every change of a fact (resolve, reopen, score, complaint), so a year's
-- report of a large branch reads a few thousand rows instead of hundreds of thousands of
-- tickets. dimension 'total' is the branch's whole day; 'engineer' and 'category' are keyed
-- by key_id (the user, the category group, 0 for uncategorised), 'grade' by grade.
-- The time buckets' upper bounds are laoke_report_bounds(); the last bucket is open-ended.
-- ---------------------------------------------------------------------------------------
CREATE FUNCTION laoke_report_bounds(clock text) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE clock
        -- a hotline answers within minutes, a dispatched ticket within hours
        WHEN 'first_response' THEN ARRAY[900, 1800, 3600, 7200, 14400, 28800, 57600]
        -- resolution in hours and working days of 8 hours
        WHEN 'resolution' THEN ARRAY[3600, 14400, 28800, 57600, 86400, 144000]
    END
$$;
-- The quick-service lines the reports count against: answered within 30 minutes, resolved
-- within 16 working hours (two working days). Both are bucket bounds above.
CREATE FUNCTION laoke_report_quick(clock text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE clock WHEN 'first_response' THEN 1800 WHEN 'resolution' THEN 57600 END
$$;

CREATE TABLE ticket_resolution_days (
    branch_id           bigint NOT NULL REFERENCES branches(id),
    day                 date NOT NULL,
    dimension           text NOT NULL CHECK (dimension IN ('total', 'engineer', 'category', 'grade')),
    key_id              bigint NOT NULL DEFAULT 0,
    grade               text NOT NULL DEFAULT '',
    resolved            integer NOT NULL DEFAULT 0,
    with_targets        integer NOT NULL DEFAULT 0,
    all_met             integer NOT NULL DEFAULT 0,
    response_targets    integer NOT NULL DEFAULT 0,
    response_met        integer NOT NULL DEFAULT 0,
    resolution_targets  integer NOT NULL DEFAULT 0,
    resolution_met      integer NOT NULL DEFAULT 0,
    onsite_targets      integer NOT NULL DEFAULT 0,
    onsite_met          integer NOT NULL DEFAULT 0,
    first_contact       integer NOT NULL DEFAULT 0,
    quick_responses     integer NOT NULL DEFAULT 0,
    quick_resolutions   integer NOT NULL DEFAULT 0,
    complaints          integer NOT NULL DEFAULT 0,
    -- How many tickets got each score 1..5, and how many fell in each time bucket.
    scores              integer[] NOT NULL DEFAULT '{0,0,0,0,0}',
    response_buckets    integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0}',
    resolution_buckets  integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0}',
    PRIMARY KEY (branch_id, day, dimension, key_id, grade)
);
-- Every branch's days for an administrator's all-branch report.
CREATE INDEX ticket_resolution_days_by_day ON ticket_resolution_days (day, dimension);

ALTER TABLE ticket_resolution_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_resolution_days_branch ON ticket_resolution_days
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());

-- a + b element by element (both the same length).
CREATE FUNCTION laoke_add_counts(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i)
$$;
-- `size` zeros with `sign` at 0-based position `at` (none when at is NULL).
CREATE FUNCTION laoke_count_at(size integer, at integer, sign integer) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(CASE WHEN i - 1 = at THEN sign ELSE 0 END ORDER BY i) FROM generate_series(1, size) AS i
$$;

-- Adds one fact (sign 1) to, or takes it (sign -1) from, its branch-day's four rows.
CREATE FUNCTION ticket_resolution_days_add(r ticket_resolutions, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    -- Named apart from the table's columns, which PL/pgSQL would confuse them with.
    v_targeted boolean := r.response_met IS NOT NULL OR r.resolution_met IS NOT NULL OR r.onsite_met IS NOT NULL;
    v_all_met boolean := coalesce(r.response_met, true) AND coalesce(r.resolution_met, true) AND coalesce(r.onsite_met, true);
    v_day date := (r.resolved_at AT TIME ZONE 'Asia/Shanghai')::date;
    v_scores integer[] := laoke_count_at(5, r.satisfaction - 1, sign);
    v_responses integer[] := laoke_count_at(8, width_bucket(r.response_seconds, laoke_report_bounds('first_response')), sign);
    v_resolutions integer[] := laoke_count_at(7, width_bucket(r.resolution_seconds, laoke_report_bounds('resolution')), sign);
BEGIN
    INSERT INTO ticket_resolution_days AS d (branch_id, day, dimension, key_id, grade, resolved, with_targets, all_met,
        response_targets, response_met, resolution_targets, resolution_met, onsite_targets, onsite_met, first_contact,
        quick_responses, quick_resolutions, complaints, scores, response_buckets, resolution_buckets)
    SELECT r.branch_id, v_day, k.dimension, k.key_id, k.grade, sign,
        sign * v_targeted::integer, sign * (v_targeted AND v_all_met)::integer,
        sign * (r.response_met IS NOT NULL)::integer, sign * coalesce(r.response_met, false)::integer,
        sign * (r.resolution_met IS NOT NULL)::integer, sign * coalesce(r.resolution_met, false)::integer,
        sign * (r.onsite_met IS NOT NULL)::integer, sign * coalesce(r.onsite_met, false)::integer,
        sign * r.first_contact::integer,
        sign * (r.response_seconds <= laoke_report_quick('first_response'))::integer,
        sign * (r.resolution_seconds <= laoke_report_quick('resolution'))::integer,
        sign * r.complaints, v_scores, v_responses, v_resolutions
    FROM (VALUES ('total', 0::bigint, ''), ('engineer', r.assignee_id, ''),
                 ('category', coalesce(r.category_group_id, 0), ''), ('grade', 0::bigint, r.grade)) AS k(dimension, key_id, grade)
    ON CONFLICT ON CONSTRAINT ticket_resolution_days_pkey DO UPDATE SET
        resolved = d.resolved + EXCLUDED.resolved,
        with_targets = d.with_targets + EXCLUDED.with_targets,
        all_met = d.all_met + EXCLUDED.all_met,
        response_targets = d.response_targets + EXCLUDED.response_targets,
        response_met = d.response_met + EXCLUDED.response_met,
        resolution_targets = d.resolution_targets + EXCLUDED.resolution_targets,
        resolution_met = d.resolution_met + EXCLUDED.resolution_met,
        onsite_targets = d.onsite_targets + EXCLUDED.onsite_targets,
        onsite_met = d.onsite_met + EXCLUDED.onsite_met,
        first_contact = d.first_contact + EXCLUDED.first_contact,
        quick_responses = d.quick_responses + EXCLUDED.quick_responses,
        quick_resolutions = d.quick_resolutions + EXCLUDED.quick_resolutions,
        complaints = d.complaints + EXCLUDED.complaints,
        scores = laoke_add_counts(d.scores, EXCLUDED.scores),
        response_buckets = laoke_add_counts(d.response_buckets, EXCLUDED.response_buckets),
        resolution_buckets = laoke_add_counts(d.resolution_buckets, EXCLUDED.resolution_buckets);
END $$;

CREATE FUNCTION ticket_resolutions_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM ticket_resolution_days_add(OLD, -1); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM ticket_resolution_days_add(NEW, 1); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_resolutions_roll_up AFTER INSERT OR UPDATE OR DELETE ON ticket_resolutions
    FOR EACH ROW EXECUTE FUNCTION ticket_resolutions_roll_up();

-- The whole rollup again from the facts, in one set-based statement: for bulk loads (the demo
-- data), which disable the trigger while they write facts and call this once at the end.
CREATE FUNCTION ticket_resolution_days_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM ticket_resolution_days;
    INSERT INTO ticket_resolution_days (branch_id, day, dimension, key_id, grade, resolved, with_targets, all_met,
        response_targets, response_met, resolution_targets, resolution_met, onsite_targets, onsite_met, first_contact,
        quick_responses, quick_resolutions, complaints, scores, response_buckets, resolution_buckets)
    SELECT f.branch_id, f.day, k.dimension, k.key_id, k.grade, count(*),
        count(*) FILTER (WHERE f.targeted), count(*) FILTER (WHERE f.targeted AND f.within_all),
        count(f.response_met), count(*) FILTER (WHERE f.response_met),
        count(f.resolution_met), count(*) FILTER (WHERE f.resolution_met),
        count(f.onsite_met), count(*) FILTER (WHERE f.onsite_met),
        count(*) FILTER (WHERE f.first_contact),
        count(*) FILTER (WHERE f.response_seconds <= laoke_report_quick('first_response')),
        count(*) FILTER (WHERE f.resolution_seconds <= laoke_report_quick('resolution')),
        sum(f.complaints),
        ARRAY[count(*) FILTER (WHERE f.satisfaction = 1), count(*) FILTER (WHERE f.satisfaction = 2),
              count(*) FILTER (WHERE f.satisfaction = 3), count(*) FILTER (WHERE f.satisfaction = 4),
              count(*) FILTER (WHERE f.satisfaction = 5)]::integer[],
        ARRAY[count(*) FILTER (WHERE f.rb = 0), count(*) FILTER (WHERE f.rb = 1), count(*) FILTER (WHERE f.rb = 2),
              count(*) FILTER (WHERE f.rb = 3), count(*) FILTER (WHERE f.rb = 4), count(*) FILTER (WHERE f.rb = 5),
              count(*) FILTER (WHERE f.rb = 6), count(*) FILTER (WHERE f.rb = 7)]::integer[],
        ARRAY[count(*) FILTER (WHERE f.sb = 0), count(*) FILTER (WHERE f.sb = 1), count(*) FILTER (WHERE f.sb = 2),
              count(*) FILTER (WHERE f.sb = 3), count(*) FILTER (WHERE f.sb = 4), count(*) FILTER (WHERE f.sb = 5),
              count(*) FILTER (WHERE f.sb = 6)]::integer[]
    FROM (SELECT r.*, (r.resolved_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                 (r.response_met IS NOT NULL OR r.resolution_met IS NOT NULL OR r.onsite_met IS NOT NULL) AS targeted,
                 (coalesce(r.response_met, true) AND coalesce(r.resolution_met, true) AND coalesce(r.onsite_met, true))
                     AS within_all,
                 width_bucket(r.response_seconds, laoke_report_bounds('first_response')) AS rb,
                 width_bucket(r.resolution_seconds, laoke_report_bounds('resolution')) AS sb
          FROM ticket_resolutions r) f
    CROSS JOIN LATERAL (VALUES ('total', 0::bigint, ''), ('engineer', f.assignee_id, ''),
                               ('category', coalesce(f.category_group_id, 0), ''), ('grade', 0::bigint, f.grade))
        AS k(dimension, key_id, grade)
    GROUP BY f.branch_id, f.day, k.dimension, k.key_id, k.grade;
$$;
