package uk.police.mopi.user;

import java.time.Instant;

/**
 * A personal API token as its owner and administrators see it: never its value.
 *
 * @param id database id
 * @param owner the owner's username
 * @param name what the owner called it
 * @param prefix its first characters, to recognise it by
 * @param createdAt when it was created
 * @param expiresAt when it stops working
 * @param lastUsedAt when it was last used (to the minute), or null
 * @param revokedAt when it was revoked, or null
 * @param usable true when it works now
 */
public record ApiTokenView(long id, String owner, String name, String prefix, Instant createdAt, Instant expiresAt,
		Instant lastUsedAt, Instant revokedAt, boolean usable) {
}
