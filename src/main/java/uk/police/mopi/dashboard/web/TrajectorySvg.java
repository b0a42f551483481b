package uk.police.mopi.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.police.mopi.dashboard.Trajectory;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.web.Markup;

/**
 * Draws the compliance trajectory as an accessible SVG line chart: Fair or better and
 * Good or better over time, the planned share at Good or better, the target line to full
 * compliance, and the forecast. Each line is labelled in text and drawn in its own dash
 * pattern, so colour is never the only signal. The chart spans the programme calendar's
 * months from the Capability Assessment to the month after full compliance. Written in
 * Java through {@link Markup}, which escapes every text.
 */
@Component
public class TrajectorySvg {

	private static final int WIDTH = 960;

	private static final int HEIGHT = 320;

	private static final int LEFT = 48;

	private static final int RIGHT = 150;

	private static final int TOP = 20;

	private static final int BOTTOM = 40;

	private static final String GRID = "stroke=\"#b1b4b6\" stroke-width=\"1\"";

	private static final String LABEL = "fill=\"#0b0c0c\"";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private final MessageSource messages;

	private final ProgrammeCalendar calendar;

	TrajectorySvg(MessageSource messages, ProgrammeCalendar calendar) {
		this.messages = messages;
		this.calendar = calendar;
	}

	/** The chart of a trajectory, as SVG markup. */
	public String render(Trajectory trajectory) {
		Chart chart = new Chart(this.calendar.capabilityAssessment().withDayOfMonth(1),
				monthEnd(this.calendar.fullCompliance().plusMonths(1)), new Markup(8192));
		List<Trajectory.Point> points = trajectory.actual();
		Trajectory.Point last = points.get(points.size() - 1);
		chart.svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
			.raw("aria-labelledby=\"trajectory-title trajectory-desc\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" ")
			.raw("width=\"100%\" class=\"portal-trajectory\" font-family=\"arial, sans-serif\" font-size=\"13\">")
			.raw("<title id=\"trajectory-title\">")
			.text(text("dashboard.trajectory"))
			.raw("</title><desc id=\"trajectory-desc\">")
			.text(description(trajectory, last))
			.raw("</desc>");
		grid(chart);
		chart.line(trajectory.targetStart().date(), trajectory.targetStart().atLeastGood(),
				trajectory.targetEnd().date(), 100, "#0b0c0c", "6 4");
		chart.label(trajectory.targetEnd().date(), 100,
				text("dashboard.trajectory.svg.target", MONTH.format(trajectory.targetEnd().date())));
		chart.polyline(points, true, "#1d70b8", "");
		chart.label(last.date(), last.atLeastFair(), text("dashboard.trajectory.svg.fair", last.atLeastFair()));
		chart.polyline(points, false, "#00703c", "2 2");
		chart.label(last.date(), last.atLeastGood(), text("dashboard.trajectory.svg.good", last.atLeastGood()));
		if (!trajectory.planned().isEmpty()) {
			Trajectory.Point planned = trajectory.plannedAtDeadline();
			chart.polyline(trajectory.planned(), false, "#4c2c92", "10 4 2 4");
			chart.label(planned.date(), planned.atLeastGood() - 6,
					text("dashboard.trajectory.svg.planned", planned.atLeastGood()));
		}
		if (trajectory.forecastGoodEverywhere() != null) {
			LocalDate when = trajectory.forecastGoodEverywhere().isAfter(chart.to) ? chart.to
					: trajectory.forecastGoodEverywhere();
			chart.line(last.date(), last.atLeastGood(), when, 100, "#00703c", "1 5");
		}
		double today = chart.x(last.date());
		chart.svg.line(today, TOP, today, HEIGHT - BOTTOM, "stroke=\"#1d70b8\" stroke-width=\"2\"");
		return chart.svg.raw("</svg>").toString();
	}

	private String description(Trajectory trajectory, Trajectory.Point last) {
		String forecast = (trajectory.forecastGoodEverywhere() != null)
				? text("dashboard.trajectory.svg.forecast", DAY.format(trajectory.forecastGoodEverywhere()))
				: text("dashboard.trajectory.svg.noForecast");
		String planned = (trajectory.plannedAtDeadline() != null) ? text("dashboard.trajectory.svg.plannedDesc",
				trajectory.plannedAtDeadline().atLeastGood(), DAY.format(trajectory.targetEnd().date())) : "";
		return text("dashboard.trajectory.svg.desc", DAY.format(last.date()), last.atLeastFair(), last.atLeastGood(),
				DAY.format(trajectory.targetEnd().date())) + forecast + planned;
	}

	/** Horizontal lines every 25%, and an upright line at each new year of the span. */
	private static void grid(Chart chart) {
		for (int percent = 0; percent <= 100; percent += 25) {
			double y = y(percent);
			chart.svg.line(LEFT, y, WIDTH - RIGHT, y, GRID);
			chart.svg.label(LEFT - 6, y + 4, "text-anchor=\"end\" " + LABEL, percent + "%");
		}
		for (int year = chart.from.getYear() + 1; year <= chart.to.getYear(); year++) {
			double x = chart.x(LocalDate.of(year, 1, 1));
			chart.svg.line(x, TOP, x, HEIGHT - BOTTOM, GRID);
			chart.svg.label(x, HEIGHT - BOTTOM + 18, "text-anchor=\"middle\" " + LABEL, Integer.toString(year));
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

	private static double y(double percent) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100.0);
	}

	private static LocalDate monthEnd(LocalDate date) {
		return date.withDayOfMonth(date.lengthOfMonth());
	}

	/** The chart being drawn: its span of dates and its markup. */
	private record Chart(LocalDate from, LocalDate to, Markup svg) {

		double x(LocalDate date) {
			double span = ChronoUnit.DAYS.between(this.from, this.to);
			return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(this.from, date) / span;
		}

		void polyline(List<Trajectory.Point> points, boolean fair, String colour, String dashes) {
			this.svg.raw("<polyline fill=\"none\" stroke=\"").raw(colour).raw("\" stroke-width=\"3\"");
			if (!dashes.isEmpty()) {
				this.svg.raw(" stroke-dasharray=\"").raw(dashes).raw("\"");
			}
			this.svg.raw(" points=\"");
			for (Trajectory.Point point : points) {
				this.svg.number(x(point.date()))
					.raw(",")
					.number(y(fair ? point.atLeastFair() : point.atLeastGood()))
					.raw(" ");
			}
			this.svg.raw("\"/>");
		}

		void line(LocalDate from, double fromPercent, LocalDate to, double toPercent, String colour, String dashes) {
			this.svg.line(x(from), y(fromPercent), x(to), y(toPercent),
					"stroke=\"" + colour + "\" stroke-width=\"2\" stroke-dasharray=\"" + dashes + "\"");
		}

		void label(LocalDate date, double percent, String text) {
			this.svg.label(x(date) + 6, y(percent) + 4, LABEL, text);
		}

	}

}
