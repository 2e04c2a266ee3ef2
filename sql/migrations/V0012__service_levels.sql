-- Service levels an administrator keeps (issue 4): the desk's working hours and coverage, the
-- accounting close periods that raise a ticket's priority, the SLA targets by customer grade
-- and priority, and the working calendar per year (public holidays and 调休 make-up working
-- days). engine/WorkCalendar, SlaPolicy and ClosePeriods check the values; the database
-- keeps each one sane on its own. The server fills the tables on first start from the
-- shipped defaults (engine/SlaPolicy defaultSlaPolicy, engine/ChinaHolidays), so the data
-- has one source.

-- One row. `version` counts every change of any of these tables (a calendar year's save
-- bumps it too), so a server knows with one read whether what it holds is current.
CREATE TABLE service_settings (
    id                   boolean PRIMARY KEY DEFAULT true CHECK (id),
    -- "09:00-12:00,13:00-18:00": the working periods of a working day, China time.
    working_periods      text NOT NULL CHECK (working_periods ~ '^([0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])(,[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]){0,5}$'),
    coverage             text NOT NULL CHECK (coverage IN ('workdays', 'every_day')),
    close_raise_priority boolean NOT NULL,
    month_end_last_days  integer NOT NULL CHECK (month_end_last_days BETWEEN 0 AND 10),
    month_start_days     integer NOT NULL CHECK (month_start_days BETWEEN 0 AND 10),
    year_end_from        text NOT NULL CHECK (year_end_from ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    year_end_to          text NOT NULL CHECK (year_end_to ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    version              bigint NOT NULL DEFAULT 1,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           bigint REFERENCES users(id)
);

-- Targets in business minutes; NULL: the policy sets no target for that clock.
CREATE TABLE sla_rules (
    grade                  text NOT NULL CHECK (grade IN ('', 'A', 'B', 'C', 'D', 'E')),
    priority               text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'consult')),
    first_response_minutes integer CHECK (first_response_minutes > 0 AND first_response_minutes <= 60 * 24 * 60),
    onsite_arrival_minutes integer CHECK (onsite_arrival_minutes > 0 AND onsite_arrival_minutes <= 60 * 24 * 60),
    resolution_minutes     integer CHECK (resolution_minutes > 0 AND resolution_minutes <= 60 * 24 * 60),
    PRIMARY KEY (grade, priority)
);

CREATE TABLE calendar_years (
    year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    version    bigint NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by bigint REFERENCES users(id)
);
CREATE TABLE calendar_days (
    year integer NOT NULL REFERENCES calendar_years(year) ON DELETE CASCADE,
    day  date NOT NULL PRIMARY KEY CHECK (extract(year FROM day) = year),
    kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
    -- A make-up working day is a Saturday or Sunday (ISO day of week 6 or 7).
    CHECK (kind = 'holiday' OR extract(isodow FROM day) IN (6, 7)),
    name text NOT NULL DEFAULT '' CHECK (length(name) <= 32)
);
CREATE INDEX calendar_days_by_year ON calendar_days (year, day);

-- Everyone reads (the clocks and the screens need them); administrators change them.
ALTER TABLE service_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY service_settings_read ON service_settings FOR SELECT USING (true);
CREATE POLICY service_settings_admin ON service_settings FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
ALTER TABLE sla_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY sla_rules_read ON sla_rules FOR SELECT USING (true);
CREATE POLICY sla_rules_admin ON sla_rules FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
ALTER TABLE calendar_years ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_years_read ON calendar_years FOR SELECT USING (true);
CREATE POLICY calendar_years_admin ON calendar_years FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
ALTER TABLE calendar_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_days_read ON calendar_days FOR SELECT USING (true);
CREATE POLICY calendar_days_admin ON calendar_days FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
