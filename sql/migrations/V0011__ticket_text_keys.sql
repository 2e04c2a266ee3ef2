-- What the ticket form's category suggestion compares a new ticket with: each ticket's
-- subject and description as search keys (engine/SearchText: character pairs of Chinese
-- text, letter and digit triples), written when the ticket is opened. Tickets opened before
-- this migration have none and are simply never similar.
ALTER TABLE tickets ADD COLUMN text_keys bigint[] NOT NULL DEFAULT '{}';

-- The suggestion reads a branch's most recent categorised tickets, whatever their state.
CREATE INDEX tickets_by_branch ON tickets (branch_id, id DESC) WHERE category_id IS NOT NULL;
