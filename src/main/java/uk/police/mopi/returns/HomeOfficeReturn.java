package uk.police.mopi.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Home Office return as at a date, in layout {@link #LAYOUT_VERSION}. Plain values
 * only (levels as their names, flags as booleans), so that a submitted return stored as
 * JSON reads the same after the live types change. The layout is documented in
 * {@code docs/home-office-return.md}.
 *
 * @param layoutVersion the layout it is written in
 * @param forceCode the force's code ({@code mopi.force.code})
 * @param asAt the date: levels as at its end
 * @param declaration the declaration of the return in hand
 * @param counts the counts behind the return, from its area rows
 * @param requirements one row per requirement of the catalogue in force, by code
 * @param areas one row per assessment (requirement x business area, FORCE for a
 * force-wide one) that existed at the date, by requirement then area
 * @param submission who submitted it and when; null while it is prepared
 */
public record HomeOfficeReturn(String layoutVersion, String forceCode, LocalDate asAt, Declaration declaration,
		Counts counts, List<RequirementLine> requirements, List<AreaLine> areas, Submission submission) {

	/** The version of the column layout this code writes. */
	public static final String LAYOUT_VERSION = "HOR-1";

	/** How a force-wide assessment's area is written in the layout. */
	public static final String FORCE = "FORCE";

	/** The same return, submitted. */
	HomeOfficeReturn submitted(Submission by) {
		return new HomeOfficeReturn(this.layoutVersion, this.forceCode, this.asAt,
				this.declaration.declaredBy(by.submittedBy()), this.counts, this.requirements, this.areas, by);
	}

	/** The same return without its submission: what is frozen. */
	HomeOfficeReturn withoutSubmission() {
		return new HomeOfficeReturn(this.layoutVersion, this.forceCode, this.asAt, this.declaration, this.counts,
				this.requirements, this.areas, null);
	}

	/**
	 * One requirement.
	 *
	 * @param requirementCode e.g. RRD-07
	 * @param title its title
	 * @param sectionCode e.g. RRD
	 * @param sectionName the section's name
	 * @param assessedPer FORCE (once for the force) or AREA (per business area)
	 * @param forceLevel the force's level: the force-wide assessment's, or the lowest
	 * across the applicable areas; NOT_APPLICABLE when no assessment of it applies,
	 * NOT_ASSESSED when none existed at the date
	 * @param targetLevel the force-wide target, or the highest target among the
	 * applicable areas; null when none is set
	 * @param evidence true when at least one applicable assessment of it is at Fair or
	 * above and every such assessment held evidence at the date
	 * @param applicableAreas applicable assessments (1 or 0 for a force-wide one)
	 * @param areasAtLeastFair of them, at Fair or above
	 * @param areasBelowTarget of them, below their own target
	 */
	public record RequirementLine(String requirementCode, String title, String sectionCode, String sectionName,
			String assessedPer, String forceLevel, String targetLevel, boolean evidence, int applicableAreas,
			int areasAtLeastFair, int areasBelowTarget) {
	}

	/**
	 * One assessment: a requirement in a business area, or FORCE.
	 *
	 * @param requirementCode e.g. RRD-07
	 * @param areaCode e.g. CUS, or FORCE
	 * @param areaName the area's name; null for FORCE
	 * @param priorityArea one of the six priority areas
	 * @param applicable applicable at the date
	 * @param level its level at the date (NOT_APPLICABLE when not applicable)
	 * @param targetLevel its target, or null
	 * @param targetDate its target date, or null
	 * @param evidenceItems pieces of evidence it held at the date
	 */
	public record AreaLine(String requirementCode, String areaCode, String areaName, boolean priorityArea,
			boolean applicable, String level, String targetLevel, LocalDate targetDate, int evidenceItems) {
	}

	/**
	 * The declaration of the return in hand.
	 *
	 * @param code the key date it declares against, e.g. FAIR_IN_PRIORITY_AREAS
	 * @param dueDate the key date's date
	 * @param statement what the force declares
	 * @param supported whether the figures support it: every assessment it considers
	 * meets it
	 * @param cellsConsidered the applicable assessments it considers
	 * @param cellsMeeting of them, those that meet it
	 * @param declaredBy the username of who submitted it; null while prepared
	 */
	public record Declaration(String code, LocalDate dueDate, String statement, boolean supported, int cellsConsidered,
			int cellsMeeting, String declaredBy) {

		Declaration declaredBy(String username) {
			return new Declaration(this.code, this.dueDate, this.statement, this.supported, this.cellsConsidered,
					this.cellsMeeting, username);
		}

	}

	/**
	 * The counts behind the return, as the dashboard API names them.
	 *
	 * @param requirements requirements listed
	 * @param applicableCells applicable assessments
	 * @param atLeastFair Fair or above
	 * @param atLeastGood Good or above
	 * @param excellent Excellent
	 * @param requirementsAtLeastFair requirements whose force level is Fair or above
	 * @param requirementsWithEvidence requirements with evidence
	 */
	public record Counts(int requirements, int applicableCells, int atLeastFair, int atLeastGood, int excellent,
			int requirementsAtLeastFair, int requirementsWithEvidence) {
	}

	/**
	 * A submission.
	 *
	 * @param submittedAt when
	 * @param submittedBy who (username)
	 * @param version the stored row's version
	 */
	public record Submission(Instant submittedAt, String submittedBy, long version) {
	}

}
