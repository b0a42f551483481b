-- Compliance as it stood at the end of past dates, kept so the Board's dashboard and its
-- trajectory do not rescan the whole assessment history on every request.
--
-- These tables are a cache of assessment_history and nothing else: a moment is filled in the
-- first time it is asked for, and only once it is at least an hour in the past (no change can
-- still be in flight for it). The trigger below empties every moment that a newly appended
-- history row falls before, so a cached figure always equals a recount from the history.

-- A moment computed, with its applicable assessments counted by level (what the trajectory reads).
create table compliance_snapshot_moment (
    moment       timestamptz primary key,
    not_assessed integer     not null default 0,
    not_met      integer     not null default 0,
    fair         integer     not null default 0,
    good         integer     not null default 0,
    excellent    integer     not null default 0,
    computed_at  timestamptz not null default now()
);

-- Assessments at the moment, counted by business area (null: force-wide), section, level and
-- applicability. Assessments with no history before the moment did not exist yet.
create table compliance_snapshot (
    moment       timestamptz not null references compliance_snapshot_moment (moment) on delete cascade,
    area_code    varchar(10),
    section_code varchar(10) not null,
    level        varchar(12) not null,
    applicable   boolean     not null,
    cells        integer     not null check (cells > 0)
);

create index compliance_snapshot_moment_idx on compliance_snapshot (moment);

create function compliance_snapshot_invalidate() returns trigger language plpgsql as $$
begin
    delete from compliance_snapshot_moment s where s.moment > (select min(n.changed_at) from new_rows n);
    return null;
end;
$$;

create trigger compliance_snapshot_stale
    after insert on assessment_history
    referencing new table as new_rows
    for each statement execute function compliance_snapshot_invalidate();
