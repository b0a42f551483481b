package uk.police.mopi.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.police.mopi.shared.WallClock;
import uk.police.mopi.shared.audit.AuditEvent;

/**
 * Counts failed sign-ins per account (the username tried, whether or not it exists) and
 * per client address in PostgreSQL, so that every portal instance sees the same counts,
 * and refuses a sign-in from a locked account or blocked address before its password is
 * checked (see {@link SignInPolicy}). Form and API share the counts.
 */
@Service
public class SignInGuard {

	private static final String ACCOUNT = "ACCOUNT";

	private static final String ADDRESS = "ADDRESS";

	private static final int LONGEST_SUBJECT = 100;

	private final JdbcClient jdbc;

	private final WallClock clock;

	private final SignInPolicy policy;

	private final ApplicationEventPublisher events;

	SignInGuard(JdbcClient jdbc, WallClock clock, SignInPolicy policy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * Lets a sign-in go on to its password check, or refuses it.
	 * @throws SignInRefusedException when the account is locked or the address blocked
	 */
	Attempt admit(String username, String address) {
		Attempt attempt = new Attempt(subject(username), subject(address), false);
		Instant now = this.clock.now();
		List<Standing> standings = this.jdbc
			.sql("select kind, failures, locked_until from sign_in_failure "
					+ "where (kind = 'ACCOUNT' and subject = :account) or (kind = 'ADDRESS' and subject = :address)")
			.param("account", attempt.account())
			.param("address", attempt.address())
			.query((rs, row) -> new Standing(rs.getString("kind"), rs.getInt("failures"),
					instant(rs.getObject("locked_until", OffsetDateTime.class))))
			.list();
		SignInRefusedException refusal = null;
		boolean accountFailed = false;
		for (Standing standing : standings) {
			accountFailed |= ACCOUNT.equals(standing.kind());
			if (standing.lockedUntil() != null && standing.lockedUntil().isAfter(now)
					&& (refusal == null || standing.lockedUntil().isAfter(refusal.retryAfter()))) {
				refusal = new SignInRefusedException(standing.lockedUntil(), now,
						ACCOUNT.equals(standing.kind()) ? "account_locked" : "address_blocked");
			}
		}
		if (refusal != null) {
			throw refusal;
		}
		return new Attempt(attempt.account(), attempt.address(), accountFailed);
	}

	/** Counts a failed sign-in against its account and address, locking either if due. */
	void failed(Attempt attempt) {
		Instant now = this.clock.now();
		int accountFailures = count(ACCOUNT, attempt.account(), "last_failure_at",
				now.minus(this.policy.accountForgetAfter()), now);
		java.time.Duration lock = this.policy.accountLock(accountFailures);
		if (!lock.isZero()) {
			lock(ACCOUNT, attempt, now.plus(lock), accountFailures);
		}
		if (attempt.address() == null) {
			return;
		}
		int addressFailures = count(ADDRESS, attempt.address(), "first_failure_at",
				now.minus(this.policy.addressWindow()), now);
		if (addressFailures >= this.policy.addressMaxFailures()) {
			lock(ADDRESS, attempt, now.plus(this.policy.addressBlock()), addressFailures);
		}
	}

	/** Forgets the account's failures after it signed in. */
	void succeeded(Attempt attempt) {
		if (attempt.accountFailed()) {
			forget(attempt.account());
		}
	}

	/**
	 * Unlocks an account and forgets its failures: an administrator's answer to "I am
	 * locked out".
	 */
	public void unlock(String username, String by) {
		forget(subject(username));
		this.events.publishEvent(AuditEvent.of("signin.unlocked", "user", username).by(by));
		SecurityLog.event("signin.unlocked", username, null, "unlocked_by:" + by);
	}

	/** Until when the account is locked, if it is now. */
	public Optional<Instant> lockedUntil(String username) {
		return this.jdbc
			.sql("select locked_until from sign_in_failure where kind = 'ACCOUNT' and subject = :account "
					+ "and locked_until > :now")
			.param("account", subject(username))
			.param("now", timestamp(this.clock.now()))
			.query((rs, row) -> instant(rs.getObject("locked_until", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * One more failure for the subject: the count restarts at one when the row's
	 * {@code since} column is older than {@code restartBefore}.
	 */
	private int count(String kind, String subject, String since, Instant restartBefore, Instant now) {
		String restart = "sign_in_failure." + since + " < :restart";
		return this.jdbc
			.sql("insert into sign_in_failure (kind, subject, failures, first_failure_at, last_failure_at) "
					+ "values (:kind, :subject, 1, :now, :now) on conflict (kind, subject) do update set "
					+ "failures = case when " + restart + " then 1 else sign_in_failure.failures + 1 end, "
					+ "first_failure_at = case when " + restart
					+ " then :now else sign_in_failure.first_failure_at end, " + "last_failure_at = :now, "
					+ "locked_until = case when " + restart + " then null else sign_in_failure.locked_until end "
					+ "returning failures")
			.param("kind", kind)
			.param("subject", subject)
			.param("now", timestamp(now))
			.param("restart", timestamp(restartBefore))
			.query(Integer.class)
			.single();
	}

	private void lock(String kind, Attempt attempt, Instant until, int failures) {
		String subject = ACCOUNT.equals(kind) ? attempt.account() : attempt.address();
		this.jdbc.sql("update sign_in_failure set locked_until = :until where kind = :kind and subject = :subject")
			.param("until", timestamp(until))
			.param("kind", kind)
			.param("subject", subject)
			.update();
		String type = ACCOUNT.equals(kind) ? "user" : "address";
		this.events.publishEvent(AuditEvent.of("signin.locked", type, subject)
			.by(attempt.account())
			.after(Map.of("address", String.valueOf(attempt.address()), "failures", failures, "lockedUntil",
					until.toString())));
		SecurityLog.warning("signin.locked", attempt.account(), attempt.address(),
				(ACCOUNT.equals(kind) ? "account_locked" : "address_blocked") + " failures=" + failures + " until="
						+ until);
	}

	private void forget(String account) {
		this.jdbc.sql("delete from sign_in_failure where kind = 'ACCOUNT' and subject = :account")
			.param("account", account)
			.update();
	}

	private static String subject(String value) {
		if (value == null) {
			return null;
		}
		String subject = value.trim().toLowerCase(Locale.ROOT);
		return (subject.length() > LONGEST_SUBJECT) ? subject.substring(0, LONGEST_SUBJECT) : subject;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A sign-in let through to its password check.
	 *
	 * @param account the username tried, as counted
	 * @param address the client's address, or null when unknown
	 * @param accountFailed whether the account had failures to forget on success
	 */
	record Attempt(String account, String address, boolean accountFailed) {
	}

	private record Standing(String kind, int failures, Instant lockedUntil) {
	}

}
