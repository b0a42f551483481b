package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.List;

import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.programme.DeliveryFollowUp;

/**
 * One business area's view for its owners: its gaps with what closes each, and its
 * standing among all areas. Composed by {@link AreaOwnerView#dashboard}.
 *
 * @param area the area
 * @param show the filter applied: null (all gaps), {@code unplanned} or
 * {@code noEvidence}
 * @param allGaps how many gaps the area has
 * @param gaps the gaps shown, by target date
 * @param unplanned how many gaps no milestone is planned to close
 * @param withoutEvidence how many gaps have no evidence yet
 * @param standings every area's shares, best first
 * @param today today
 * @param delivered traced assessments of the area that achieved milestones have not
 * raised to plan yet: those awaiting the owner's proposal, then those not delivered
 */
public record AreaDashboard(BusinessAreaView area, String show, int allGaps, List<AreaOwnerView.Gap> gaps,
		long unplanned, long withoutEvidence, List<Standing> standings, LocalDate today,
		List<DeliveryFollowUp.Undelivered> delivered) {

	/**
	 * An area's place among all areas.
	 *
	 * @param area the area
	 * @param counts its counts
	 */
	public record Standing(BusinessAreaView area, LevelCounts counts) {
	}

}
