-- The network a deployment serves and its collaboratives (the tenants).

CREATE TABLE network (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    short_name  VARCHAR(40)   NOT NULL,
    tagline     VARCHAR(300),
    about       VARCHAR(4000),
    version     BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE collaborative (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        VARCHAR(60)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    short_name  VARCHAR(40)   NOT NULL,
    tagline     VARCHAR(300),
    region      VARCHAR(200),
    website     VARCHAR(500),
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT collaborative_slug_unique UNIQUE (slug),
    CONSTRAINT collaborative_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
