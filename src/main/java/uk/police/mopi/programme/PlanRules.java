package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import uk.police.mopi.shared.InvalidInputException;

/**
 * The rules a change to the plan must keep, as problems with message codes (the words are
 * in {@code messages.properties}, "plan.error.*").
 */
final class PlanRules {

	/** Plan dates outside these years are typing mistakes. */
	static final int FIRST_YEAR = 2004;

	static final int LAST_YEAR = 2030;

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 2000;

	static final int REASON_MAX = 2000;

	static final int RAG_REASON_MAX = 500;

	static final int LAG_MAX = 730;

	static final List<String> LEVELS = List.of("FAIR", "GOOD", "EXCELLENT");

	private static final Pattern PROJECT_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,11}$");

	private static final Pattern MILESTONE_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,19}$");

	private static final Pattern REQUIREMENT = Pattern.compile("^[A-Z]{2,6}-[0-9]{2,3}$");

	private static final Pattern AREA = Pattern.compile("^[A-Z]{2,6}$");

	private PlanRules() {
	}

	static InvalidInputException.Problems project(ProjectDetails details) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (details.code() == null || !PROJECT_CODE.matcher(details.code()).matches()) {
			problems.add("code", "plan.error.code");
		}
		if (blankOrLonger(details.name(), NAME_MAX)) {
			problems.add("name", "plan.error.name", NAME_MAX);
		}
		if (details.description() != null && details.description().length() > DESCRIPTION_MAX) {
			problems.add("description", "plan.error.description");
		}
		if (details.workstream() == null) {
			problems.add("workstream", "plan.error.workstream");
		}
		if (details.status() == null) {
			problems.add("status", "plan.error.status");
		}
		date(problems, "startDate", details.startDate());
		date(problems, "endDate", details.endDate());
		if (details.startDate() != null && details.endDate() != null
				&& details.endDate().isBefore(details.startDate())) {
			problems.add("endDate", "plan.error.endBeforeStart");
		}
		return problems;
	}

	static InvalidInputException.Problems milestone(String code, String title, LocalDate baseline) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (code == null || !MILESTONE_CODE.matcher(code).matches()) {
			problems.add("milestoneCode", "plan.error.milestoneCode");
		}
		if (blankOrLonger(title, NAME_MAX)) {
			problems.add("milestoneTitle", "plan.error.milestoneTitle", NAME_MAX);
		}
		date(problems, "milestoneBaseline", baseline);
		return problems;
	}

	/** True when the text could be a milestone's code (so is worth looking up). */
	static boolean isMilestoneCode(String code) {
		return code != null && MILESTONE_CODE.matcher(code).matches();
	}

	static void delivery(String requirementCode, String area, String level) {
		if (level == null || !LEVELS.contains(level)) {
			throw InvalidInputException.of("level", "plan.error.level");
		}
		if (requirementCode == null || area == null || !REQUIREMENT.matcher(requirementCode).matches()
				|| !AREA.matcher(area).matches()) {
			throw InvalidInputException.of("requirement", "plan.error.requirement");
		}
	}

	static void date(InvalidInputException.Problems problems, String field, LocalDate date) {
		if (date == null) {
			problems.add(field, "plan.error.date");
		}
		else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			problems.add(field, "plan.error.dateRange", FIRST_YEAR, LAST_YEAR);
		}
	}

	static boolean blankOrLonger(String text, int max) {
		return text == null || text.isBlank() || text.length() > max;
	}

}
