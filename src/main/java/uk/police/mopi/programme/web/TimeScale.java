package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Maps dates to x positions on the timeline. The axis runs over the programme's financial
 * years (from the calendar's programme start to its end), widened to take in any earlier
 * or later date in the view (including today and the deadline).
 */
final class TimeScale {

	private final LocalDate first;

	private final LocalDate last;

	private final double left;

	private final double pixelsPerDay;

	private TimeScale(LocalDate first, LocalDate last, double left, double width) {
		this.first = first;
		this.last = last;
		this.left = left;
		this.pixelsPerDay = width / (ChronoUnit.DAYS.between(first, last) + 1);
	}

	/**
	 * A scale over the programme's years ({@code start} to {@code end}) and every date in
	 * the view, drawn from {@code left} across {@code width}.
	 */
	static TimeScale covering(TimelineView view, LocalDate start, LocalDate end, double left, double width) {
		LocalDate first = datesIn(view).min(Comparator.naturalOrder()).orElse(start);
		LocalDate last = datesIn(view).max(Comparator.naturalOrder()).orElse(end);
		return new TimeScale(first.isBefore(start) ? ProgrammeCalendar.financialYearStart(first) : start,
				last.isAfter(end) ? ProgrammeCalendar.financialYearStart(last).plusYears(1).minusDays(1) : end, left,
				width);
	}

	private static Stream<LocalDate> datesIn(TimelineView view) {
		Stream<LocalDate> projects = view.projects()
			.stream()
			.flatMap((project) -> Stream.concat(Stream.of(project.start(), project.end()),
					project.milestones().stream().flatMap(TimeScale::datesOf)));
		Stream<LocalDate> programme = view.programmeMilestones().stream().flatMap(TimeScale::datesOf);
		return Stream.of(Stream.of(view.today(), view.deadline()), projects, programme)
			.flatMap((dates) -> dates)
			.filter(Objects::nonNull);
	}

	private static Stream<LocalDate> datesOf(TimelineView.Milestone milestone) {
		return Stream.of(milestone.baseline(), milestone.forecast(), milestone.actual());
	}

	/** The x of the start of the given day. */
	double x(LocalDate date) {
		return this.left + ChronoUnit.DAYS.between(this.first, date) * this.pixelsPerDay;
	}

	/** The x just after the given day, where a bar that ends on it stops. */
	double xAfter(LocalDate date) {
		return x(date) + this.pixelsPerDay;
	}

	/** Every 1 April on the axis, the first at its start. */
	List<LocalDate> financialYearStarts() {
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate april = this.first; !april.isAfter(this.last); april = april.plusYears(1)) {
			starts.add(april);
		}
		return starts;
	}

	/** The financial year that starts on the given 1 April, e.g. {@code 2007/08}. */
	static String financialYear(LocalDate start) {
		return String.format("%d/%02d", start.getYear(), (start.getYear() + 1) % 100);
	}

}
