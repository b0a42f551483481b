package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Milestones and their finish-to-start dependencies, for two questions: would a new
 * dependency make a cycle, and which forecasts move when one moves. Pure: no database.
 */
final class Schedule {

	/**
	 * A dependency: {@code successor} cannot finish before {@code predecessor}'s forecast
	 * plus {@code lagDays}.
	 */
	record Link(long predecessor, long successor, int lagDays) {
	}

	private final Map<Long, List<Link>> successors = new HashMap<>();

	Schedule(List<Link> links) {
		links.forEach(this::add);
	}

	private void add(Link link) {
		this.successors.computeIfAbsent(link.predecessor(), (id) -> new ArrayList<>()).add(link);
	}

	/**
	 * The cycle that {@code predecessor -> successor} would close, as milestone ids from
	 * the predecessor round to itself, or empty when it makes none.
	 */
	Optional<List<Long>> cycleIfAdded(long predecessor, long successor) {
		if (predecessor == successor) {
			return Optional.of(List.of(predecessor, predecessor));
		}
		Map<Long, Long> cameFrom = new HashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(successor));
		Set<Long> seen = new HashSet<>(List.of(successor));
		while (!queue.isEmpty()) {
			long at = queue.removeFirst();
			if (at == predecessor) {
				List<Long> path = new ArrayList<>();
				for (Long step = predecessor; step != null; step = cameFrom.get(step)) {
					path.add(0, step);
				}
				path.add(0, predecessor);
				return Optional.of(path);
			}
			for (Link link : this.successors.getOrDefault(at, List.of())) {
				if (seen.add(link.successor())) {
					cameFrom.put(link.successor(), at);
					queue.addLast(link.successor());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Pushes later every forecast that the forecasts in {@code forecasts} now constrain,
	 * starting from {@code moved}. Forecasts of milestones not in {@code movable}
	 * (achieved or missed ones) stay. Returns the new forecast of every milestone that
	 * moved, in the order they moved.
	 */
	Map<Long, LocalDate> propagate(long moved, Map<Long, LocalDate> forecasts, Set<Long> movable) {
		Map<Long, LocalDate> changed = new LinkedHashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(moved));
		while (!queue.isEmpty()) {
			long at = queue.removeFirst();
			LocalDate finish = changed.getOrDefault(at, forecasts.get(at));
			for (Link link : this.successors.getOrDefault(at, List.of())) {
				long next = link.successor();
				if (!movable.contains(next)) {
					continue;
				}
				LocalDate earliest = finish.plusDays(link.lagDays());
				LocalDate current = changed.getOrDefault(next, forecasts.get(next));
				if (current.isBefore(earliest)) {
					changed.put(next, earliest);
					queue.addLast(next);
				}
			}
		}
		return changed;
	}

}
