package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.DeliveryView;
import uk.police.mopi.programme.MilestoneStatus;

/**
 * What a business-area owner needs: the area's gaps by target date, each with the
 * milestone planned to close it (or none: unplanned), and which of them have no evidence
 * yet.
 */
@Service
@Transactional(readOnly = true)
public class AreaOwnerView {

	private final AssessmentQueries assessments;

	private final DeliveryQueries deliveries;

	AreaOwnerView(AssessmentQueries assessments, DeliveryQueries deliveries) {
		this.assessments = assessments;
		this.deliveries = deliveries;
	}

	/**
	 * A gap and what closes it.
	 *
	 * @param assessment the assessment below its target
	 * @param closedBy the earliest milestone raising it to its target, or null when
	 * unplanned
	 * @param evidence pieces of evidence recorded
	 */
	public record Gap(AssessmentView assessment, DeliveryView closedBy, int evidence) {

		public boolean unplanned() {
			return this.closedBy == null;
		}

	}

	/** The area's gaps, by target date then requirement. */
	public List<Gap> gaps(String areaCode) {
		Map<CellKey, DeliveryView> closing = new HashMap<>();
		for (DeliveryView delivery : this.deliveries.deliveries(null)) {
			if (delivery.milestoneStatus() == MilestoneStatus.MISSED) {
				continue;
			}
			CellKey key = CellKey.of(delivery.requirementCode(), delivery.area());
			closing.merge(key, delivery, (a, b) -> a.forecastDate().isAfter(b.forecastDate()) ? b : a);
		}
		Map<CellKey, Integer> evidence = this.assessments.evidenceCounts();
		return this.assessments.assessments(null, areaCode, null)
			.stream()
			.filter((a) -> a.state().gap())
			.sorted(Comparator.comparing(AssessmentView::targetDate, Comparator.nullsLast(LocalDate::compareTo))
				.thenComparing((a) -> a.key().requirementCode()))
			.map((a) -> {
				DeliveryView delivery = closing.get(a.key());
				boolean raisesEnough = delivery != null
						&& !uk.police.mopi.assessment.ComplianceLevel.valueOf(delivery.level())
							.isBelow(a.targetLevel());
				return new Gap(a, raisesEnough ? delivery : null, evidence.getOrDefault(a.key(), 0));
			})
			.toList();
	}

}
