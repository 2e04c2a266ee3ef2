-- Resolved tickets that have nothing left to wait for are closed by the server three days
-- after the resolution (db/TicketAutoClose): no callback was due, or the callback ended
-- without closing them (refused, no answer three times). The watch finds them here, without
-- reading the closed history.
CREATE INDEX tickets_resolved_waiting ON tickets (resolved_at) WHERE state = 'resolved';
