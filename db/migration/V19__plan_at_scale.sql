-- Issue 11, part 2: plan the gaps at scale.
-- Milestones are removed softly (who, when, why) so that their history survives; a
-- removed milestone keeps its code, its history and its traces for the record, and
-- every read of the plan leaves it out.
alter table milestone
    add column start_date     date,
    add column outcome        varchar(2000),
    add column removed_at     timestamptz,
    add column removed_by     varchar(60),
    add column removal_reason varchar(2000),
    add constraint milestone_removal_whole check ((removed_at is null) = (removed_by is null)
                                                  and (removed_at is null) = (removal_reason is null)),
    add constraint milestone_start_not_after_forecast check (start_date is null or start_date <= forecast_date);

-- History must outlive anything: no cascade from the milestone any more.
alter table milestone_history drop constraint milestone_history_milestone_id_fkey;
alter table milestone_history add constraint milestone_history_milestone_id_fkey
    foreign key (milestone_id) references milestone (id);
alter table milestone_history drop constraint milestone_history_field_check;
alter table milestone_history add constraint milestone_history_field_check
    check (field in ('CREATED', 'FORECAST', 'ACTUAL', 'STATUS', 'BASELINE', 'OUTCOME', 'REMOVED'));
alter table milestone_delivery drop constraint milestone_delivery_milestone_id_fkey;
alter table milestone_delivery add constraint milestone_delivery_milestone_id_fkey
    foreign key (milestone_id) references milestone (id);

-- Typed dependencies: finish-to-start (the one there was), start-to-start, finish-to-finish.
alter table milestone_dependency
    add column kind varchar(2) not null default 'FS' check (kind in ('FS', 'SS', 'FF'));
alter table milestone_dependency drop constraint milestone_dependency_predecessor_id_fkey;
alter table milestone_dependency add constraint milestone_dependency_predecessor_id_fkey
    foreign key (predecessor_id) references milestone (id);
alter table milestone_dependency drop constraint milestone_dependency_successor_id_fkey;
alter table milestone_dependency add constraint milestone_dependency_successor_id_fkey
    foreign key (successor_id) references milestone (id);

-- What was taken out of the plan (a traced assessment, a dependency), by whom and why.
create table plan_removal (
    id             bigserial     primary key,
    subject        varchar(12)   not null check (subject in ('TRACE', 'DEPENDENCY')),
    milestone_code varchar(20)   not null,
    detail         varchar(200)  not null,
    reason         varchar(2000) not null check (length(trim(reason)) > 0),
    removed_at     timestamptz   not null,
    removed_by     varchar(60)   not null
);
create index plan_removal_milestone on plan_removal (milestone_code, removed_at desc);
create trigger plan_removal_append_only before update or delete on plan_removal
    for each row execute function programme_history_is_append_only();
