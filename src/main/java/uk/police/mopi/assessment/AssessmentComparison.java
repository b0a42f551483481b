package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.user.PortalUser;

/**
 * Compares the assessments as at the end of two dates: which went up, which went down,
 * which are new. Two queries, whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentComparison {

	private final AssessmentQueries queries;

	private final AssessmentPolicy policy;

	AssessmentComparison(AssessmentQueries queries, AssessmentPolicy policy) {
		this.queries = queries;
		this.policy = policy;
	}

	/** How a cell moved between two dates. */
	public enum Movement {

		UP, DOWN, NEW, APPLICABILITY

	}

	/**
	 * One cell that moved.
	 *
	 * @param key which assessment
	 * @param movement how
	 * @param before state at the first date, or null if it did not exist
	 * @param after state at the second date
	 */
	public record Change(CellKey key, Movement movement, AssessmentState before, AssessmentState after) {
	}

	/**
	 * The comparison.
	 *
	 * @param from first date
	 * @param to second date
	 * @param changes every cell that moved, by requirement and area
	 */
	public record Result(LocalDate from, LocalDate to, List<Change> changes) {

		public long count(Movement movement) {
			return this.changes.stream().filter((change) -> change.movement() == movement).count();
		}

	}

	/** The cells that moved between two dates, of the areas this person may see. */
	public Result compare(LocalDate from, LocalDate to, PortalUser viewer) {
		return compare(from, to, null, viewer);
	}

	/**
	 * The cells that moved between two dates, of one area (its code, or FORCE for the
	 * force-wide requirements; null for every area) among those this person may see.
	 */
	public Result compare(LocalDate from, LocalDate to, String area, PortalUser viewer) {
		java.util.Set<String> scope = this.policy.scope(viewer);
		Map<CellKey, AssessmentState> before = this.queries.states(from);
		Map<CellKey, AssessmentState> after = this.queries.states(to);
		List<Change> changes = new ArrayList<>();
		after.forEach((key, now) -> {
			if (!AssessmentPolicy.reads(scope, key) || (area != null && !area.equals(key.area()))) {
				return;
			}
			AssessmentState then = before.get(key);
			if (then == null) {
				changes.add(new Change(key, Movement.NEW, null, now));
			}
			else if (then.applicable() != now.applicable()) {
				changes.add(new Change(key, Movement.APPLICABILITY, then, now));
			}
			else if (now.level().compareTo(then.level()) > 0) {
				changes.add(new Change(key, Movement.UP, then, now));
			}
			else if (now.level().compareTo(then.level()) < 0) {
				changes.add(new Change(key, Movement.DOWN, then, now));
			}
		});
		changes.sort(Comparator.comparing((Change change) -> change.key().requirementCode())
			.thenComparing((change) -> change.key().area()));
		return new Result(from, to, changes);
	}

}
