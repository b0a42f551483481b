-- Issue 12: the Board cycle. A meeting of the Investment Board (or the Finance Committee) and
-- the pack prepared for it. A pack is a DRAFT while the programme team writes it; publishing
-- freezes its figures (a JSON document, PackFigures, schema version inside) so that the pack
-- reads the same years later, whatever the live data does.

create table board_meeting (
    id            bigserial     primary key,
    meeting_date  date          not null,
    title         varchar(200)  not null check (length(trim(title)) > 0),
    attendees     varchar(2000) not null default '',
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(60)   not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(60)   not null
);
create index board_meeting_date on board_meeting (meeting_date);

create table board_pack (
    id              bigserial     primary key,
    meeting_id      bigint        not null references board_meeting (id),
    title           varchar(200)  not null check (length(trim(title)) > 0),
    as_at           date          not null,
    status          varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED')),
    -- the narrative the programme team writes, in the order of a Police Authority report:
    -- summary, recommendations, (supporting information: the figures), equality impact,
    -- financial implications, background papers, contact
    summary         text          not null default '',
    recommendations text          not null default '',
    equality        text          not null default '',
    financial       text          not null default '',
    background      text          not null default '',
    contact         varchar(500)  not null default '',
    -- frozen at publication; null while a draft (a draft renders live figures)
    figures         jsonb,
    published_at    timestamptz,
    published_by    varchar(60),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(60)   not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(60)   not null,
    check ((status = 'DRAFT' and figures is null and published_at is null)
        or (status = 'PUBLISHED' and figures is not null and published_at is not null and published_by is not null))
);
create index board_pack_meeting on board_pack (meeting_id);
create index board_pack_published on board_pack (status, published_at);
