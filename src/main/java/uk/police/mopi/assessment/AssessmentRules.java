package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every change to an assessment keeps, whether it comes from a form, a bulk
 * update or the API.
 */
public final class AssessmentRules {

	public static final int MAX_RATIONALE = 2000;

	public static final int MAX_REASON = 500;

	public static final LocalDate EARLIEST_DATE = LocalDate.of(2004, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(2030, 12, 31);

	private AssessmentRules() {
	}

	/**
	 * Problems with a change to an assessment currently in {@code current} state (null
	 * for bulk).
	 */
	public static List<FieldProblem> check(AssessmentChange change, AssessmentState current) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean levelChanges = change.level() != null && (current == null || change.level() != current.level());
		boolean applicabilityChanges = change.applicable() != null
				&& (current == null || change.applicable() != current.applicable());
		if ((levelChanges || applicabilityChanges) && isBlank(change.rationale())) {
			problems.add(new FieldProblem("rationale", "assessment.rationale.required",
					"Give a rationale: it is required whenever the level or applicability changes"));
		}
		if (change.rationale() != null && change.rationale().length() > MAX_RATIONALE) {
			problems.add(new FieldProblem("rationale", "assessment.rationale.size",
					"The rationale must be " + MAX_RATIONALE + " characters or fewer"));
		}
		if (hasNul(change.rationale()) || hasNul(change.notApplicableReason())) {
			problems.add(new FieldProblem("rationale", "assessment.text.invalid",
					"Remove the control characters from the text"));
		}
		if (Boolean.FALSE.equals(change.applicable())) {
			if (isBlank(change.notApplicableReason())) {
				problems.add(new FieldProblem("notApplicableReason", "assessment.notApplicableReason.required",
						"Say why the requirement does not apply here"));
			}
			else if (change.notApplicableReason().length() > MAX_REASON) {
				problems.add(new FieldProblem("notApplicableReason", "assessment.notApplicableReason.size",
						"The reason must be " + MAX_REASON + " characters or fewer"));
			}
		}
		if (change.changeTarget()) {
			if ((change.targetLevel() == null) != (change.targetDate() == null)) {
				problems.add(new FieldProblem((change.targetLevel() == null) ? "targetLevel" : "targetDate",
						"assessment.target.both", "Give both a target level and a target date, or neither"));
			}
			if (change.targetLevel() != null && !change.targetLevel().isTarget()) {
				problems.add(new FieldProblem("targetLevel", "assessment.targetLevel.invalid",
						"A target level must be Fair, Good or Excellent"));
			}
			if (change.targetDate() != null
					&& (change.targetDate().isBefore(EARLIEST_DATE) || change.targetDate().isAfter(LATEST_DATE))) {
				problems.add(new FieldProblem("targetDate", "assessment.targetDate.range",
						"The target date must be between 1 January 2004 and 31 December 2030"));
			}
		}
		return problems;
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
