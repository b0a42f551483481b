package uk.police.mopi.shared.web;

/**
 * Someone else changed a record since the page was loaded. The change was not applied.
 */
public class ConflictException extends RuntimeException {

	private final String changedBy;

	private final String returnPath;

	public ConflictException(String what, String changedBy, String returnPath) {
		super(what);
		this.changedBy = changedBy;
		this.returnPath = returnPath;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public String getReturnPath() {
		return this.returnPath;
	}

}
