-- Everyone but an admin searches within one branch (CustomerSearch adds the branch
-- condition), so the list's most common orders and filters get indexes led by branch_id.
-- Without them a filter that matches nothing in the branch (a province the branch does not
-- serve) walked the whole name index: seconds on 1,000,000 customers, now under a millisecond.
CREATE INDEX customers_branch_name ON customers (branch_id, name, id);
CREATE INDEX customers_branch_place ON customers (branch_id, province, city, id);
CREATE INDEX customers_branch_service_end ON customers (branch_id, (coalesce(service_end_on, DATE '0001-01-01')), id);

-- Branches serve regions: branch, province and region are strongly correlated, and the
-- planner must know it to estimate "this branch's customers in that province" correctly.
CREATE STATISTICS customers_branch_place_stats (mcv, dependencies) ON branch_id, province, region FROM customers;
