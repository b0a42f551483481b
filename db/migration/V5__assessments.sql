-- Assessments: one requirement in one business area, or once for the force where the
-- requirement is assessed force-wide (area_code is null). Codes, not ids, tie an assessment to
-- its requirement, so a new catalogue version keeps every assessment and its history.

create table assessment (
    id                    bigserial     primary key,
    requirement_code      varchar(12)   not null check (requirement_code ~ '^[A-Z]{2,6}-[0-9]{2,3}$'),
    area_code             varchar(6)    references business_area (code),
    applicable            boolean       not null,
    not_applicable_reason varchar(500),
    level                 varchar(12)   not null check (level in ('NOT_ASSESSED', 'NOT_MET', 'FAIR', 'GOOD', 'EXCELLENT')),
    target_level          varchar(12)   check (target_level in ('FAIR', 'GOOD', 'EXCELLENT')),
    target_date           date          check (target_date between date '2004-01-01' and date '2030-12-31'),
    rationale             varchar(2000),
    assessed_by           varchar(60),
    assessed_at           timestamptz,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(60)   not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(60)   not null,
    check (applicable or length(trim(not_applicable_reason)) > 0),
    check ((target_level is null) = (target_date is null))
);

-- One assessment per requirement and area, and one force-wide assessment per requirement.
create unique index assessment_cell on assessment (requirement_code, coalesce(area_code, '*'));
create index assessment_area on assessment (area_code);

create table assessment_evidence (
    id            bigserial    primary key,
    assessment_id bigint       not null references assessment (id),
    title         varchar(200) not null check (length(trim(title)) > 0),
    reference     varchar(500) not null check (length(trim(reference)) > 0),
    added_by      varchar(60)  not null,
    added_at      timestamptz  not null,
    removed_by    varchar(60),
    removed_at    timestamptz
);

create index assessment_evidence_cell on assessment_evidence (assessment_id);

create table assessment_proposal (
    id              bigserial     primary key,
    assessment_id   bigint        not null references assessment (id),
    proposed_level  varchar(12)   not null check (proposed_level in ('NOT_MET', 'FAIR', 'GOOD', 'EXCELLENT')),
    rationale       varchar(2000) not null check (length(trim(rationale)) > 0),
    proposed_by     varchar(60)   not null,
    proposed_at     timestamptz   not null,
    status          varchar(10)   not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    decided_by      varchar(60),
    decided_at      timestamptz,
    decision_reason varchar(2000),
    version         bigint        not null,
    check ((status = 'PENDING') = (decided_at is null))
);

-- At most one proposal awaits a decision on each assessment.
create unique index assessment_proposal_pending on assessment_proposal (assessment_id) where status = 'PENDING';

-- Every change to an assessment, appended in the same transaction as the change. Each row
-- also carries the assessment's state after the change, so "as at the end of a date" is the
-- latest row before that moment.
create table assessment_history (
    id            bigserial     primary key,
    assessment_id bigint        not null references assessment (id),
    kind          varchar(20)   not null check (kind in ('CREATED', 'BASELINE', 'LEVEL', 'TARGET', 'APPLICABILITY',
                                 'EVIDENCE_ADDED', 'EVIDENCE_REMOVED', 'COMMENT', 'PROPOSED', 'PROPOSAL_ACCEPTED',
                                 'PROPOSAL_REJECTED')),
    changed_at    timestamptz   not null,
    changed_by    varchar(60)   not null,
    from_value    varchar(500),
    to_value      varchar(500),
    reason        varchar(2000),
    level         varchar(12)   not null,
    applicable    boolean       not null,
    target_level  varchar(12),
    target_date   date,
    version       bigint        not null
);

create index assessment_history_cell_time on assessment_history (assessment_id, changed_at desc, id desc);
create index assessment_history_time on assessment_history (changed_at);

create function assessment_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'assessment_history is append-only: % is not allowed', tg_op;
end;
$$;

create trigger assessment_history_append_only
    before update or delete on assessment_history
    for each row execute function assessment_history_is_append_only();
