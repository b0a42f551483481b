-- Issue 10, sessions and passwords.
--
-- Sessions kept in PostgreSQL by Spring Session JDBC, so that every portal instance behind a load
-- balancer shares them and a restart signs nobody out. The tables are Spring Session's own
-- PostgreSQL schema (org/springframework/session/jdbc/schema-postgresql.sql, Spring Session 4.0),
-- created here rather than by Spring Session (spring.session.jdbc.initialize-schema=never).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- When a person's password last changed: a session signed in before it has ended. And whether
-- the person must choose a new password before anything else (set when an administrator chose it).
alter table app_user
    add column password_changed_at      timestamptz,
    add column password_change_required boolean not null default false;

update app_user set password_changed_at = created_at;

alter table app_user alter column password_changed_at set not null;
