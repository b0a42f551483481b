package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.util.Locale;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.InputBounds;

/**
 * A change to one assessment through the API. Values are text so that a wrong one gets a
 * field error rather than a parse failure.
 *
 * @param level NOT_ASSESSED, NOT_MET, FAIR, GOOD or EXCELLENT (required)
 * @param rationale why (required when the level changes)
 * @param version the version the change is based on (required)
 * @param targetLevel FAIR, GOOD or EXCELLENT, optional; with targetDate
 * @param targetDate yyyy-MM-dd, optional; with targetLevel
 */
record AssessmentUpdateJson(String level, String rationale, Long version, String targetLevel, String targetDate) {

	/**
	 * The change this body asks for.
	 * @throws InvalidInputException naming every field that cannot be read
	 */
	AssessmentChange toChange() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		ComplianceLevel newLevel = parseLevel(this.level, "level", true, problems);
		ComplianceLevel newTargetLevel = parseLevel(this.targetLevel, "targetLevel", false, problems);
		LocalDate newTargetDate = null;
		if (this.targetDate != null) {
			try {
				newTargetDate = InputBounds.date("targetDate", this.targetDate);
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (this.version == null) {
			problems.add("version", "assessment.api.version.required");
		}
		problems.throwIfAny();
		boolean changeTarget = this.targetLevel != null || this.targetDate != null;
		return new AssessmentChange(newLevel, null, null, changeTarget, newTargetLevel, newTargetDate, this.rationale);
	}

	/** The date of an {@code asAt} parameter, or null when none was given. */
	static LocalDate asAt(String asAt) {
		return InputBounds.date("asAt", asAt);
	}

	private static ComplianceLevel parseLevel(String text, String field, boolean required,
			InvalidInputException.Problems problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(field, "assessment.api.level.required");
			}
			return null;
		}
		try {
			return ComplianceLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "assessment.api.level.invalid", text);
			return null;
		}
	}

}
