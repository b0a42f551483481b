package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.List;

import uk.police.mopi.shared.InputProblem;
import uk.police.mopi.shared.InvalidInputException;

/**
 * The rules every change to an assessment keeps, whether it comes from a form, a bulk
 * update or the API.
 */
public final class AssessmentRules {

	public static final int MAX_RATIONALE = 2000;

	public static final int MAX_REASON = 500;

	/**
	 * The range the database accepts for a target date (a sanity bound on input, not a
	 * date of the programme).
	 */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(2004, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(2030, 12, 31);

	private AssessmentRules() {
	}

	/**
	 * Problems with a change to an assessment currently in {@code current} state (null
	 * for bulk).
	 */
	public static List<InputProblem> check(AssessmentChange change, AssessmentState current) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		boolean levelChanges = change.level() != null && (current == null || change.level() != current.level());
		boolean applicabilityChanges = change.applicable() != null
				&& (current == null || change.applicable() != current.applicable());
		if ((levelChanges || applicabilityChanges) && isBlank(change.rationale())) {
			problems.add("rationale", "assessment.rationale.required");
		}
		if (change.rationale() != null && change.rationale().length() > MAX_RATIONALE) {
			problems.add("rationale", "assessment.rationale.size", MAX_RATIONALE);
		}
		if (hasNul(change.rationale()) || hasNul(change.notApplicableReason())) {
			problems.add("rationale", "assessment.text.invalid");
		}
		if (Boolean.FALSE.equals(change.applicable())) {
			if (isBlank(change.notApplicableReason())) {
				problems.add("notApplicableReason", "assessment.notApplicableReason.required");
			}
			else if (change.notApplicableReason().length() > MAX_REASON) {
				problems.add("notApplicableReason", "assessment.notApplicableReason.size", MAX_REASON);
			}
		}
		if (change.changeTarget()) {
			checkTarget(change, problems);
		}
		return problems.list();
	}

	private static void checkTarget(AssessmentChange change, InvalidInputException.Problems problems) {
		if ((change.targetLevel() == null) != (change.targetDate() == null)) {
			problems.add((change.targetLevel() == null) ? "targetLevel" : "targetDate", "assessment.target.both");
		}
		if (change.targetLevel() != null && !change.targetLevel().isTarget()) {
			problems.add("targetLevel", "assessment.targetLevel.invalid");
		}
		if (change.targetDate() != null
				&& (change.targetDate().isBefore(EARLIEST_DATE) || change.targetDate().isAfter(LATEST_DATE))) {
			problems.add("targetDate", "assessment.targetDate.range");
		}
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
