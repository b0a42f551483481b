package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.Rag;

/**
 * The Investment Board's dashboard as at a date: everything its page shows, composed by
 * {@link BoardDashboardService#board}.
 *
 * @param asAt the date shown (today when none or a later one was asked for)
 * @param today today
 * @param compliance compliance at the date: the headline figures
 * @param fairMilestone the date of Fair compliance in the priority areas
 * @param atFairMilestone compliance at that date
 * @param fullCompliance the full-compliance deadline
 * @param daysToDeadline days from the date shown to the deadline
 * @param byArea counts by business area, the force-wide ones last
 * @param bySection counts by section
 * @param priorityAreas the priority areas at the Fair milestone and at the date
 * @param trajectory compliance over time to the date
 * @param overdue milestones overdue at the date, by forecast date
 * @param dueSoon milestones on track or at risk forecast within 90 days of the date
 * @param rag projects by RAG, every RAG present
 * @param scoped whether milestones and projects are limited to an area owner's areas
 * @param budget the programme's totals per financial year
 * @param lastBoard the last Investment Board decision before the date, or null
 * @param changedSince where "what changed since" starts
 * @param delivery today's delivery status and confidence; null for a past date
 */
public record BoardDashboard(LocalDate asAt, LocalDate today, DashboardService.Compliance compliance,
		LocalDate fairMilestone, DashboardService.Compliance atFairMilestone, LocalDate fullCompliance,
		long daysToDeadline, List<CountsRow> byArea, List<CountsRow> bySection, List<PriorityArea> priorityAreas,
		Trajectory trajectory, List<MilestoneView> overdue, List<MilestoneView> dueSoon, Map<Rag, Long> rag,
		boolean scoped, List<YearTotals> budget, LocalDate lastBoard, LocalDate changedSince, Delivery delivery) {

	/**
	 * What achieved milestones have not delivered, the status of full compliance and the
	 * programme's delivery confidence.
	 *
	 * @param outlook the status and confidence
	 * @param notDelivered traced assessments whose milestone was achieved more than the
	 * grace period ago and are still below plan; not in the plan line
	 * @param awaitingProposal those achieved more recently, still below plan, counted in
	 * the plan line at the next month end
	 * @param graceDays the grace period
	 */
	public record Delivery(ComplianceOutlook outlook, long notDelivered, long awaitingProposal, int graceDays) {
	}

	/**
	 * A row of a counts table: each count links to the assessments behind it.
	 *
	 * @param label the row's heading as data (an area's or section's name), or null
	 * @param labelCode the message code of the heading when it is a text of the portal
	 * @param counts the counts
	 * @param area the area code its links filter on, or null
	 * @param section the section code its links filter on, or null
	 */
	public record CountsRow(String label, String labelCode, LevelCounts counts, String area, String section) {
	}

	/**
	 * A priority area at the Fair milestone and at the date shown.
	 *
	 * @param area the area
	 * @param atMilestone its counts at the milestone, or null when it had none
	 * @param now its counts at the date shown
	 */
	public record PriorityArea(BusinessAreaView area, LevelCounts atMilestone, LevelCounts now) {
	}

}
