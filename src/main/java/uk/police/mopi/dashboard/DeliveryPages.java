package uk.police.mopi.dashboard;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.user.PortalUser;

/**
 * The delivery follow-up list (what achieved milestones have not raised yet) and the
 * programme's delivery confidence page, each one record from one call.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryPages {

	/** How many of the programme's past confidence settings the page lists. */
	static final int HISTORY_SHOWN = 50;

	private final DeliveryFollowUp followUp;

	private final DeliveryConfidence confidence;

	private final ProgrammeOutlook outlook;

	private final ProgrammePolicy policy;

	DeliveryPages(DeliveryFollowUp followUp, DeliveryConfidence confidence, ProgrammeOutlook outlook,
			ProgrammePolicy policy) {
		this.followUp = followUp;
		this.confidence = confidence;
		this.outlook = outlook;
		this.policy = policy;
	}

	/**
	 * The follow-up list.
	 *
	 * @param awaiting traces achieved within the grace period, still below plan
	 * @param notDelivered traces achieved before it, still below plan
	 * @param graceDays the grace period
	 * @param scoped whether only an area owner's own areas are listed
	 */
	public record FollowUpPage(List<DeliveryFollowUp.Undelivered> awaiting,
			List<DeliveryFollowUp.Undelivered> notDelivered, int graceDays, boolean scoped) {
	}

	/**
	 * The programme's confidence.
	 *
	 * @param outlook the status of full compliance and the confidence in force
	 * @param history every setting of the override, latest first
	 */
	public record ConfidencePage(ComplianceOutlook outlook, List<DeliveryConfidence.ProgrammeSetting> history) {
	}

	/** Everything still to follow up, of an area owner's own areas only. */
	public FollowUpPage followUp(PortalUser user) {
		var scope = this.policy.scope(user);
		List<DeliveryFollowUp.Undelivered> all = this.followUp.undelivered(scope);
		return new FollowUpPage(all.stream().filter(DeliveryFollowUp.Undelivered::awaitingProposal).toList(),
				all.stream().filter(DeliveryFollowUp.Undelivered::notDelivered).toList(), this.followUp.graceDays(),
				scope != null);
	}

	@Transactional
	public ConfidencePage confidence() {
		return new ConfidencePage(this.outlook.outlook(), this.confidence.history(HISTORY_SHOWN));
	}

}
