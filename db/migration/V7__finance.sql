-- Money: budget lines per project per financial year (April to March, "2007/08"), internal and
-- external resources, approved / forecast / actual in exact decimals; Investment Board
-- decisions; caps on external resources; and append-only history of every budget change.

create table budget_line (
    id             bigserial     primary key,
    project_id     bigint        not null references project (id),
    financial_year varchar(7)    not null check (financial_year ~ '^[0-9]{4}/[0-9]{2}$'
                                   and cast(substr(financial_year, 6, 2) as integer)
                                       = (cast(substr(financial_year, 1, 4) as integer) + 1) % 100),
    resource_type  varchar(8)    not null check (resource_type in ('INTERNAL', 'EXTERNAL')),
    approved       numeric(14, 2) not null check (approved >= 0),
    forecast       numeric(14, 2) not null check (forecast >= 0),
    actual         numeric(14, 2) not null check (actual >= 0),
    version        bigint        not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(60)   not null,
    unique (project_id, financial_year, resource_type)
);

create table budget_history (
    id             bigserial      primary key,
    budget_line_id bigint         not null references budget_line (id),
    changed_at     timestamptz    not null,
    changed_by     varchar(60)    not null,
    reason         varchar(2000)  not null,
    approved       numeric(14, 2) not null,
    forecast       numeric(14, 2) not null,
    actual         numeric(14, 2) not null
);
create index budget_history_time on budget_history (budget_line_id, changed_at desc, id desc);
create trigger budget_history_append_only before update or delete on budget_history
    for each row execute function programme_history_is_append_only();

-- The most a financial year may spend on external resources.
create table external_cap (
    financial_year varchar(7)     primary key check (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
    cap            numeric(14, 2) not null check (cap >= 0),
    note           varchar(500)   not null
);

create table board_decision (
    id             bigserial      primary key,
    decided_on     date           not null,
    business_case  varchar(300)   not null check (length(trim(business_case)) > 0),
    financial_year varchar(7)     not null check (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
    amount         numeric(14, 2) not null check (amount >= 0),
    decision       varchar(10)    not null check (decision in ('APPROVED', 'REJECTED', 'DEFERRED')),
    notes          varchar(2000)  not null,
    project_id     bigint         references project (id),
    recorded_at    timestamptz    not null,
    recorded_by    varchar(60)    not null
);
create index board_decision_year on board_decision (financial_year, decided_on);
