package uk.police.mopi.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.police.mopi.dashboard.Trajectory;

/**
 * Draws the compliance trajectory as an accessible SVG line chart: Fair or better and
 * Good or better over time, the planned share at Good or better, the target line to 31
 * December 2010, and the forecast. Each line is labelled in text and drawn in its own
 * dash pattern, so colour is never the only signal.
 */
@Component
class TrajectorySvg {

	private static final int WIDTH = 960;

	private static final int HEIGHT = 320;

	private static final int LEFT = 48;

	private static final int RIGHT = 150;

	private static final int TOP = 20;

	private static final int BOTTOM = 40;

	private static final LocalDate FROM = LocalDate.of(2006, 11, 1);

	private static final LocalDate TO = LocalDate.of(2011, 1, 31);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final MessageSource messages;

	TrajectorySvg(MessageSource messages) {
		this.messages = messages;
	}

	String render(Trajectory trajectory) {
		List<Trajectory.Point> points = trajectory.actual();
		Trajectory.Point last = points.get(points.size() - 1);
		StringBuilder svg = new StringBuilder(8192);
		svg.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trajectory-title trajectory-desc\" ")
			.append("viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"100%\" class=\"portal-trajectory\" font-family=\"arial, sans-serif\" font-size=\"13\">");
		svg.append("<title id=\"trajectory-title\">")
			.append(escape(text("dashboard.trajectory")))
			.append("</title><desc id=\"trajectory-desc\">")
			.append(escape(text("dashboard.trajectory.svg.desc", DAY.format(last.date()), last.atLeastFair(),
					last.atLeastGood())
					+ ((trajectory.forecastGoodEverywhere() != null)
							? text("dashboard.trajectory.svg.forecast", DAY.format(trajectory.forecastGoodEverywhere()))
							: text("dashboard.trajectory.svg.noForecast"))
					+ ((trajectory.plannedAtDeadline() != null)
							? text("dashboard.trajectory.svg.plannedDesc", trajectory.plannedAtDeadline().atLeastGood())
							: "")))
			.append("</desc>");
		for (int percent = 0; percent <= 100; percent += 25) {
			double y = y(percent);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>", LEFT,
					y, WIDTH - RIGHT, y));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#0b0c0c\">%d%%</text>", LEFT - 6, y + 4,
					percent));
		}
		for (int year = 2007; year <= 2011; year++) {
			double x = x(LocalDate.of(year, 1, 1));
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#0b0c0c\">%d</text>",
					x, TOP, x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 18, year));
		}
		line(svg, trajectory.targetStart().date(), trajectory.targetStart().atLeastGood(),
				trajectory.targetEnd().date(), 100, "#0b0c0c", "6 4");
		label(svg, trajectory.targetEnd().date(), 100, text("dashboard.trajectory.svg.target"));
		polyline(svg, points, true, "#1d70b8", "");
		label(svg, last.date(), last.atLeastFair(), text("dashboard.trajectory.svg.fair", last.atLeastFair()));
		polyline(svg, points, false, "#00703c", "2 2");
		label(svg, last.date(), last.atLeastGood(), text("dashboard.trajectory.svg.good", last.atLeastGood()));
		if (!trajectory.planned().isEmpty()) {
			Trajectory.Point planned = trajectory.plannedAtDeadline();
			polyline(svg, trajectory.planned(), false, "#4c2c92", "10 4 2 4");
			label(svg, planned.date(), planned.atLeastGood() - 6,
					text("dashboard.trajectory.svg.planned", planned.atLeastGood()));
		}
		if (trajectory.forecastGoodEverywhere() != null) {
			LocalDate when = trajectory.forecastGoodEverywhere().isAfter(TO) ? TO : trajectory.forecastGoodEverywhere();
			line(svg, last.date(), last.atLeastGood(), when, 100, "#00703c", "1 5");
		}
		double today = x(last.date());
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1d70b8\" stroke-width=\"2\"/>", today, TOP,
				today, HEIGHT - BOTTOM));
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The rows of the chart's table alternative: each point's date (linked to the
	 * dashboard as at that date when {@code linked}), applicable assessments and shares.
	 */
	String tableRows(List<Trajectory.Point> points, boolean linked, String contextPath) {
		StringBuilder html = new StringBuilder(points.size() * 400);
		for (Trajectory.Point point : points) {
			html.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
			if (linked) {
				html.append("<a class=\"govuk-link\" href=\"")
					.append(escape(contextPath))
					.append("/dashboard?asAt=")
					.append(point.date())
					.append("\">")
					.append(escape(DAY.format(point.date())))
					.append("</a>");
			}
			else {
				html.append(escape(DAY.format(point.date())));
			}
			html.append("</td>");
			numeric(html, String.format(Locale.UK, "%,d", point.applicable()));
			numeric(html, point.atLeastFair() + "%");
			numeric(html, point.atLeastGood() + "%");
			html.append("</tr>");
		}
		return html.toString();
	}

	private static void numeric(StringBuilder html, String text) {
		html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(escape(text)).append("</td>");
	}

	private static void polyline(StringBuilder svg, List<Trajectory.Point> points, boolean fair, String colour,
			String dashes) {
		svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"3\"");
		if (!dashes.isEmpty()) {
			svg.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		svg.append(" points=\"");
		for (Trajectory.Point point : points) {
			svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(point.date()),
					y(fair ? point.atLeastFair() : point.atLeastGood())));
		}
		svg.append("\"/>");
	}

	private static void line(StringBuilder svg, LocalDate from, double fromPercent, LocalDate to, double toPercent,
			String colour, String dashes) {
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
				x(from), y(fromPercent), x(to), y(toPercent), colour, dashes));
	}

	private static void label(StringBuilder svg, LocalDate date, double percent, String text) {
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#0b0c0c\">%s</text>", x(date) + 6,
				y(percent) + 4, escape(text)));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

	private static double x(LocalDate date) {
		double span = ChronoUnit.DAYS.between(FROM, TO);
		return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(FROM, date) / span;
	}

	private static double y(double percent) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100.0);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
