-- A callback task is also given up after its third unanswered call (engine::kMostCallAttempts):
-- done with the last outcome no_answer or wrong_number, so a wrong number does not keep its
-- ticket waiting for ever. callbacks_check1 is V0015's unnamed "done means reached or refused".
ALTER TABLE callbacks
    DROP CONSTRAINT callbacks_check1,
    ADD CONSTRAINT callbacks_done_outcome
        CHECK (state <> 'done' OR last_outcome IN ('reached', 'refused') OR attempts >= 3);
