package uk.police.mopi.assessment;

/**
 * Someone else changed the assessment since the version the change was based on. Nothing
 * was applied; {@link #current()} is the assessment as it now stands.
 */
public class AssessmentConflictException extends RuntimeException {

	private final transient AssessmentView current;

	public AssessmentConflictException(AssessmentView current) {
		super("Assessment " + current.key() + " was changed by " + current.updatedBy() + "; it is now at version "
				+ current.version());
		this.current = current;
	}

	public AssessmentView current() {
		return this.current;
	}

}
