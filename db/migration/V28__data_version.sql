-- The data version (issue 13): one number that changes, in the same transaction, whenever data
-- shown on a cached page changes. Each portal instance reads it once per request (one indexed
-- row) and serves a page it composed before only if the number is the same, so a change made
-- through one instance is seen at once through every other.
--
-- The number comes from a sequence, so it is never reused: a transaction that bumps it and
-- rolls back leaves a gap, and no instance can mistake a later change for the rolled-back one.
-- The row is updated in the changing transaction, so other transactions see the new number only
-- once the change itself is committed. Every changing statement bumps it, so that a transaction
-- reading a cached page between two of its own changes (a test, or a service composing after a
-- change) never gets a page older than its last change.
create sequence data_version_number;

create table data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into data_version (id, version) values (true, nextval('data_version_number'));

create function data_version_bump() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_number');
    return null;
end
$$;

-- Every table a page or the API shows, directly or through a figure. Left out on purpose:
-- sessions, API tokens and sign-in failures (written on every sign-in or call, shown on no cached
-- page), the audit trail (written beside each change, which bumps already), the compliance
-- snapshot cache (derived from the history and written by reads) and the single sign-on
-- group mapping (read at sign-in only).
do $$
declare
    name text;
begin
    foreach name in array array[
        'assessment', 'assessment_history', 'assessment_proposal', 'assessment_evidence',
        'assessment_evidence_file', 'board_decision', 'board_decision_project', 'board_meeting',
        'board_pack', 'budget_history', 'budget_line', 'business_area', 'business_area_owner',
        'catalogue_section', 'catalogue_version', 'requirement', 'external_cap', 'external_cap_history',
        'home_office_return', 'milestone', 'milestone_delivery', 'milestone_dependency',
        'milestone_history', 'plan_removal', 'programme_confidence', 'project', 'project_area',
        'project_history']
    loop
        execute format('create trigger data_version_bump after insert or update or delete or truncate on %I '
                       'for each statement execute function data_version_bump()', name);
    end loop;
end
$$;

-- People's names and roles are shown (sponsors, managers, owners); their passwords and sign-in
-- details are not, so only a change of what is shown bumps the number.
create function data_version_bump_person() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or old.display_name is distinct from new.display_name
            or old.role is distinct from new.role or old.enabled is distinct from new.enabled then
        update data_version set version = nextval('data_version_number');
    end if;
    return null;
end
$$;

create trigger data_version_bump after insert or update or delete on app_user
    for each row execute function data_version_bump_person();
