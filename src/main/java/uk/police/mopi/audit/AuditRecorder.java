package uk.police.mopi.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes entries to the trail. Every read-write transaction gets a buffer when it begins
 * (Spring Boot hands transaction execution listeners to the transaction manager); its
 * entries are written just before it commits, in it: a rolled-back change leaves no row,
 * and the chain's lock is held only from the write to the commit. Outside a transaction
 * (a sign-in, a refusal) or in a read-only one, an entry is written at once in a
 * transaction of its own.
 */
@Component
class AuditRecorder implements TransactionExecutionListener {

	static final String SYSTEM = "system";

	private static final String INSERT = """
			insert into audit_event (actor, address, action, subject_type, subject_id, outcome, details)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	private final EntityManagerFactory entityManagerFactory;

	/**
	 * The transaction manager comes late: it is built with this recorder among its
	 * listeners.
	 */
	AuditRecorder(JdbcTemplate jdbc, ObjectProvider<PlatformTransactionManager> transactions,
			EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.transactions = transactions;
	}

	/**
	 * Gives every read-write transaction a buffer, before anything in it can write: JPA
	 * changes still in the persistence context are flushed into it just before the
	 * commit.
	 */
	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure == null && !transaction.isReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new Pending());
		}
	}

	/** Records an entry with the current transaction, or at once when there is none. */
	void record(AuditEntry entry) {
		Pending pending = pending();
		if (pending != null) {
			pending.add(entry);
		}
		else {
			ownTransaction().executeWithoutResult((status) -> write(List.of(entry)));
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

	private TransactionTemplate ownTransaction() {
		TransactionTemplate own = new TransactionTemplate(this.transactions.getObject());
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return own;
	}

	/** The buffer of the current read-write transaction, or null. */
	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending) {
				return pending;
			}
		}
		return null;
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

	/**
	 * The entries of one transaction not yet written. Just before the commit it flushes
	 * the transaction's JPA changes (so the entity listener sees them all) and writes the
	 * entries in one batch; anything recorded after that, still inside the transaction,
	 * is written at once.
	 */
	private final class Pending implements TransactionSynchronization {

		private final List<AuditEntry> entries = new ArrayList<>();

		private boolean committing;

		void add(AuditEntry entry) {
			this.entries.add(entry);
			if (this.committing) {
				writePending();
			}
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
			if (readOnly) {
				return;
			}
			if (TransactionSynchronizationManager
				.getResource(AuditRecorder.this.entityManagerFactory) instanceof EntityManagerHolder holder) {
				holder.getEntityManager().flush();
			}
			this.committing = true;
			writePending();
		}

	}

}
