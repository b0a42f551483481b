-- Milestones record who created them and when, like every other audited record: taken from
-- the milestone's CREATED history row where it has one, else from its last change.

alter table milestone
    add column created_at timestamptz,
    add column created_by varchar(60);

update milestone m
set created_at = h.changed_at, created_by = h.changed_by
from (select distinct on (milestone_id) milestone_id, changed_at, changed_by
      from milestone_history where field = 'CREATED'
      order by milestone_id, changed_at, id) h
where h.milestone_id = m.id;

update milestone set created_at = updated_at, created_by = updated_by where created_at is null;

alter table milestone
    alter column created_at set not null,
    alter column created_by set not null;
