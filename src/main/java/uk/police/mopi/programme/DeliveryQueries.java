package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.persistence.Rows;

/**
 * Joins delivery to compliance: which assessments each milestone raises and whether it
 * will be late for their targets or the full-compliance deadline, and which gaps no
 * milestone closes. Two queries each, whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryQueries {

	private final JdbcClient jdbc;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	DeliveryQueries(JdbcClient jdbc, AssessmentQueries assessments, ProgrammeCalendar calendar) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.calendar = calendar;
	}

	private record Planned(String milestoneCode, String projectCode, LocalDate forecastDate, String status,
			String requirementCode, String areaCode, String level) {
	}

	/** Every delivery, or only a project's (projectCode not null), with its lateness. */
	public List<DeliveryView> deliveries(String projectCode) {
		Map<CellKey, AssessmentView> cells = cells(null);
		LocalDate deadline = this.calendar.fullCompliance();
		return planned(projectCode, null).stream().map((p) -> toView(p, cells, deadline)).toList();
	}

	/**
	 * Gaps and what closes them, for the areas given (all when null), from one read of
	 * the assessments and one of the deliveries.
	 *
	 * @param gaps applicable assessments below their target, by target date then code
	 * @param closing for each gap that has one, the earliest planned or achieved
	 * milestone raising it to at least its target level
	 * @param unplanned the gaps no such milestone closes
	 * @param late deliveries forecast after their assessment's target date or after the
	 * full-compliance deadline
	 */
	public record GapReport(List<AssessmentView> gaps, Map<CellKey, DeliveryView> closing,
			List<AssessmentView> unplanned, List<DeliveryView> late) {
	}

	public GapReport report(Set<String> areaCodes) {
		Map<CellKey, AssessmentView> cells = (areaCodes != null && areaCodes.size() == 1)
				? cells(areaCodes.iterator().next()) : cells(null);
		LocalDate deadline = this.calendar.fullCompliance();
		// Only the areas' deliveries: those of other areas close none of these gaps.
		List<DeliveryView> all = planned(null, areaCodes).stream().map((p) -> toView(p, cells, deadline)).toList();
		List<AssessmentView> gaps = cells.values()
			.stream()
			.filter((a) -> a.state().gap())
			.filter((a) -> areaCodes == null || areaCodes.contains(a.key().area()))
			.sorted(Comparator.comparing(AssessmentView::targetDate)
				.thenComparing((a) -> a.key().requirementCode())
				.thenComparing((a) -> a.key().area()))
			.toList();
		Map<CellKey, DeliveryView> closing = new HashMap<>();
		for (DeliveryView delivery : all) {
			CellKey key = CellKey.of(delivery.requirementCode(), delivery.area());
			AssessmentView cell = cells.get(key);
			if (delivery.milestoneStatus() != MilestoneStatus.MISSED && cell != null && cell.targetLevel() != null
					&& !ComplianceLevel.valueOf(delivery.level()).isBelow(cell.targetLevel())) {
				closing.merge(key, delivery, (a, b) -> b.forecastDate().isBefore(a.forecastDate()) ? b : a);
			}
		}
		List<AssessmentView> unplanned = gaps.stream().filter((a) -> !closing.containsKey(a.key())).toList();
		List<DeliveryView> late = all.stream()
			.filter(DeliveryView::late)
			.filter((d) -> areaCodes == null || areaCodes.contains(d.area()))
			.toList();
		return new GapReport(gaps, closing, unplanned, late);
	}

	/**
	 * The unplanned-gaps page: how many gaps no milestone closes, by area, those of one
	 * area, and the traced assessments planned too late.
	 *
	 * @param total gaps no milestone closes
	 * @param byArea their number by area code
	 * @param area the area whose gaps are listed, or null
	 * @param gaps that area's gaps (none when no area is chosen)
	 * @param late deliveries forecast after their target or the deadline
	 * @param unplanned every gap no milestone closes, of every area counted
	 */
	public record GapsPage(int total, Map<String, Long> byArea, String area, List<AssessmentView> gaps,
			List<DeliveryView> late, List<AssessmentView> unplanned) {

		/**
		 * The gaps the page's figure stands for: the chosen area's, or all of them when
		 * none is chosen. What its export holds.
		 */
		public List<AssessmentView> counted() {
			return (this.area != null) ? this.gaps : this.unplanned;
		}

	}

	/**
	 * The unplanned-gaps page for the areas given (all when null), listing the gaps of
	 * {@code area} when it is a plausible area code.
	 */
	public GapsPage gapsPage(Set<String> areaCodes, String area) {
		GapReport report = report(areaCodes);
		List<AssessmentView> unplanned = report.unplanned();
		Map<String, Long> byArea = unplanned.stream()
			.collect(Collectors.groupingBy((gap) -> gap.key().area(), java.util.TreeMap::new, Collectors.counting()));
		String code = (area != null && area.matches("^[A-Za-z]{2,6}$")) ? area.toUpperCase(java.util.Locale.ROOT)
				: null;
		String selected = (code != null
				&& (areaCodes == null || areaCodes.contains(code) || CellKey.FORCE.equals(code))) ? code : null;
		List<AssessmentView> gaps = (selected != null)
				? unplanned.stream().filter((gap) -> gap.key().area().equals(selected)).toList() : List.of();
		return new GapsPage(unplanned.size(), byArea, selected, gaps, report.late(), unplanned);
	}

	/**
	 * Deliveries forecast after their assessment's target date or after the
	 * full-compliance deadline.
	 */
	public List<DeliveryView> lateDeliveries() {
		return report(null).late();
	}

	/**
	 * Gaps (applicable assessments below their target) that no planned or achieved
	 * milestone raises to at least the target level.
	 */
	public List<AssessmentView> unplannedGaps(Set<String> areaCodes) {
		return report(areaCodes).unplanned();
	}

	/**
	 * The planned deliveries, of one project (else all) and of the areas given (else all;
	 * {@value CellKey#FORCE} for the force-wide assessments).
	 */
	private List<Planned> planned(String projectCode, Set<String> areaCodes) {
		return this.jdbc.sql("""
				select m.code as milestone_code, p.code as project_code, m.forecast_date, m.status,
				       d.requirement_code, d.area_code, d.target_level as level
				from milestone_delivery d
				join milestone m on m.id = d.milestone_id and m.removed_at is null
				join project p on p.id = m.project_id
				where (cast(:project as text) is null or p.code = :project)
				  and (cast(:areas as text[]) is null
				       or coalesce(d.area_code, :force) = any(cast(:areas as text[])))
				order by m.forecast_date, m.code, d.requirement_code, d.area_code
				""")
			.param("project", projectCode)
			.param("areas", (areaCodes != null) ? areaCodes.toArray(String[]::new) : null)
			.param("force", CellKey.FORCE)
			.query(Rows.of(Planned.class))
			.list();
	}

	/** The assessments as they stand, of one area or all (area null). */
	private Map<CellKey, AssessmentView> cells(String area) {
		return this.assessments.assessments(null, area, null)
			.stream()
			.collect(Collectors.toMap(AssessmentView::key, (a) -> a));
	}

	private static DeliveryView toView(Planned p, Map<CellKey, AssessmentView> cells, LocalDate deadline) {
		CellKey key = new CellKey(p.requirementCode(), p.areaCode());
		AssessmentView cell = cells.get(key);
		LocalDate target = (cell != null) ? cell.targetDate() : null;
		boolean open = !"ACHIEVED".equals(p.status());
		return new DeliveryView(p.milestoneCode(), p.projectCode(), p.forecastDate(), p.requirementCode(), key.area(),
				p.level(), target, open && target != null && p.forecastDate().isAfter(target),
				open && p.forecastDate().isAfter(deadline), MilestoneStatus.valueOf(p.status()));
	}

}
