package uk.police.mopi.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes entries to the trail. In a read-write transaction entries wait in a buffer of
 * that transaction and are written just before it commits, in it: a rolled-back change
 * leaves no row, and the chain's lock is held only from the write to the commit. Outside
 * one (a sign-in, a refusal) or in a read-only one, an entry is written at once in a
 * transaction of its own.
 */
@Component
class AuditRecorder {

	static final String SYSTEM = "system";

	private static final String INSERT = """
			insert into audit_event (actor, address, action, subject_type, subject_id, outcome, details)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records an entry with the current transaction, or at once when there is none. */
	void record(AuditEntry entry) {
		Pending pending = pending();
		if (pending != null) {
			pending.add(entry);
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> write(List.of(entry)));
		}
	}

	/**
	 * Records an entity change with the current transaction; the session writes it after
	 * its last flush, before the commit.
	 */
	void recordWithSession(AuditEntry entry, SharedSessionContractImplementor session) {
		Pending pending = pending();
		if (pending == null) {
			this.ownTransaction.executeWithoutResult((status) -> write(List.of(entry)));
			return;
		}
		pending.add(entry);
		if (!pending.sessionCallbackRegistered) {
			pending.sessionCallbackRegistered = true;
			BeforeCompletionCallback write = (completing) -> pending.writePending();
			session.getTransactionCompletionCallbacks().registerCallback(write);
		}
	}

	/** The signed-in person's username, or {@code system}. */
	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	/**
	 * The client's address as the servlet container reports it, or null outside a
	 * request.
	 */
	static String currentAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	private void write(List<AuditEntry> entries) {
		this.jdbc.batchUpdate(INSERT, entries, 100, (statement, entry) -> {
			statement.setString(1, clip(entry.actor(), 100));
			statement.setString(2, clip(entry.address(), 64));
			statement.setString(3, clip(entry.action(), 80));
			statement.setString(4, clip(entry.subjectType(), 80));
			statement.setString(5, clip(entry.subjectId(), 200));
			statement.setString(6, entry.outcome());
			statement.setString(7, entry.details());
		});
	}

	private static String clip(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	/** The entries of one transaction not yet written. */
	private final class Pending implements TransactionSynchronization {

		private final List<AuditEntry> entries = new ArrayList<>();

		private boolean sessionCallbackRegistered;

		void add(AuditEntry entry) {
			this.entries.add(entry);
		}

		void writePending() {
			if (!this.entries.isEmpty()) {
				List<AuditEntry> toWrite = List.copyOf(this.entries);
				this.entries.clear();
				write(toWrite);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			writePending();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditRecorder.this);
		}

	}

}
