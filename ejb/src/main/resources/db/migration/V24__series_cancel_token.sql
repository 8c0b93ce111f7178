-- Signing up for a series sends one e-mail for all its sessions; its "cancel the whole series" link
-- names the series and the address, and only its hash is kept (like a registration's own links).
CREATE TABLE series_cancel_token (
    token_sha256  VARCHAR(64)  PRIMARY KEY,
    series_id     BIGINT       NOT NULL REFERENCES event_series (id) ON DELETE CASCADE,
    email         VARCHAR(254) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX series_cancel_token_series ON series_cancel_token (series_id);
