-- People who sign in to the portal, their role, and the business areas an area owner owns.

create table app_user (
    id            bigserial    primary key,
    username      varchar(60)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$'),
    display_name  varchar(120) not null check (length(trim(display_name)) > 0),
    password_hash varchar(200) not null,
    role          varchar(20)  not null check (role in ('ADMIN', 'PROGRAMME_TEAM', 'AREA_OWNER', 'BOARD')),
    enabled       boolean      not null,
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(60)  not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(60)  not null
);

create table business_area_owner (
    user_id            bigint     not null references app_user (id) on delete cascade,
    business_area_code varchar(6) not null references business_area (code),
    primary key (user_id, business_area_code)
);

create index business_area_owner_area on business_area_owner (business_area_code);
