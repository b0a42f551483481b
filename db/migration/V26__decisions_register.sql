-- Issue 12 (decisions register): a Board decision is recorded against the meeting that made it
-- and the published pack it was made on, with its conditions and who decided; it may fund
-- several projects. The money it approves still flows through FundingLedger unchanged.

alter table board_decision
    add column meeting_id bigint        references board_meeting (id),
    add column pack_id    bigint,
    add column conditions varchar(2000) not null default '',
    add column decided_by varchar(300)  not null default '',
    add column version    bigint        not null default 0,
    add column updated_at timestamptz,
    add column updated_by varchar(60);

-- The pack a decision was made on is a pack of its meeting: the pair references the pack.
alter table board_pack add constraint board_pack_id_meeting unique (id, meeting_id);
alter table board_decision
    add constraint board_decision_pack foreign key (pack_id, meeting_id) references board_pack (id, meeting_id),
    add constraint board_decision_pack_has_meeting check (pack_id is null or meeting_id is not null);
create index board_decision_meeting on board_decision (meeting_id);
create index board_decision_pack on board_decision (pack_id);

-- The projects a decision funds (none: the programme as a whole).
create table board_decision_project (
    decision_id bigint not null references board_decision (id),
    project_id  bigint not null references project (id),
    primary key (decision_id, project_id)
);
create index board_decision_project_project on board_decision_project (project_id);

insert into board_decision_project (decision_id, project_id)
select id, project_id from board_decision where project_id is not null;
alter table board_decision drop column project_id;
