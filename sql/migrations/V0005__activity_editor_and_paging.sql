-- Who last changed an activity (an admin or manager may edit one someone else logged), so a
-- concurrent edit can name them; contacts, installed products and contracts have updated_by
-- since V0002.
ALTER TABLE activities ADD COLUMN updated_by bigint REFERENCES users(id);

-- The timeline pages by (occurred_at, id), newest first: the index carries both, so a page
-- that starts inside a second where several activities were logged is one index range.
DROP INDEX activities_customer;
CREATE INDEX activities_customer ON activities (customer_id, occurred_at DESC, id DESC);
