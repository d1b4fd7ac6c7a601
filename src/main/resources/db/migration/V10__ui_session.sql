-- Browser sessions of the admin UI. Only a SHA-256 of the cookie's token is stored, as for API tokens: a stolen
-- table holds no usable session. Deleting or disabling a user ends its sessions (cascade, and the join on login).
CREATE TABLE ui_session (
    token_hash   CHAR(64)    PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES pim_user (id) ON DELETE CASCADE,
    ui_locale    VARCHAR(10) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX ui_session_user_idx ON ui_session (user_id);
CREATE INDEX ui_session_expires_idx ON ui_session (expires_at);
