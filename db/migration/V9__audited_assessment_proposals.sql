-- A proposal is a versioned record that the programme team decides on, so it is audited like
-- every other mutable record: who created it and who last changed it, and when. Existing rows
-- take their proposer and, once decided, their decider.

alter table assessment_proposal
    add column created_at timestamptz,
    add column created_by varchar(60),
    add column updated_at timestamptz,
    add column updated_by varchar(60);

update assessment_proposal
set created_at = proposed_at,
    created_by = proposed_by,
    updated_at = coalesce(decided_at, proposed_at),
    updated_by = coalesce(decided_by, proposed_by);

alter table assessment_proposal
    alter column created_at set not null,
    alter column created_by set not null,
    alter column updated_at set not null,
    alter column updated_by set not null;
