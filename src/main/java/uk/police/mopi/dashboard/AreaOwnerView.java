package uk.police.mopi.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.DeliveryView;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

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

	private final DashboardService dashboard;

	private final BusinessAreaService areas;

	private final AssessmentPolicy policy;

	private final DeliveryFollowUp followUp;

	AreaOwnerView(AssessmentQueries assessments, DeliveryQueries deliveries, DashboardService dashboard,
			BusinessAreaService areas, AssessmentPolicy policy, DeliveryFollowUp followUp) {
		this.followUp = followUp;
		this.policy = policy;
		this.assessments = assessments;
		this.deliveries = deliveries;
		this.dashboard = dashboard;
		this.areas = areas;
	}

	/**
	 * A gap and what closes it.
	 *
	 * @param assessment the assessment below its target
	 * @param closedBy the earliest milestone raising it to its target, or null when
	 * unplanned
	 * @param evidence pieces of evidence recorded
	 * @param undelivered when an achieved milestone traced it and it is still below plan:
	 * that trace (awaiting the owner's proposal, or not delivered); null otherwise. Such
	 * a gap is not "closed by" that milestone.
	 */
	public record Gap(AssessmentView assessment, DeliveryView closedBy, int evidence,
			DeliveryFollowUp.Undelivered undelivered) {

		public boolean unplanned() {
			return this.closedBy == null;
		}

	}

	/** The area's gaps, by target date then requirement. */
	public List<Gap> gaps(String areaCode) {
		return gaps(areaCode, this.followUp.undelivered(Set.of(areaCode)));
	}

	private List<Gap> gaps(String areaCode, List<DeliveryFollowUp.Undelivered> undelivered) {
		DeliveryQueries.GapReport report = this.deliveries.report(Set.of(areaCode));
		Map<CellKey, Integer> evidence = this.assessments.evidenceCounts();
		Map<String, DeliveryFollowUp.Undelivered> byTrace = new HashMap<>();
		undelivered.forEach((u) -> byTrace.put(DeliveryFollowUp.traceKey(u.milestoneCode(), u.key()), u));
		return report.gaps().stream().map((a) -> {
			DeliveryView closedBy = report.closing().get(a.key());
			DeliveryFollowUp.Undelivered follow = (closedBy != null)
					? byTrace.get(DeliveryFollowUp.traceKey(closedBy.milestoneCode(), a.key())) : null;
			return new Gap(a, closedBy, evidence.getOrDefault(a.key(), 0), follow);
		}).toList();
	}

	/**
	 * An area's view: its gaps, all of them or only the unplanned ones ({@code show}
	 * "unplanned") or only those with no evidence yet ("noEvidence": what awaits the
	 * owner), and the area against the others.
	 * @throws NotFoundException when there is no such area
	 */
	@Transactional
	public AreaDashboard dashboard(String areaCode, String show, PortalUser viewer) {
		BusinessAreaView area = this.areas.area(areaCode.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("There is no business area " + areaCode));
		List<DeliveryFollowUp.Undelivered> undelivered = this.followUp.undelivered(Set.of(area.code()));
		List<Gap> gaps = gaps(area.code(), undelivered);
		String filter = ("unplanned".equals(show) || "noEvidence".equals(show)) ? show : null;
		List<Gap> shown = gaps.stream()
			.filter((g) -> filter == null || ("unplanned".equals(filter) ? g.unplanned() : g.evidence() == 0))
			.toList();
		return new AreaDashboard(area, filter, gaps.size(), shown, gaps.stream().filter(Gap::unplanned).count(),
				gaps.stream().filter((g) -> g.evidence() == 0).count(), standings(this.policy.scope(viewer)),
				this.dashboard.today(), undelivered);
	}

	/** The areas against each other: an area owner's own areas only. */
	private List<AreaDashboard.Standing> standings(Set<String> scope) {
		Map<String, LevelCounts> byArea = this.dashboard.compliance(null, scope).byArea();
		return this.areas.areas()
			.stream()
			.filter((a) -> byArea.containsKey(a.code()))
			.map((a) -> new AreaDashboard.Standing(a, byArea.get(a.code())))
			.sorted(Comparator.comparingInt((AreaDashboard.Standing s) -> -s.counts().percent(s.counts().atLeastFair()))
				.thenComparing((s) -> s.area().code()))
			.toList();
	}

}
