package uk.police.mopi.dashboard;

import java.time.Clock;
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
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * Compliance as at any date, from the assessments' history. Today's figures are counted
 * from the assessments as they stand; a past date's come from
 * {@link ComplianceSnapshots}, which computes each past moment once and keeps it until a
 * history row falls before it.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	static final LocalDate BASELINE = LocalDate.of(2006, 11, 30);

	static final LocalDate FULL_COMPLIANCE = LocalDate.of(2010, 12, 31);

	/**
	 * A moment is cached only once it is this far in the past: no change is in flight.
	 */
	private static final Duration SETTLED = Duration.ofHours(1);

	private final AssessmentQueries assessments;

	private final JdbcClient jdbc;

	private final ComplianceSnapshots snapshots;

	private final Clock clock;

	DashboardService(AssessmentQueries assessments, JdbcClient jdbc, ComplianceSnapshots snapshots, Clock clock) {
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.clock = clock;
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
		return this.assessments.today();
	}

	/** Compliance at the end of a date; today's when asAt is null or not before today. */
	@Transactional
	public Compliance compliance(LocalDate asAt) {
		LocalDate date = dateShown(asAt);
		if (settled(date)) {
			Instant moment = this.assessments.endOf(date);
			return fromGroups(date, this.snapshots.groups(List.of(moment)).get(moment));
		}
		return fromGroups(date, this.snapshots.live(date.equals(today()) ? null : this.assessments.endOf(date)));
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
		List<LocalDate> monthEnds = new ArrayList<>();
		for (LocalDate d = BASELINE.withDayOfMonth(BASELINE.lengthOfMonth()); d
			.isBefore(at.asAt()); d = monthEnd(d.plusMonths(1))) {
			monthEnds.add(d);
		}
		Map<LocalDate, LevelCounts> counts = overall(monthEnds);
		List<Trajectory.Point> actual = new ArrayList<>();
		monthEnds.forEach((d) -> actual.add(point(d, counts.get(d))));
		actual.add(point(at.asAt(), at.overall()));
		Trajectory.Point start = actual.get(0);
		Trajectory.Point now = actual.get(actual.size() - 1);
		List<Trajectory.Point> planned = List.of();
		int afterDeadline = 0;
		if (at.asAt().equals(today()) && at.asAt().isBefore(FULL_COMPLIANCE)) {
			List<PlanRow> plan = plan();
			afterDeadline = (int) plan.stream()
				.filter((row) -> row.forecast() != null && row.forecast().isAfter(FULL_COMPLIANCE))
				.count();
			planned = planned(now, plan);
		}
		return new Trajectory(actual, planned, afterDeadline, start,
				new Trajectory.Point(FULL_COMPLIANCE, start.applicable(), 100, 100),
				forecast(actual, Trajectory.Point::atLeastFair), forecast(actual, Trajectory.Point::atLeastGood));
	}

	/**
	 * An applicable assessment as it stands, with one open milestone planned to raise it
	 * (or none: delivered and forecast null).
	 */
	private record PlanRow(long assessment, ComplianceLevel level, ComplianceLevel delivered, LocalDate forecast) {
	}

	/**
	 * Every applicable assessment with the deliveries of its planned (neither achieved
	 * nor missed) milestones, in one query.
	 */
	private List<PlanRow> plan() {
		return this.jdbc.sql("""
				select a.id, a.level, d.target_level, m.forecast_date
				from assessment a
				left join milestone_delivery d
				  on d.requirement_code = a.requirement_code and coalesce(d.area_code, '*') = coalesce(a.area_code, '*')
				left join milestone m on m.id = d.milestone_id and m.status = 'PLANNED'
				where a.applicable
				""").query((rs, row) -> {
			String delivered = rs.getString(3);
			LocalDate forecast = rs.getObject(4, LocalDate.class);
			return new PlanRow(rs.getLong(1), ComplianceLevel.valueOf(rs.getString(2)),
					(forecast != null) ? ComplianceLevel.valueOf(delivered) : null, forecast);
		}).list();
	}

	/**
	 * The plan as it stands: from today, each month end to 31 December 2010 with every
	 * open milestone's traced assessments raised to their planned level on its forecast
	 * date (overdue ones at the next month end). Achieved milestones are already in the
	 * actual levels, and missed ones deliver nothing.
	 */
	private static List<Trajectory.Point> planned(Trajectory.Point now, List<PlanRow> plan) {
		Map<Long, ComplianceLevel> current = new HashMap<>();
		Map<Long, List<PlanRow>> deliveries = new HashMap<>();
		for (PlanRow row : plan) {
			current.put(row.assessment(), row.level());
			if (row.forecast() != null) {
				deliveries.computeIfAbsent(row.assessment(), (id) -> new ArrayList<>()).add(row);
			}
		}
		List<Trajectory.Point> points = new ArrayList<>();
		points.add(now);
		for (LocalDate end = monthEnd(now.date().plusDays(1)); !end
			.isAfter(FULL_COMPLIANCE); end = monthEnd(end.plusMonths(1))) {
			Map<ComplianceLevel, Integer> byLevel = new EnumMap<>(ComplianceLevel.class);
			for (Map.Entry<Long, ComplianceLevel> cell : current.entrySet()) {
				ComplianceLevel level = cell.getValue();
				for (PlanRow delivery : deliveries.getOrDefault(cell.getKey(), List.of())) {
					if (!delivery.forecast().isAfter(end) && delivery.delivered().compareTo(level) > 0) {
						level = delivery.delivered();
					}
				}
				byLevel.merge(level, 1, Integer::sum);
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
	private Map<LocalDate, LevelCounts> overall(List<LocalDate> dates) {
		Map<LocalDate, LevelCounts> counts = new HashMap<>();
		Map<Instant, LocalDate> settled = new LinkedHashMap<>();
		for (LocalDate date : dates) {
			if (settled(date)) {
				settled.put(this.assessments.endOf(date), date);
			}
			else {
				counts.put(date, fromGroups(date, this.snapshots.live(this.assessments.endOf(date))).overall());
			}
		}
		if (!settled.isEmpty()) {
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
		return !this.assessments.endOf(date).isAfter(this.clock.instant().minus(SETTLED));
	}

	private static Compliance fromGroups(LocalDate date, List<ComplianceSnapshots.Group> groups) {
		Map<ComplianceLevel, Integer> overall = new EnumMap<>(ComplianceLevel.class);
		Map<String, Map<ComplianceLevel, Integer>> byArea = new TreeMap<>();
		Map<String, Map<ComplianceLevel, Integer>> bySection = new TreeMap<>();
		for (ComplianceSnapshots.Group group : groups) {
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
