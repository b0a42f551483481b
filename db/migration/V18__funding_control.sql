-- Funding control (issue 11): a year's approved money is what the Investment Board approved
-- for it; budget lines allocate that money to projects. A line names the decision that funds
-- it (none yet: it is unfunded), so its old "approved" amount is honestly its allocation.
alter table budget_line rename column approved to allocated;
alter table budget_line add column decision_id bigint references board_decision (id);
create index budget_line_decision on budget_line (decision_id);

-- A removed line is deleted, but its history stays: the history no longer references the
-- line table, and each row says which project, year and kind of money it was about and what
-- happened (created, changed, removed), so a removal row names what was removed and why.
alter table budget_history drop constraint budget_history_budget_line_id_fkey;
alter table budget_history rename column approved to allocated;
alter table budget_history
    add column change          varchar(8)  not null default 'CHANGED'
                                 check (change in ('CREATED', 'CHANGED', 'REMOVED')),
    add column project_id      bigint      references project (id),
    add column financial_year  varchar(7),
    add column resource_type   varchar(8)  check (resource_type in ('INTERNAL', 'EXTERNAL')),
    add column decision_id     bigint;
alter table budget_history alter column change drop default;

-- External caps are changed in the browser: versioned, audited, with an append-only history.
alter table external_cap
    add column version    bigint      not null default 0,
    add column created_at timestamptz,
    add column created_by varchar(60),
    add column updated_at timestamptz,
    add column updated_by varchar(60);
update external_cap c set
    created_at = coalesce((select min(d.recorded_at) from board_decision d where d.financial_year = c.financial_year), now()),
    created_by = coalesce((select min(d.recorded_by) from board_decision d where d.financial_year = c.financial_year), 'system');
update external_cap set updated_at = created_at, updated_by = created_by;
alter table external_cap
    alter column version drop default,
    alter column created_at set not null, alter column created_by set not null,
    alter column updated_at set not null, alter column updated_by set not null;

create table external_cap_history (
    id             bigserial      primary key,
    financial_year varchar(7)     not null,
    changed_at     timestamptz    not null,
    changed_by     varchar(60)    not null,
    reason         varchar(2000)  not null,
    cap            numeric(14, 2) not null,
    note           varchar(500)   not null
);
create index external_cap_history_time on external_cap_history (financial_year, changed_at desc, id desc);
create trigger external_cap_history_append_only before update or delete on external_cap_history
    for each row execute function programme_history_is_append_only();
