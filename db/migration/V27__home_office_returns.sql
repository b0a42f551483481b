-- Issue 12: the Home Office return. A return is prepared live as at a date; submitting it freezes
-- it: the whole return (its per-requirement rows, its requirement x area rows, its declaration and
-- its counts) is kept as one JSON document in the layout version it was written in, so that the
-- return as at that date reads the same years later, whatever the live data does. One return per
-- date: a second submission for the same date is refused (docs/home-office-return.md). A submitted
-- return is never changed (a trigger refuses UPDATE).

create table home_office_return (
    id                    bigserial    primary key,
    as_at                 date         not null unique,
    layout_version        varchar(20)  not null,
    force_code            varchar(20)  not null,
    declaration_code      varchar(40)  not null check (declaration_code in
                              ('CAPABILITY_ASSESSMENT', 'FAIR_IN_PRIORITY_AREAS', 'FUNDED_ACTION_PLAN', 'FULL_COMPLIANCE')),
    declaration_supported boolean      not null,
    figures               jsonb        not null,
    submitted_at          timestamptz  not null,
    submitted_by          varchar(60)  not null,
    version               bigint       not null default 0
);

create function home_office_return_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted Home Office return is never changed';
end;
$$;

create trigger home_office_return_frozen before update on home_office_return
    for each row execute function home_office_return_frozen();
