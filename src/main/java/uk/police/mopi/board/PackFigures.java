package uk.police.mopi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a Board pack shows, frozen when the pack is published: the only data a
 * published pack, its PDF and its workbook ever read. Plain values only (codes, names,
 * numbers, dates), never the portal's live view types, so that a pack stored today reads
 * the same after the portal's own records change. Levels, RAGs, statuses and warnings are
 * stored as codes (enum names, message-code suffixes) and put into words when rendered.
 * <p>
 * Change this shape only by adding fields; bump {@link #SCHEMA} when a stored pack would
 * need reading differently.
 *
 * @param schema the shape's version, {@link #SCHEMA} when composed
 * @param asAt the date the figures are as at
 * @param today the portal's today when the figures were composed
 * @param fairMilestone the date of Fair compliance in the priority areas (31 March 2007)
 * @param fullCompliance the full-compliance deadline
 * @param daysToDeadline days from {@code asAt} to the deadline
 * @param headline applicable assessments, force-wide ones included, as the dashboard API
 * counts them
 * @param priorityAreas the priority areas at the Fair milestone and at {@code asAt}
 * @param byArea counts by business area, force-wide (area code FORCE) last
 * @param bySection counts by catalogue section
 * @param trajectory actual, plan, target and forecasts
 * @param outlook the derived status of full compliance and the programme's confidence
 * @param homeOffice the Home Office milestones
 * @param overdue milestones overdue at {@code asAt}
 * @param coming milestones forecast within 90 days of {@code asAt}
 * @param milestones every milestone of the plan (removed ones left out)
 * @param projects every project with its RAG and delivery confidence
 * @param budget the programme's totals per financial year
 * @param decisions the Board's decisions on money, every year
 * @param budgetLines every budget line
 * @param matrix every assessment as at {@code asAt}: the lists behind every count
 * @param changes what changed since the previous published pack
 */
public record PackFigures(int schema, LocalDate asAt, LocalDate today, LocalDate fairMilestone,
		LocalDate fullCompliance, long daysToDeadline, Counts headline, List<PriorityArea> priorityAreas,
		List<CountsRow> byArea, List<CountsRow> bySection, TrajectoryFigures trajectory, Outlook outlook,
		List<MilestoneRow> homeOffice, List<MilestoneRow> overdue, List<MilestoneRow> coming,
		List<MilestoneRow> milestones, List<ProjectRow> projects, List<BudgetYear> budget, List<DecisionRow> decisions,
		List<BudgetLineRow> budgetLines, List<Cell> matrix, Changes changes) {

	/** The version of this shape. */
	public static final int SCHEMA = 1;

	/**
	 * Applicable assessments counted by level, with the names the dashboard API uses.
	 *
	 * @param applicableCells applicable assessments
	 * @param notAssessed at NOT_ASSESSED
	 * @param notMet at NOT_MET
	 * @param fair at FAIR exactly
	 * @param good at GOOD exactly
	 * @param excellent at EXCELLENT
	 * @param atLeastFair Fair, Good or Excellent
	 * @param atLeastGood Good or Excellent
	 */
	public record Counts(int applicableCells, int notAssessed, int notMet, int fair, int good, int excellent,
			int atLeastFair, int atLeastGood) {

		/**
		 * A count as a whole-number percentage of the applicable assessments, rounded as
		 * the dashboard rounds it.
		 */
		public int percent(int count) {
			return (this.applicableCells == 0) ? 0 : Math.round(100f * count / this.applicableCells);
		}

	}

	/**
	 * A row of a counts table.
	 *
	 * @param code the area code (FORCE for force-wide) or the section code
	 * @param name its name as it was
	 * @param counts its counts
	 */
	public record CountsRow(String code, String name, Counts counts) {
	}

	/**
	 * A priority area at the Fair milestone and at the pack's date.
	 *
	 * @param code the area code
	 * @param name the area's name
	 * @param atFairMilestone its counts at the milestone, or null when it had none
	 * @param atAsAt its counts at the pack's date
	 */
	public record PriorityArea(String code, String name, Counts atFairMilestone, Counts atAsAt) {
	}

	/**
	 * Compliance over time.
	 *
	 * @param actual month-end points to {@code asAt}
	 * @param planned the plan from today to the deadline (empty for a past date)
	 * @param targetStart where the target line starts
	 * @param targetEnd where it ends
	 * @param forecastFairEverywhere 100% Fair at the recent rate, or null
	 * @param forecastGoodEverywhere 100% Good at the recent rate, or null
	 * @param deliveriesAfterDeadline traced assessments planned after the deadline
	 * @param notDelivered traced assessments of achieved milestones not delivered
	 * @param awaitingProposal traced assessments awaiting their proposal
	 */
	public record TrajectoryFigures(List<Point> actual, List<Point> planned, Point targetStart, Point targetEnd,
			LocalDate forecastFairEverywhere, LocalDate forecastGoodEverywhere, int deliveriesAfterDeadline,
			int notDelivered, int awaitingProposal) {
	}

	/**
	 * Shares at one date.
	 *
	 * @param date the date
	 * @param applicable applicable assessments then
	 * @param atLeastFair percentage at Fair or better
	 * @param atLeastGood percentage at Good or better
	 */
	public record Point(LocalDate date, int applicable, double atLeastFair, double atLeastGood) {
	}

	/**
	 * The derived status of full compliance and the programme's delivery confidence.
	 *
	 * @param fullCompliance RED, AMBER or GREEN, or null for a past date
	 * @param plannedGood percentage at Good or better planned by the deadline, or null
	 * @param forecastGood 100% Good at the recent rate, or null
	 * @param confidence the programme's delivery confidence (Confidence enum name), or
	 * null
	 */
	public record Outlook(String fullCompliance, Double plannedGood, LocalDate forecastGood, String confidence) {
	}

	/**
	 * A milestone as it was.
	 *
	 * @param code its code
	 * @param title its title
	 * @param kind MilestoneKind name
	 * @param projectCode its project, or null
	 * @param baselineDate the baseline date
	 * @param forecastDate the forecast date
	 * @param actualDate the date achieved, or null
	 * @param status MilestoneStatus name
	 * @param progress MilestoneProgress name
	 */
	public record MilestoneRow(String code, String title, String kind, String projectCode, LocalDate baselineDate,
			LocalDate forecastDate, LocalDate actualDate, String status, String progress) {
	}

	/**
	 * A project as it was.
	 *
	 * @param code its code
	 * @param name its name
	 * @param workstream Workstream name
	 * @param sponsor its sponsor
	 * @param rag RED, AMBER or GREEN as shown (override included)
	 * @param confidence its delivery confidence (Confidence name), or null
	 */
	public record ProjectRow(String code, String name, String workstream, String sponsor, String rag,
			String confidence) {
	}

	/**
	 * A financial year's totals as they were.
	 *
	 * @param financialYear for example 2008/09
	 * @param approved approved by Board decisions
	 * @param allocated allocated to budget lines
	 * @param unfunded allocated beyond the decisions
	 * @param unallocated approved and not allocated
	 * @param forecast forecast
	 * @param actual actual
	 * @param externalForecast forecast on external resources
	 * @param externalCap the cap on external resources, or null
	 * @param warnings the year's warning codes, as {@code YearTotals#warnings()}
	 */
	public record BudgetYear(String financialYear, BigDecimal approved, BigDecimal allocated, BigDecimal unfunded,
			BigDecimal unallocated, BigDecimal forecast, BigDecimal actual, BigDecimal externalForecast,
			BigDecimal externalCap, List<String> warnings) {
	}

	/**
	 * A Board decision on money as it was.
	 *
	 * @param id its id
	 * @param decidedOn the date decided
	 * @param businessCase what was decided
	 * @param financialYear the year
	 * @param amount the amount
	 * @param decision APPROVED, REJECTED or DEFERRED
	 * @param allocated allocated to lines from it
	 */
	public record DecisionRow(long id, LocalDate decidedOn, String businessCase, String financialYear,
			BigDecimal amount, String decision, BigDecimal allocated) {
	}

	/**
	 * A budget line as it was.
	 *
	 * @param id its id
	 * @param projectCode its project
	 * @param financialYear its year
	 * @param resourceType ResourceType name
	 * @param allocated allocated
	 * @param funded the part its decision funds
	 * @param forecast forecast
	 * @param actual actual
	 * @param decisionId the decision funding it, or null
	 */
	public record BudgetLineRow(long id, String projectCode, String financialYear, String resourceType,
			BigDecimal allocated, BigDecimal funded, BigDecimal forecast, BigDecimal actual, Long decisionId) {
	}

	/**
	 * One assessment as at the pack's date.
	 *
	 * @param requirement the requirement code
	 * @param title the requirement's title
	 * @param section the section code
	 * @param area the area code, FORCE for a force-wide requirement
	 * @param applicable whether it applies
	 * @param level ComplianceLevel name
	 */
	public record Cell(String requirement, String title, String section, String area, boolean applicable,
			String level) {
	}

	/**
	 * What changed since the previous published pack.
	 *
	 * @param previousPackId the previous pack, or null when this is the first
	 * @param previousAsAt its date, or null
	 * @param raised assessments whose level went up
	 * @param lowered assessments whose level went down
	 * @param achieved milestones achieved since
	 * @param slipped milestones whose forecast moved later since
	 * @param money years whose approved, allocated or forecast money moved
	 */
	public record Changes(Long previousPackId, LocalDate previousAsAt, List<CellChange> raised,
			List<CellChange> lowered, List<MilestoneRow> achieved, List<Slip> slipped, List<MoneyMove> money) {
	}

	/**
	 * An assessment's level before and after.
	 *
	 * @param requirement the requirement code
	 * @param area the area code
	 * @param before ComplianceLevel name before (NOT_APPLICABLE when it did not apply)
	 * @param after ComplianceLevel name after
	 */
	public record CellChange(String requirement, String area, String before, String after) {
	}

	/**
	 * A milestone's forecast before and after.
	 *
	 * @param code the milestone
	 * @param title its title
	 * @param before its forecast in the previous pack
	 * @param after its forecast now
	 */
	public record Slip(String code, String title, LocalDate before, LocalDate after) {
	}

	/**
	 * A year's money before and after.
	 *
	 * @param financialYear the year
	 * @param approvedBefore approved in the previous pack
	 * @param approvedAfter approved now
	 * @param allocatedBefore allocated in the previous pack
	 * @param allocatedAfter allocated now
	 * @param forecastBefore forecast in the previous pack
	 * @param forecastAfter forecast now
	 */
	public record MoneyMove(String financialYear, BigDecimal approvedBefore, BigDecimal approvedAfter,
			BigDecimal allocatedBefore, BigDecimal allocatedAfter, BigDecimal forecastBefore,
			BigDecimal forecastAfter) {
	}

}
