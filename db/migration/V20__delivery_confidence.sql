-- Issue 11, delivery: delivery confidence on the five-point scale of public-sector programme
-- reviews (Green, Amber/Green, Amber, Amber/Red, Red). Each project's and the programme's is
-- derived by a documented rule (docs/delivery-and-status.md); the programme team may override
-- it, always with a reason.

-- A project's override, beside its RAG override; its changes go to project_history.
alter table project
    add column confidence_override        varchar(11) check (confidence_override in ('GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED')),
    add column confidence_override_reason varchar(500),
    add constraint project_confidence_override_reason
        check ((confidence_override is null) = (confidence_override_reason is null));

-- The programme's override: append-only, the latest row is in force (a row with no confidence
-- removes the override), so every earlier setting stays on record.
create table programme_confidence (
    id         bigserial     primary key,
    confidence varchar(11)   check (confidence in ('GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED')),
    reason     varchar(2000) not null check (length(trim(reason)) > 0),
    set_at     timestamptz   not null,
    set_by     varchar(60)   not null
);
create index programme_confidence_time on programme_confidence (set_at desc, id desc);

create trigger programme_confidence_append_only before update or delete on programme_confidence
    for each row execute function programme_history_is_append_only();
