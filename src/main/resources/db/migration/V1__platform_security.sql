-- Users, API connections, OAuth tokens and login throttling.

CREATE TABLE pim_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('admin', 'manager', 'editor', 'viewer')),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    email         VARCHAR(255),
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    ui_locale     VARCHAR(10)  NOT NULL DEFAULT 'en_US',
    created       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE api_connection (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(100) NOT NULL UNIQUE,
    label       VARCHAR(255) NOT NULL,
    client_id   VARCHAR(100) NOT NULL UNIQUE,
    secret_hash VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL CHECK (role IN ('admin', 'manager', 'editor', 'viewer')),
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(100),
    version     INTEGER      NOT NULL DEFAULT 0
);

-- Only a SHA-256 of each token is stored: a stolen table holds no usable token.
CREATE TABLE api_token (
    token_hash    CHAR(64)    PRIMARY KEY,
    kind          VARCHAR(10) NOT NULL CHECK (kind IN ('access', 'refresh')),
    user_id       BIGINT      NOT NULL REFERENCES pim_user (id) ON DELETE CASCADE,
    connection_id BIGINT      NOT NULL REFERENCES api_connection (id) ON DELETE CASCADE,
    expires_at    TIMESTAMPTZ NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX api_token_expires_idx ON api_token (expires_at);
CREATE INDEX api_token_user_idx ON api_token (user_id);
CREATE INDEX api_token_connection_idx ON api_token (connection_id);

-- Failed logins per user and per client address, shared by every server node.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(300) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    blocked_until TIMESTAMPTZ
);
