package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import uk.police.mopi.programme.TimelineView;

/**
 * Maps dates to x positions on the timeline. The axis runs over the programme's financial
 * years, 1 April 2006 to 31 March 2011, widened to take in any earlier or later date in
 * the view (including today and the deadline).
 */
final class TimeScale {

	static final LocalDate PROGRAMME_START = LocalDate.of(2006, 4, 1);

	static final LocalDate PROGRAMME_END = LocalDate.of(2011, 3, 31);

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
	 * A scale over every date in the view, drawn from {@code left} across {@code width}.
	 */
	static TimeScale covering(TimelineView view, double left, double width) {
		LocalDate first = datesIn(view).min(Comparator.naturalOrder()).orElse(PROGRAMME_START);
		LocalDate last = datesIn(view).max(Comparator.naturalOrder()).orElse(PROGRAMME_END);
		return new TimeScale(first.isBefore(PROGRAMME_START) ? financialYearStart(first) : PROGRAMME_START,
				last.isAfter(PROGRAMME_END) ? financialYearStart(last).plusYears(1).minusDays(1) : PROGRAMME_END, left,
				width);
	}

	/** The 1 April on or before the date. */
	private static LocalDate financialYearStart(LocalDate date) {
		LocalDate april = LocalDate.of(date.getYear(), 4, 1);
		return april.isAfter(date) ? april.minusYears(1) : april;
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
