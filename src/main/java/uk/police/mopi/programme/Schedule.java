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
 * Milestones and their typed dependencies ({@link DependencyKind}), for two questions:
 * would a new dependency make a cycle, and which milestones move when one moves. Pure: no
 * database.
 */
final class Schedule {

	/**
	 * A dependency: {@code successor}'s start (FS, SS) or finish (FF) cannot be before
	 * {@code predecessor}'s finish (FS, FF) or start (SS) plus {@code lagDays}.
	 */
	record Link(long predecessor, long successor, int lagDays, DependencyKind kind) {

		/** A finish-to-start dependency. */
		Link(long predecessor, long successor, int lagDays) {
			this(predecessor, successor, lagDays, DependencyKind.FS);
		}

	}

	/**
	 * When a milestone's work starts and when it finishes (its forecast); the same date
	 * for a milestone that is a point in time.
	 */
	record Span(LocalDate start, LocalDate finish) {

		static Span point(LocalDate date) {
			return new Span(date, date);
		}

		Span shift(long days) {
			return new Span(this.start.plusDays(days), this.finish.plusDays(days));
		}

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
	 * As {@link #propagateSpans} for milestones that are points in time: the forecasts
	 * that move.
	 */
	Map<Long, LocalDate> propagate(long moved, Map<Long, LocalDate> forecasts, Set<Long> movable) {
		Map<Long, Span> spans = new HashMap<>();
		forecasts.forEach((id, date) -> spans.put(id, Span.point(date)));
		Map<Long, LocalDate> changed = new LinkedHashMap<>();
		propagateSpans(moved, spans, movable).forEach((id, span) -> changed.put(id, span.finish()));
		return changed;
	}

	/**
	 * Pushes later every milestone that the spans in {@code spans} now constrain,
	 * starting from {@code moved}: a start constraint (FS, SS) moves the successor whole,
	 * a finish constraint (FF) moves its finish only. Milestones not in {@code movable}
	 * (achieved or missed ones) stay. Returns the new span of every milestone that moved,
	 * in the order they moved.
	 */
	Map<Long, Span> propagateSpans(long moved, Map<Long, Span> spans, Set<Long> movable) {
		Map<Long, Span> changed = new LinkedHashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(moved));
		while (!queue.isEmpty()) {
			long at = queue.removeFirst();
			Span from = changed.getOrDefault(at, spans.get(at));
			for (Link link : this.successors.getOrDefault(at, List.of())) {
				long next = link.successor();
				if (!movable.contains(next)) {
					continue;
				}
				Span current = changed.getOrDefault(next, spans.get(next));
				Span pushed = pushed(link, from, current);
				if (pushed != null) {
					changed.put(next, pushed);
					queue.addLast(next);
				}
			}
		}
		return changed;
	}

	/** The successor's span once the link holds, or null when it already holds. */
	private static Span pushed(Link link, Span predecessor, Span successor) {
		LocalDate earliest = switch (link.kind()) {
			case FS, FF -> predecessor.finish().plusDays(link.lagDays());
			case SS -> predecessor.start().plusDays(link.lagDays());
		};
		if (link.kind() == DependencyKind.FF) {
			return successor.finish().isBefore(earliest) ? new Span(successor.start(), earliest) : null;
		}
		long days = java.time.temporal.ChronoUnit.DAYS.between(successor.start(), earliest);
		return (days > 0) ? successor.shift(days) : null;
	}

}
