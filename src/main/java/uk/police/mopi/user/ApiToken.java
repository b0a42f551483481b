package uk.police.mopi.user;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.police.mopi.shared.persistence.AuditedEntity;

/**
 * A personal API token: its owner, a name they chose, the SHA-256 hash of its value (the
 * value itself is shown once and never stored), the first characters to recognise it by,
 * when it expires, was last used and was revoked.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ownerId;

	private String name;

	private String tokenHash;

	private String prefix;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	ApiToken(long ownerId, String name, String tokenHash, String prefix, Instant expiresAt, Instant now, String by) {
		this.ownerId = ownerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.expiresAt = expiresAt;
		created(by, now);
	}

	void revoke(Instant now, String by) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokedBy = by;
			changed(by, now);
		}
	}

	/** True when the token may be used now: not revoked and not expired. */
	boolean isUsable(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/** True when its last use is not recorded within the last {@code since}. */
	boolean lastUsedBefore(Instant since) {
		return this.lastUsedAt == null || this.lastUsedAt.isBefore(since);
	}

	Long getId() {
		return this.id;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	String getName() {
		return this.name;
	}

	ApiTokenView toView(String ownerUsername, Instant now) {
		return new ApiTokenView(this.id, ownerUsername, this.name, this.prefix, getCreatedAt(), this.expiresAt,
				this.lastUsedAt, this.revokedAt, isUsable(now));
	}

}
