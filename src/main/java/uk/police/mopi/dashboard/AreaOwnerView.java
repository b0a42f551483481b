package uk.police.mopi.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.DeliveryView;

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
		DeliveryQueries.GapReport report = this.deliveries.report(Set.of(areaCode));
		Map<CellKey, Integer> evidence = this.assessments.evidenceCounts();
		return report.gaps()
			.stream()
			.map((a) -> new Gap(a, report.closing().get(a.key()), evidence.getOrDefault(a.key(), 0)))
			.toList();
	}

}
