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

	private final AssessmentQueries assessments;

	DashboardService(AssessmentQueries assessments) {
		this.assessments = assessments;
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
