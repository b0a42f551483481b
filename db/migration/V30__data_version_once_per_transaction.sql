-- The data version (V28) is bumped by every changing statement, and V28 did it by updating its
-- single row each time. PostgreSQL keeps every version of a row a transaction has written until
-- the transaction ends, and each update walks the versions before it: a transaction of n
-- statements cost n^2 (measured on PostgreSQL 15: 5,000 inserts 28 ms without the trigger and
-- 231 ms with it, 20,000 took 4,979 ms), which made the start-up demo data and every large
-- import slow.
--
-- Now the row is updated once per transaction, by its first changing statement, and each
-- changing statement (the first too) sets a transaction-local setting, mopi.data_version, to a
-- new number from the same sequence. The version a session reads (DataVersion) is that setting
-- while it has one, else the row. So:
--  - other transactions still see the row's new number only once the change commits;
--  - a transaction reading a cached page between two of its own changes still gets a number
--    that changed with each of them;
--  - no number a transaction used for itself is the number the row keeps: the row's is drawn
--    first, the statement's after it, so a page composed half-way through a transaction is
--    never served to anyone once it commits.
-- A rolled-back savepoint takes back its row update and its setting together.
create or replace function data_version_step() returns void language plpgsql as $$
begin
    if coalesce(current_setting('mopi.data_version', true), '') = '' then
        update data_version set version = nextval('data_version_number');
    end if;
    perform set_config('mopi.data_version', nextval('data_version_number')::text, true);
end
$$;

create or replace function data_version_bump() returns trigger language plpgsql as $$
begin
    perform data_version_step();
    return null;
end
$$;

create or replace function data_version_bump_person() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or old.display_name is distinct from new.display_name
            or old.role is distinct from new.role or old.enabled is distinct from new.enabled then
        perform data_version_step();
    end if;
    return null;
end
$$;

-- The version as this session sees it: its own transaction's last step, else the row.
create function data_version_current() returns bigint language sql stable as $$
    select coalesce(nullif(current_setting('mopi.data_version', true), '')::bigint, version) from data_version
$$;
