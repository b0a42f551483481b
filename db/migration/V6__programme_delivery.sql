-- Programme delivery: projects, their milestones, finish-to-start dependencies between
-- milestones, the assessments each milestone will raise, and append-only history of dates and
-- statuses so the timeline can be shown as at a past date.

create table project (
    id                  bigserial     primary key,
    code                varchar(12)   not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,11}$'),
    name                varchar(200)  not null check (length(trim(name)) > 0),
    description         varchar(2000) not null,
    workstream          varchar(24)   not null check (workstream in ('POLICY', 'TRAINING', 'CULTURE_AND_BEHAVIOUR',
                                                     'BUSINESS_PROCESS', 'TECHNOLOGY')),
    sponsor_id          bigint        references app_user (id),
    manager_id          bigint        references app_user (id),
    status              varchar(12)   not null check (status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED')),
    start_date          date          not null,
    end_date            date          not null,
    rag_override        varchar(5)    check (rag_override in ('RED', 'AMBER', 'GREEN')),
    rag_override_reason varchar(500),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(60)   not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(60)   not null,
    check (end_date >= start_date),
    check ((rag_override is null) = (rag_override_reason is null))
);

create table project_area (
    project_id         bigint     not null references project (id) on delete cascade,
    business_area_code varchar(6) not null references business_area (code),
    primary key (project_id, business_area_code)
);

alter table milestone rename column due_date to baseline_date;
alter table milestone
    add column project_id    bigint references project (id),
    add column forecast_date date,
    add column actual_date   date,
    add column status        varchar(10) not null default 'PLANNED' check (status in ('PLANNED', 'ACHIEVED', 'MISSED')),
    add column version       bigint not null default 0,
    add column updated_at    timestamptz,
    add column updated_by    varchar(60);
update milestone set forecast_date = baseline_date, updated_at = now(), updated_by = 'system';
alter table milestone
    alter column forecast_date set not null,
    alter column updated_at set not null,
    alter column updated_by set not null,
    add constraint milestone_project_kind check ((kind = 'PROJECT') = (project_id is not null)),
    add constraint milestone_achieved_has_date check ((status = 'ACHIEVED') = (actual_date is not null));
create index milestone_project on milestone (project_id);

create table milestone_dependency (
    id             bigserial primary key,
    predecessor_id bigint    not null references milestone (id) on delete cascade,
    successor_id   bigint    not null references milestone (id) on delete cascade,
    lag_days       integer   not null check (lag_days between 0 and 730),
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index milestone_dependency_successor on milestone_dependency (successor_id);

-- "Custody / RRD-07 to Good at milestone M3": the assessments a milestone will raise.
create table milestone_delivery (
    id               bigserial   primary key,
    milestone_id     bigint      not null references milestone (id) on delete cascade,
    requirement_code varchar(12) not null check (requirement_code ~ '^[A-Z]{2,6}-[0-9]{2,3}$'),
    area_code        varchar(6)  references business_area (code),
    target_level     varchar(12) not null check (target_level in ('FAIR', 'GOOD', 'EXCELLENT'))
);
create unique index milestone_delivery_cell on milestone_delivery (milestone_id, requirement_code, coalesce(area_code, '*'));
create index milestone_delivery_requirement on milestone_delivery (requirement_code, area_code);

-- Every change to a milestone's dates or status, with its state after the change.
create table milestone_history (
    id            bigserial     primary key,
    milestone_id  bigint        not null references milestone (id) on delete cascade,
    field         varchar(20)   not null check (field in ('CREATED', 'FORECAST', 'ACTUAL', 'STATUS', 'BASELINE')),
    from_value    varchar(100),
    to_value      varchar(100),
    reason        varchar(2000),
    changed_at    timestamptz   not null,
    changed_by    varchar(60)   not null,
    baseline_date date          not null,
    forecast_date date          not null,
    actual_date   date,
    status        varchar(10)   not null
);
create index milestone_history_time on milestone_history (milestone_id, changed_at desc, id desc);

insert into milestone_history (milestone_id, field, changed_at, changed_by, reason, baseline_date, forecast_date, status)
select id, 'CREATED', timestamptz '2006-04-01 00:00+01', 'system', 'Home Office milestone', baseline_date, forecast_date, status
from milestone;

create table project_history (
    id           bigserial     primary key,
    project_id   bigint        not null references project (id) on delete cascade,
    field        varchar(20)   not null,
    from_value   varchar(500),
    to_value     varchar(500),
    reason       varchar(2000),
    changed_at   timestamptz   not null,
    changed_by   varchar(60)   not null
);
create index project_history_time on project_history (project_id, changed_at desc);

create function programme_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;
create trigger milestone_history_append_only before update or delete on milestone_history
    for each row execute function programme_history_is_append_only();
create trigger project_history_append_only before update or delete on project_history
    for each row execute function programme_history_is_append_only();
