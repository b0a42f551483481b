-- A signed-in request no longer writes its session's row (issue 13). Spring Session JDBC sets
-- the last access time on every request and saves the session: one UPDATE and one commit,
-- with its WAL flush, per page view. This trigger skips that UPDATE when nothing but the access
-- and expiry times moved, by less than a minute: the row is written at most once a minute per
-- session. A session may therefore end up to a minute before its idle timeout
-- (server.servlet.session.timeout, 30 minutes), and "Your sessions" shows the last access to
-- within a minute. Any other change (a new session id at sign-in, the principal, the timeout)
-- is written at once, as are the session's attributes (their own table).
create function spring_session_touch() returns trigger language plpgsql as $$
begin
    if new.session_id = old.session_id
            and new.max_inactive_interval = old.max_inactive_interval
            and new.principal_name is not distinct from old.principal_name
            and new.last_access_time >= old.last_access_time
            and new.last_access_time - old.last_access_time < 60000 then
        return null;
    end if;
    return new;
end
$$;

create trigger spring_session_touch before update on spring_session
    for each row execute function spring_session_touch();
