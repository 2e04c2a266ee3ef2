-- Branches, users, sessions and the audit log: the accounts foundation.

CREATE TABLE branches (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,16}$'),
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 64),
    city        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 1
);

CREATE TYPE user_role AS ENUM ('admin', 'branch_manager', 'account_manager', 'engineer');

CREATE TABLE users (
    id                    bigserial PRIMARY KEY,
    username              text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{2,31}$'),
    display_name          text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 64),
    role                  user_role NOT NULL,
    branch_id             bigint REFERENCES branches(id),
    password_hash         text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    enabled               boolean NOT NULL DEFAULT true,
    must_change_password  boolean NOT NULL DEFAULT false,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint NOT NULL DEFAULT 1,
    -- Everyone but an administrator works for a branch.
    CONSTRAINT users_branch_required CHECK (role = 'admin' OR branch_id IS NOT NULL)
);
CREATE INDEX users_branch ON users (branch_id);

-- Session tokens are random; only their SHA-256 is stored, so a database leak does not
-- hand out live sessions.
CREATE TABLE sessions (
    id            bigserial PRIMARY KEY,
    token_hash    bytea NOT NULL UNIQUE,
    user_id       bigint NOT NULL REFERENCES users(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    client        text NOT NULL DEFAULT '',
    peer          text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Every login attempt and every mutation, written in the same transaction as the change.
CREATE TABLE audit_log (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor_user_id   bigint REFERENCES users(id),
    actor_username  text NOT NULL DEFAULT '',
    action          text NOT NULL,
    object_type     text NOT NULL,
    object_id       bigint,
    details         jsonb NOT NULL DEFAULT '{}'::jsonb,
    peer            text NOT NULL DEFAULT '',
    connection_id   text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at);
-- Lockout counts recent failures per user; this keeps that count cheap.
CREATE INDEX audit_log_login_failures ON audit_log (object_id, at) WHERE action = 'login.failed';

-- The audit log is append-only, whoever connects.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
