-- The audit trail: who did what, when, from where, with what outcome, and what changed.
-- Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and chained by hash: each row's
-- hash covers its own content and the previous row's hash, so an edited, deleted or inserted
-- row breaks the chain at that row. The formula lives here once (audit_event_hash), used by
-- the insert trigger, by the portal's verification page and by bench/audit-verify.sh.
--
-- Whoever inserts gives only actor, address, action, subject, outcome and details; the
-- trigger numbers the row, stamps it with the database server's wall-clock time (not the
-- demo clock) and chains it, under a transaction-scoped advisory lock so that two portal
-- instances never fork the chain (the primary key on id refuses a fork besides).

create table audit_event (
    id           bigint       primary key,
    at           timestamptz  not null,
    actor        varchar(100) not null,
    address      varchar(64),
    action       varchar(80)  not null,
    subject_type varchar(80),
    subject_id   varchar(200),
    outcome      varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    details      text         not null,
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);

create index audit_event_at on audit_event (at);
create index audit_event_actor on audit_event (lower(actor));

-- The one formula: SHA-256 (hex) of a JSON array of the row's fields in a fixed order, the
-- time written in UTC with microseconds whatever the session's time zone, then the previous
-- row's hash. Details are stored as text (not jsonb) so their bytes never change.
create function audit_event_hash(e audit_event) returns char(64)
    language sql stable as
$$
select encode(sha256(convert_to(json_build_array(
    e.id,
    to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor, e.address, e.action, e.subject_type, e.subject_id, e.outcome, e.details,
    e.prev_hash)::text, 'UTF8')), 'hex')
$$;

create function audit_event_chain() returns trigger
    language plpgsql as
$$
declare
    last_id   bigint;
    last_hash char(64);
begin
    -- 'audit' as a number: one lock for the whole chain, held until commit.
    perform pg_advisory_xact_lock(6175636974);
    select id, hash into last_id, last_hash from audit_event order by id desc limit 1;
    new.id := coalesce(last_id, 0) + 1;
    new.at := clock_timestamp();
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_event_hash(new);
    return new;
end
$$;

create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

-- Verification: walks the chain in id order and names the first broken row and what is wrong
-- with it, or none. Problems, checked in this order for each row:
--   CONTENT  the row's hash does not match its content (the row was edited)
--   LINK     its previous-row hash is not the hash of the row before it (a row before it was
--            deleted, inserted or edited together with its hash)
--   GAP      its number does not follow the row before it (a row was deleted or inserted)
create function audit_event_verify()
    returns table (rows_checked bigint, broken_id bigint, problem text, head_id bigint, head_hash char(64))
    language sql stable as
$$
with walk as (
    select e.id, e.hash, e.prev_hash, audit_event_hash(e) as recomputed,
           lag(e.id) over (order by e.id) as before_id,
           lag(e.hash) over (order by e.id) as before_hash
    from audit_event e),
checked as (
    select id, case
        when hash <> recomputed then 'CONTENT'
        when prev_hash <> coalesce(before_hash, repeat('0', 64)) then 'LINK'
        when id <> coalesce(before_id, 0) + 1 then 'GAP'
        end as problem
    from walk),
first_broken as (
    select id, problem from checked where problem is not null order by id limit 1)
select (select count(*) from audit_event),
       (select id from first_broken),
       (select problem from first_broken),
       (select id from audit_event order by id desc limit 1),
       (select hash from audit_event order by id desc limit 1)
$$;
