package uk.police.mopi.programme;

/**
 * Someone else changed the project or milestone first; nothing was applied.
 *
 * @deprecated the portal refuses with
 * {@code uk.police.mopi.shared.ConcurrentChangeException}; kept only until
 * {@code finance} has moved to it
 */
@Deprecated(forRemoval = true)
public class PlanConflictException extends RuntimeException {

	private final String changedBy;

	public PlanConflictException(String what, String changedBy) {
		super(what);
		this.changedBy = changedBy;
	}

	public String changedBy() {
		return this.changedBy;
	}

}
