package uk.police.mopi.dashboard;

import java.util.EnumMap;
import java.util.Map;

import uk.police.mopi.assessment.AssessmentState;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * Applicable assessments counted by level, and the cumulative shares the Board reads.
 *
 * @param applicableCells applicable assessments
 * @param byLevel counts for every level, zero included
 * @param atLeastFair at Fair, Good or Excellent
 * @param atLeastGood at Good or Excellent
 * @param excellent at Excellent
 */
public record LevelCounts(int applicableCells, Map<ComplianceLevel, Integer> byLevel, int atLeastFair, int atLeastGood,
		int excellent) {

	/** Counts a set of states; not-applicable ones are left out. */
	static LevelCounts of(Iterable<AssessmentState> states) {
		Map<ComplianceLevel, Integer> byLevel = new EnumMap<>(ComplianceLevel.class);
		for (AssessmentState state : states) {
			if (state.applicable()) {
				byLevel.merge(state.level(), 1, Integer::sum);
			}
		}
		return ofApplicable(byLevel);
	}

	/** From counts of applicable assessments by level; missing levels count zero. */
	static LevelCounts ofApplicable(Map<ComplianceLevel, Integer> counts) {
		Map<ComplianceLevel, Integer> byLevel = new EnumMap<>(ComplianceLevel.class);
		int applicable = 0;
		for (ComplianceLevel level : ComplianceLevel.values()) {
			int count = counts.getOrDefault(level, 0);
			byLevel.put(level, count);
			applicable += count;
		}
		int excellent = byLevel.get(ComplianceLevel.EXCELLENT);
		int good = byLevel.get(ComplianceLevel.GOOD) + excellent;
		int fair = byLevel.get(ComplianceLevel.FAIR) + good;
		return new LevelCounts(applicable, byLevel, fair, good, excellent);
	}

	/** A count as a whole-number percentage of the applicable assessments. */
	public int percent(int count) {
		return (this.applicableCells == 0) ? 0 : Math.round(100f * count / this.applicableCells);
	}

}
