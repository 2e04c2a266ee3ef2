-- Duty roster (值班表, issue 4): per branch, per person, per day, who is on hotline duty
-- (热线值班), onsite (外勤), in the office (坐班) or on leave (休假). The dispatch board shows
-- everyone's duty today; the roster page suggests how many people the hotline needs each day
-- (engine/StaffingForecast.h), from the branch's past tickets counted per day.
--
-- Concurrency: a branch's week is saved as a whole at the version read (roster_weeks), so
-- two managers planning the same week cannot silently overwrite each other: the second is
-- told, reloads, and sees the first one's plan. The handler checks who may write; the
-- policies below hold it inside PostgreSQL too.

CREATE FUNCTION laoke_actor_plans_roster(branch bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT laoke_actor_is_admin()
        OR (coalesce(current_setting('laoke.role', true), '') = 'branch_manager' AND branch = laoke_actor_branch())
$$;

-- One row per branch and planned week: its version and who saved it last.
CREATE TABLE roster_weeks (
    branch_id   bigint NOT NULL REFERENCES branches(id),
    week_start  date NOT NULL CHECK (extract(isodow FROM week_start) = 1),  -- a Monday
    version     bigint NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  bigint NOT NULL REFERENCES users(id),
    PRIMARY KEY (branch_id, week_start)
);

-- A day without a row is office (坐班); saving office with no note removes the row.
CREATE TABLE roster_entries (
    branch_id   bigint NOT NULL,
    week_start  date NOT NULL,
    user_id     bigint NOT NULL REFERENCES users(id),
    day         date NOT NULL,
    duty        text NOT NULL CHECK (duty IN ('hotline', 'onsite', 'office', 'leave')),
    note        text NOT NULL DEFAULT '' CHECK (length(note) <= 60),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  bigint NOT NULL REFERENCES users(id),
    PRIMARY KEY (branch_id, user_id, day),
    FOREIGN KEY (branch_id, week_start) REFERENCES roster_weeks (branch_id, week_start),
    CHECK (day >= week_start AND day < week_start + 7)
);
-- A week's plan and the board's "today".
CREATE INDEX roster_entries_by_day ON roster_entries (branch_id, day);

-- The branch's hotline capacity: tickets one person on hotline duty handles in a day.
CREATE TABLE roster_settings (
    branch_id          bigint PRIMARY KEY REFERENCES branches(id),
    tickets_per_person integer NOT NULL DEFAULT 12 CHECK (tickets_per_person BETWEEN 1 AND 200),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         bigint NOT NULL REFERENCES users(id)
);

-- The staffing suggestion counts a branch's tickets opened per day over the past weeks.
CREATE INDEX tickets_by_branch_opened ON tickets (branch_id, opened_at);

ALTER TABLE roster_weeks ENABLE ROW LEVEL SECURITY;
ALTER TABLE roster_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE roster_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY roster_weeks_read ON roster_weeks FOR SELECT
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
CREATE POLICY roster_weeks_insert ON roster_weeks FOR INSERT WITH CHECK (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_weeks_update ON roster_weeks FOR UPDATE
    USING (laoke_actor_plans_roster(branch_id)) WITH CHECK (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_entries_read ON roster_entries FOR SELECT
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
CREATE POLICY roster_entries_insert ON roster_entries FOR INSERT WITH CHECK (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_entries_update ON roster_entries FOR UPDATE
    USING (laoke_actor_plans_roster(branch_id)) WITH CHECK (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_entries_delete ON roster_entries FOR DELETE USING (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_settings_read ON roster_settings FOR SELECT
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
CREATE POLICY roster_settings_insert ON roster_settings FOR INSERT WITH CHECK (laoke_actor_plans_roster(branch_id));
CREATE POLICY roster_settings_update ON roster_settings FOR UPDATE
    USING (laoke_actor_plans_roster(branch_id)) WITH CHECK (laoke_actor_plans_roster(branch_id));
REVOKE DELETE, TRUNCATE ON roster_weeks FROM laoke_app;
REVOKE DELETE, TRUNCATE ON roster_settings FROM laoke_app;
REVOKE TRUNCATE ON roster_entries FROM laoke_app;

-- Every saved week is announced like a ticket change (V0010), so the branch's boards show
-- today's duties and other managers' roster pages learn that their copy is out of date.
CREATE FUNCTION roster_weeks_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('laoke_events', json_build_object(
        'kind', 'roster', 'branch_id', NEW.branch_id, 'version', NEW.version)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER roster_weeks_announce AFTER INSERT OR UPDATE ON roster_weeks
    FOR EACH ROW EXECUTE FUNCTION roster_weeks_announce();
