package uk.police.mopi.home;

import java.time.LocalDate;
import java.util.List;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueVersionView;
import uk.police.mopi.dashboard.ComplianceOutlook;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.user.PortalUser;

/**
 * What the home page shows one person.
 *
 * @param user who is signed in
 * @param catalogueVersion the catalogue in force, or null
 * @param areaCount business areas
 * @param priorityAreaCount of which priority areas
 * @param ownedAreas the areas this person owns
 * @param homeOfficeMilestones the Home Office milestones and how each is going
 * @param today today
 * @param deadline full compliance is due by this date
 * @param daysToDeadline days from today to the deadline; negative once passed
 * @param attention what needs the programme team's attention, or null for other roles
 * @param outlook the status of full compliance, derived from the plan and the forecast,
 * and the programme's delivery confidence
 * @param delivered the traced assessments of this person's own areas that achieved
 * milestones have not raised yet (empty for someone who owns no area)
 */
public record HomePage(PortalUser user, CatalogueVersionView catalogueVersion, int areaCount, long priorityAreaCount,
		List<BusinessAreaView> ownedAreas, List<MilestoneView> homeOfficeMilestones, LocalDate today,
		LocalDate deadline, long daysToDeadline, Attention attention, ComplianceOutlook outlook,
		List<DeliveryFollowUp.Undelivered> delivered) {

	/** The Home Office milestone of full compliance, whose status is derived. */
	public boolean fullCompliance(MilestoneView milestone) {
		return milestone.status() == MilestoneStatus.PLANNED && milestone.baselineDate().equals(this.deadline);
	}

	/**
	 * What needs the programme team's attention.
	 *
	 * @param pastTarget applicable assessments past their target date
	 * @param notReviewed applicable assessments not reviewed for six months
	 * @param nextMilestones planned milestones forecast in the next 30 days
	 * @param pendingProposals proposals awaiting a decision
	 * @param awaitingProposal traced assessments of milestones achieved within the grace
	 * period, still below plan
	 * @param notDelivered those achieved before it, still below plan
	 */
	public record Attention(long pastTarget, long notReviewed, List<MilestoneView> nextMilestones,
			List<AssessmentQueries.PendingProposal> pendingProposals, long awaitingProposal, long notDelivered) {
	}

}
