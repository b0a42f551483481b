package uk.police.mopi.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.assessment.CellKey;

/**
 * Compliance as at any date, from the assessments' history: one query for all the counts.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	static final LocalDate BASELINE = LocalDate.of(2006, 11, 30);

	static final LocalDate FULL_COMPLIANCE = LocalDate.of(2010, 12, 31);

	private final AssessmentQueries assessments;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final java.time.Clock clock;

	DashboardService(AssessmentQueries assessments, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			java.time.Clock clock) {
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The trajectory to a date: one query over the history, which turns each assessment's
	 * rows into periods and counts, at every month end, the periods that cover it.
	 */
	public Trajectory trajectory(LocalDate asAt) {
		LocalDate today = today();
		LocalDate end = (asAt == null || !asAt.isBefore(today)) ? today : asAt;
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate d = BASELINE.withDayOfMonth(BASELINE.lengthOfMonth()); !d.isAfter(end); d = d.plusMonths(1)
			.withDayOfMonth(d.plusMonths(1).lengthOfMonth())) {
			dates.add(d);
		}
		if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(end)) {
			dates.add(end);
		}
		java.time.ZoneId zone = this.clock.getZone();
		java.sql.Timestamp[] moments = dates.stream()
			.map((d) -> java.sql.Timestamp.from(d.plusDays(1).atStartOfDay(zone).toInstant()))
			.toArray(java.sql.Timestamp[]::new);
		List<Trajectory.Point> points = this.jdbc.sql("""
				with periods as (
				    select h.applicable, h.level, h.changed_at as starts,
				           lead(h.changed_at) over (partition by h.assessment_id order by h.changed_at, h.id) as ends
				    from assessment_history h),
				moments as (select unnest(cast(:moments as timestamptz[])) as moment)
				select m.moment,
				       count(*) filter (where p.applicable) as applicable,
				       count(*) filter (where p.applicable and p.level in ('FAIR', 'GOOD', 'EXCELLENT')) as fair,
				       count(*) filter (where p.applicable and p.level in ('GOOD', 'EXCELLENT')) as good
				from moments m
				left join periods p on p.starts < m.moment and (p.ends is null or p.ends >= m.moment)
				group by m.moment order by m.moment
				""").param("moments", moments).query((rs, row) -> {
			int applicable = rs.getInt("applicable");
			return new Trajectory.Point(dates.get(row), applicable, share(rs.getInt("fair"), applicable),
					share(rs.getInt("good"), applicable));
		}).list();
		Trajectory.Point start = points.get(0);
		return new Trajectory(points, start, new Trajectory.Point(FULL_COMPLIANCE, start.applicable(), 100, 100),
				forecast(points));
	}

	/**
	 * When Good would reach 100% at the rate of the last six months; null when not
	 * rising.
	 */
	private static LocalDate forecast(List<Trajectory.Point> points) {
		if (points.size() < 7) {
			return null;
		}
		Trajectory.Point last = points.get(points.size() - 1);
		Trajectory.Point before = points.get(points.size() - 7);
		double perDay = (last.atLeastGood() - before.atLeastGood())
				/ Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(before.date(), last.date()));
		if (perDay <= 0) {
			return null;
		}
		return last.date().plusDays((long) Math.ceil((100 - last.atLeastGood()) / perDay));
	}

	private static double share(int count, int of) {
		return (of == 0) ? 0 : Math.round(1000.0 * count / of) / 10.0;
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
	public Compliance compliance(LocalDate asAt) {
		LocalDate today = today();
		LocalDate date = (asAt == null || !asAt.isBefore(today)) ? today : asAt;
		Map<CellKey, AssessmentState> states = this.assessments.states(date.equals(today) ? null : date);
		return new Compliance(date, LevelCounts.of(states.values()), group(states, CellKey::area),
				group(states, (key) -> key.requirementCode().substring(0, key.requirementCode().indexOf('-'))));
	}

	private static Map<String, LevelCounts> group(Map<CellKey, AssessmentState> states, Function<CellKey, String> by) {
		Map<String, List<AssessmentState>> grouped = states.entrySet()
			.stream()
			.collect(Collectors.groupingBy((e) -> by.apply(e.getKey()), TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
		Map<String, LevelCounts> counts = new TreeMap<>();
		grouped.forEach((key, list) -> counts.put(key, LevelCounts.of(list)));
		return counts;
	}

}
