package uk.police.mopi.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every mutable, audited entity shares: a version for optimistic locking (a form
 * carries it; a stale one is refused with {@code shared.ConcurrentChangeException}) and
 * who created and last changed the row, and when. Subclasses call {@link #created} in
 * their constructor and {@link #changed} in every method that changes them.
 */
@MappedSuperclass
public abstract class AuditedEntity {

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	/** Records who created the row and when; the first change is the creation. */
	protected final void created(String by, Instant at) {
		this.createdAt = at;
		this.createdBy = by;
		changed(by, at);
	}

	/** Records who changed the row last and when. */
	protected final void changed(String by, Instant at) {
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	/** True when a change based on {@code version} would overwrite a later one. */
	public boolean isStale(long version) {
		return version != this.version;
	}

}
