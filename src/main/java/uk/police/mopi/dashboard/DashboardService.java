package uk.police.mopi.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.assessment.ComplianceSnapshots;
import uk.police.mopi.programme.PlannedDeliveries;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Compliance as at any date, from the assessments' history. Today's figures are counted
 * from the assessments as they stand; a past date's come from the assessment module's
 * {@link ComplianceSnapshots}, which computes each past moment once and keeps it until a
 * history row falls before it. The trajectory starts at the month end of the Capability
 * Assessment and runs to full compliance, both from the {@link ProgrammeCalendar}.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	/**
	 * A moment is cached only once it is this far in the past: no change is in flight.
	 */
	private static final Duration SETTLED = Duration.ofHours(1);

	private final AssessmentQueries assessments;

	private final PlannedDeliveries deliveries;

	private final ComplianceSnapshots snapshots;

	private final ProgrammeCalendar calendar;

	DashboardService(AssessmentQueries assessments, PlannedDeliveries deliveries, ComplianceSnapshots snapshots,
			ProgrammeCalendar calendar) {
		this.assessments = assessments;
		this.deliveries = deliveries;
		this.snapshots = snapshots;
		this.calendar = calendar;
	}

	/**
	 * Compliance at a date.
	 *
	 * @param asAt the date (end of day)
	 * @param overall every applicable assessment
	 * @param byArea by business area code, and FORCE for the force-wide ones
	 * @param bySection by section code
	 */
	public record Compliance(LocalDate asAt, LevelCounts overall, Map<String, LevelCounts> byArea,
			Map<String, LevelCounts> bySection) {
	}

	public LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * The force's compliance at the end of a date; today's when asAt is null or not
	 * before today.
	 */
	@Transactional
	public Compliance compliance(LocalDate asAt) {
		return compliance(asAt, null);
	}

	/**
	 * Compliance at the end of a date counted only over the business areas of a scope (an
	 * area owner's, from {@code AssessmentPolicy.scope}) and the force-wide assessments;
	 * the force's when the scope is null.
	 */
	@Transactional
	public Compliance compliance(LocalDate asAt, Set<String> scope) {
		LocalDate date = dateShown(asAt);
		if (settled(date)) {
			Instant moment = this.calendar.endOf(date);
			return fromGroups(date, this.snapshots.groups(List.of(moment)).get(moment), scope);
		}
		return fromGroups(date, this.snapshots.live(date.equals(today()) ? null : this.calendar.endOf(date)), scope);
	}

	/** The trajectory to a date: see {@link #trajectory(Compliance)}. */
	@Transactional
	public Trajectory trajectory(LocalDate asAt) {
		return trajectory(compliance(asAt));
	}

	/**
	 * The trajectory to the date of {@code at}: the shares at every month end from the
	 * baseline, then at that date; the target line; the planned line when the date is
	 * today; and when 100% Fair and 100% Good would be reached at the last six months'
	 * rate.
	 */
	@Transactional
	public Trajectory trajectory(Compliance at) {
		return trajectory(at, null);
	}

	/**
	 * As {@link #trajectory(Compliance)}, counted only over a scope's business areas and
	 * the force-wide assessments (the force's when null), as {@code at} was.
	 */
	@Transactional
	public Trajectory trajectory(Compliance at, Set<String> scope) {
		LocalDate fullCompliance = this.calendar.fullCompliance();
		List<LocalDate> monthEnds = new ArrayList<>();
		for (LocalDate d = monthEnd(this.calendar.capabilityAssessment()); d
			.isBefore(at.asAt()); d = monthEnd(d.plusMonths(1))) {
			monthEnds.add(d);
		}
		Map<LocalDate, LevelCounts> counts = overall(monthEnds, scope);
		List<Trajectory.Point> actual = new ArrayList<>();
		monthEnds.forEach((d) -> actual.add(point(d, counts.get(d))));
		actual.add(point(at.asAt(), at.overall()));
		Trajectory.Point start = actual.get(0);
		Trajectory.Point now = actual.get(actual.size() - 1);
		List<Trajectory.Point> planned = List.of();
		int afterDeadline = 0;
		int[] followUp = new int[2];
		if (at.asAt().equals(today()) && at.asAt().isBefore(fullCompliance)) {
			List<PlannedCell> plan = plan(scope, followUp);
			afterDeadline = (int) plan.stream()
				.flatMap((cell) -> cell.deliveries().stream())
				.filter((delivery) -> !delivery.achieved() && delivery.forecast().isAfter(fullCompliance))
				.count();
			planned = planned(now, plan, fullCompliance);
		}
		return new Trajectory(actual, planned, afterDeadline, start,
				new Trajectory.Point(fullCompliance, start.applicable(), 100, 100),
				forecast(actual, Trajectory.Point::atLeastFair), forecast(actual, Trajectory.Point::atLeastGood),
				followUp[0], followUp[1]);
	}

	/**
	 * An applicable assessment as it stands, with the deliveries of the open milestones
	 * planned to raise it (none when no open milestone traces it).
	 */
	private record PlannedCell(ComplianceLevel level, List<PlannedDeliveries.Open> deliveries) {
	}

	/**
	 * Every applicable assessment with the deliveries the plan still counts: those of its
	 * planned milestones and of milestones achieved within the grace period (the levels
	 * from the assessment module, the deliveries from the programme's, one query each).
	 * Counts into {@code followUp} the traces of achieved milestones still below plan:
	 * [0] not delivered (achieved before the grace period, left out of the plan), [1]
	 * awaiting their owner's proposal; for an area owner, of their own areas only.
	 */
	private List<PlannedCell> plan(Set<String> scope, int[] followUp) {
		Map<CellKey, ComplianceLevel> levels = this.assessments.applicableLevels();
		Map<CellKey, List<PlannedDeliveries.Open>> open = new HashMap<>();
		for (PlannedDeliveries.Open delivery : this.deliveries.open()) {
			ComplianceLevel level = levels.get(delivery.key());
			if (delivery.achieved() && level != null && level.isBelow(delivery.level()) && (scope == null
					|| (delivery.key().areaCode() != null && scope.contains(delivery.key().areaCode())))) {
				followUp[delivery.lapsed() ? 0 : 1]++;
			}
			if (delivery.inPlan()) {
				open.computeIfAbsent(delivery.key(), (k) -> new ArrayList<>()).add(delivery);
			}
		}
		List<PlannedCell> plan = new ArrayList<>();
		levels.forEach((key, level) -> {
			if (inScope(scope, key.areaCode())) {
				plan.add(new PlannedCell(level, open.getOrDefault(key, List.of())));
			}
		});
		return plan;
	}

	/**
	 * The plan as it stands: from today, each month end to full compliance with every
	 * open milestone's traced assessments raised to their planned level on its forecast
	 * date (overdue ones, and achieved ones whose raise awaits its owner's proposal, at
	 * the next month end). Milestones achieved before the grace period count only through
	 * the actual levels, and missed ones deliver nothing.
	 */
	private static List<Trajectory.Point> planned(Trajectory.Point now, List<PlannedCell> plan,
			LocalDate fullCompliance) {
		List<Trajectory.Point> points = new ArrayList<>();
		points.add(now);
		ComplianceLevel[] levels = ComplianceLevel.values();
		for (LocalDate end = monthEnd(now.date().plusDays(1)); !end
			.isAfter(fullCompliance); end = monthEnd(end.plusMonths(1))) {
			int[] byOrdinal = new int[levels.length];
			for (PlannedCell cell : plan) {
				ComplianceLevel level = cell.level();
				for (PlannedDeliveries.Open delivery : cell.deliveries()) {
					if (!delivery.forecast().isAfter(end) && delivery.level().compareTo(level) > 0) {
						level = delivery.level();
					}
				}
				byOrdinal[level.ordinal()]++;
			}
			Map<ComplianceLevel, Integer> byLevel = new EnumMap<>(ComplianceLevel.class);
			for (ComplianceLevel level : levels) {
				if (byOrdinal[level.ordinal()] > 0) {
					byLevel.put(level, byOrdinal[level.ordinal()]);
				}
			}
			points.add(point(end, LevelCounts.ofApplicable(byLevel)));
		}
		return points;
	}

	/**
	 * When a share would reach 100% at the rate of the last six months; null when not
	 * rising or already there.
	 */
	private static LocalDate forecast(List<Trajectory.Point> points, Function<Trajectory.Point, Double> share) {
		if (points.size() < 7) {
			return null;
		}
		Trajectory.Point last = points.get(points.size() - 1);
		Trajectory.Point before = points.get(points.size() - 7);
		double perDay = (share.apply(last) - share.apply(before))
				/ Math.max(1, ChronoUnit.DAYS.between(before.date(), last.date()));
		if (perDay <= 0 || share.apply(last) >= 100) {
			return null;
		}
		return last.date().plusDays((long) Math.ceil((100 - share.apply(last)) / perDay));
	}

	/** Overall counts at each date: settled ones from the snapshots in one call. */
	private Map<LocalDate, LevelCounts> overall(List<LocalDate> dates, Set<String> scope) {
		Map<LocalDate, LevelCounts> counts = new HashMap<>();
		Map<Instant, LocalDate> settled = new LinkedHashMap<>();
		for (LocalDate date : dates) {
			if (settled(date)) {
				settled.put(this.calendar.endOf(date), date);
			}
			else {
				counts.put(date, fromGroups(date, this.snapshots.live(this.calendar.endOf(date)), scope).overall());
			}
		}
		if (!settled.isEmpty() && scope != null) {
			this.snapshots.groups(List.copyOf(settled.keySet()))
				.forEach((moment, groups) -> counts.put(settled.get(moment),
						fromGroups(settled.get(moment), groups, scope).overall()));
		}
		else if (!settled.isEmpty()) {
			this.snapshots.totals(settled.keySet())
				.forEach((moment, byLevel) -> counts.put(settled.get(moment), LevelCounts.ofApplicable(byLevel)));
		}
		return counts;
	}

	private LocalDate dateShown(LocalDate asAt) {
		LocalDate today = today();
		return (asAt == null || !asAt.isBefore(today)) ? today : asAt;
	}

	private boolean settled(LocalDate date) {
		return !this.calendar.endOf(date).isAfter(this.calendar.now().minus(SETTLED));
	}

	private static boolean inScope(Set<String> scope, String areaCode) {
		return scope == null || areaCode == null || scope.contains(areaCode);
	}

	private static Compliance fromGroups(LocalDate date, List<ComplianceSnapshots.Group> groups, Set<String> scope) {
		Map<ComplianceLevel, Integer> overall = new EnumMap<>(ComplianceLevel.class);
		Map<String, Map<ComplianceLevel, Integer>> byArea = new TreeMap<>();
		Map<String, Map<ComplianceLevel, Integer>> bySection = new TreeMap<>();
		for (ComplianceSnapshots.Group group : groups) {
			if (!inScope(scope, group.area())) {
				continue;
			}
			String area = (group.area() != null) ? group.area() : CellKey.FORCE;
			Map<ComplianceLevel, Integer> inArea = byArea.computeIfAbsent(area,
					(a) -> new EnumMap<>(ComplianceLevel.class));
			Map<ComplianceLevel, Integer> inSection = bySection.computeIfAbsent(group.section(),
					(s) -> new EnumMap<>(ComplianceLevel.class));
			if (group.applicable()) {
				overall.merge(group.level(), group.cells(), Integer::sum);
				inArea.merge(group.level(), group.cells(), Integer::sum);
				inSection.merge(group.level(), group.cells(), Integer::sum);
			}
		}
		return new Compliance(date, LevelCounts.ofApplicable(overall), counts(byArea), counts(bySection));
	}

	private static Map<String, LevelCounts> counts(Map<String, Map<ComplianceLevel, Integer>> grouped) {
		Map<String, LevelCounts> counts = new TreeMap<>();
		grouped.forEach((key, byLevel) -> counts.put(key, LevelCounts.ofApplicable(byLevel)));
		return counts;
	}

	private static Trajectory.Point point(LocalDate date, LevelCounts counts) {
		return new Trajectory.Point(date, counts.applicableCells(),
				share(counts.atLeastFair(), counts.applicableCells()),
				share(counts.atLeastGood(), counts.applicableCells()));
	}

	private static double share(int count, int of) {
		return (of == 0) ? 0 : Math.round(1000.0 * count / of) / 10.0;
	}

	private static LocalDate monthEnd(LocalDate date) {
		return date.withDayOfMonth(date.lengthOfMonth());
	}

}
