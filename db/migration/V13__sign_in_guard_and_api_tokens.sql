-- Issue 10, sign-in that resists guessing: failed sign-ins counted per account (the username
-- tried, whether or not it exists) and per client address, kept here so that every portal
-- instance sees the same counts; and personal API tokens, stored as SHA-256 hashes.

create table sign_in_failure (
    kind             varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject          varchar(100) not null,
    failures         integer      not null check (failures > 0),
    first_failure_at timestamptz  not null,
    last_failure_at  timestamptz  not null,
    locked_until     timestamptz,
    primary key (kind, subject)
);

create table api_token (
    id           bigserial    primary key,
    owner_id     bigint       not null references app_user (id) on delete cascade,
    name         varchar(60)  not null check (length(trim(name)) > 0),
    token_hash   varchar(64)  not null unique check (length(token_hash) = 64),
    prefix       varchar(16)  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(60),
    version      bigint       not null,
    created_at   timestamptz  not null,
    created_by   varchar(60)  not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(60)  not null,
    check (expires_at > created_at and expires_at <= created_at + interval '366 days'),
    check ((revoked_at is null) = (revoked_by is null))
);

create index api_token_owner on api_token (owner_id);
