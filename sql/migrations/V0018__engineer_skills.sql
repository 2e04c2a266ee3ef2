-- What dispatch knows of the people who take tickets (issue 4): where they start from for a
-- visit and which product lines and modules they handle, certified or not. The ranked
-- recommendation (engine/DispatchRanking) reads them with their load, duty and history.

CREATE TABLE engineer_profiles (
    user_id        bigint PRIMARY KEY REFERENCES users(id),
    -- The branch of the user when saved, for row-level security (users move rarely; a move
    -- is saved again by the new branch).
    branch_id      bigint NOT NULL REFERENCES branches(id),
    -- A prefecture-level city as customers record it (苏州), for the travel estimate; empty:
    -- the branch's city.
    home_city      text NOT NULL DEFAULT '' CHECK (length(home_city) <= 32),
    home_district  text NOT NULL DEFAULT '' CHECK (length(home_district) <= 32),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     bigint REFERENCES users(id),
    version        bigint NOT NULL DEFAULT 1
);

CREATE TABLE engineer_skills (
    user_id          bigint NOT NULL REFERENCES engineer_profiles(user_id),
    product_line_id  bigint NOT NULL REFERENCES product_lines(id),
    -- NULL: the whole product line.
    module_id        bigint REFERENCES product_modules(id),
    certified        boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX engineer_skills_once ON engineer_skills (user_id, product_line_id, coalesce(module_id, 0));

ALTER TABLE engineer_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY engineer_profiles_branch ON engineer_profiles
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
ALTER TABLE engineer_skills ENABLE ROW LEVEL SECURITY;
CREATE POLICY engineer_skills_branch ON engineer_skills
    USING (EXISTS (SELECT 1 FROM engineer_profiles p WHERE p.user_id = engineer_skills.user_id))
    WITH CHECK (EXISTS (SELECT 1 FROM engineer_profiles p WHERE p.user_id = engineer_skills.user_id));
REVOKE DELETE ON engineer_profiles FROM laoke_app;

-- Who worked on a customer's tickets before: the recommendation counts a year of them.
CREATE INDEX tickets_by_customer_assignee ON tickets (customer_id, assignee_id) WHERE assignee_id IS NOT NULL;
