package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

import uk.police.mopi.programme.Rag;
import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.web.Markup;

/**
 * Draws the programme timeline as an inline SVG Gantt chart: a row of Home Office
 * milestones, then a bar per project with its RAG status in words, its milestones and the
 * dependencies between them, over financial years, with today and the deadline marked.
 * Presentation attributes only (no style attributes, scripts or external references), so
 * it works under the portal's Content-Security-Policy and prints as it shows.
 */
@Component
class TimelineSvg {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final int WIDTH = 960;

	private static final int LABEL_WIDTH = 280;

	private static final int RAG_WIDTH = 56;

	private static final int HEADER = 44;

	private static final int ROW = 28;

	private static final int BAR = 12;

	private static final int LABEL_LENGTH = 40;

	private static final String INK = "#0b0c0c";

	private static final String RULE = "#b1b4b6";

	private final ChartText text;

	private final ProgrammeCalendar calendar;

	TimelineSvg(org.springframework.context.MessageSource messages, ProgrammeCalendar calendar) {
		this.text = new ChartText(messages);
		this.calendar = calendar;
	}

	String render(TimelineView view) {
		List<TimelineView.Project> projects = view.projects();
		TimeScale scale = TimeScale.covering(view, this.calendar.programmeStart(), this.calendar.programmeEnd(),
				LABEL_WIDTH, WIDTH - LABEL_WIDTH - RAG_WIDTH);
		MilestoneMarks marks = new MilestoneMarks(scale, this.text);
		MilestoneMarks.Point[][] points = placeMilestones(view, marks);
		int bottom = HEADER + (1 + Math.max(1, projects.size())) * ROW;
		Markup svg = new Markup(4096 + 2048 * projects.size());
		open(svg, view, marks, bottom + 26);
		drawAxis(svg, scale, bottom);
		svg.label(4, rowMiddle(0) + 5, "font-weight=\"bold\"", this.text.get("timeline.svg.homeOffice"));
		svg.line(0, HEADER + ROW, WIDTH, HEADER + ROW, "stroke=\"" + INK + "\" stroke-width=\"1\"");
		for (int i = 0; i < projects.size(); i++) {
			drawProject(svg, scale, projects.get(i), rowMiddle(i + 1), this.text);
		}
		if (projects.isEmpty()) {
			svg.label(4, rowMiddle(1) + 5, "class=\"portal-timeline__empty\"", this.text.get("timeline.svg.empty"));
		}
		marks.drawDependencies(svg, view.dependencies());
		drawMilestones(svg, marks, view.programmeMilestones(), points[0]);
		for (int i = 0; i < projects.size(); i++) {
			drawMilestones(svg, marks, projects.get(i).milestones(), points[i + 1]);
		}
		drawTodayAndDeadline(svg, view, scale, bottom);
		return svg.raw("</g></svg>").toString();
	}

	/** The root element, its title and description, the background and the text group. */
	private void open(Markup svg, TimelineView view, MilestoneMarks marks, int height) {
		svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\"")
			.raw(" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" class=\"portal-timeline\">")
			.raw("<title id=\"timeline-title\">")
			.text(this.text.get("timeline.svg.title"))
			.raw("</title><desc id=\"timeline-desc\">")
			.text(summary(view, marks, this.text))
			.raw("</desc><rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>")
			.raw("<g font-family=\"arial, sans-serif\" font-size=\"13\" fill=\"" + INK + "\">");
	}

	private void drawTodayAndDeadline(Markup svg, TimelineView view, TimeScale scale, int bottom) {
		if (view.today() != null) {
			drawDateLine(svg, scale.x(view.today()), 18, bottom, 14, "portal-timeline__today",
					"stroke=\"#1d70b8\" stroke-width=\"2\"",
					this.text.get("timeline.svg.today", DATE.format(view.today())));
		}
		if (view.deadline() != null) {
			drawDateLine(svg, scale.xAfter(view.deadline()), HEADER, bottom + 4, bottom + 18,
					"portal-timeline__deadline", "stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 3\"",
					this.text.get("timeline.svg.deadline", DATE.format(view.deadline())));
		}
	}

	private static double rowMiddle(int row) {
		return HEADER + row * ROW + ROW / 2.0;
	}

	private static void drawAxis(Markup svg, TimeScale scale, int bottom) {
		svg.raw("<g class=\"portal-timeline__axis\">");
		for (LocalDate april : scale.financialYearStarts()) {
			double x = scale.x(april);
			svg.line(x, 24, x, bottom, "stroke=\"" + RULE + "\" stroke-width=\"1\"");
			svg.label(x + 4, 36, "font-size=\"12\"", TimeScale.financialYear(april));
		}
		svg.line(LABEL_WIDTH, HEADER, WIDTH - RAG_WIDTH, HEADER, "stroke=\"" + INK + "\" stroke-width=\"1\"");
		svg.raw("</g>");
	}

	private static MilestoneMarks.Point[][] placeMilestones(TimelineView view, MilestoneMarks marks) {
		List<TimelineView.Project> projects = view.projects();
		MilestoneMarks.Point[][] points = new MilestoneMarks.Point[projects.size() + 1][];
		points[0] = place(marks, view.programmeMilestones(), rowMiddle(0));
		for (int i = 0; i < projects.size(); i++) {
			points[i + 1] = place(marks, projects.get(i).milestones(), rowMiddle(i + 1));
		}
		return points;
	}

	private static MilestoneMarks.Point[] place(MilestoneMarks marks, List<TimelineView.Milestone> milestones,
			double y) {
		MilestoneMarks.Point[] points = new MilestoneMarks.Point[milestones.size()];
		for (int i = 0; i < points.length; i++) {
			points[i] = marks.place(milestones.get(i), y);
		}
		return points;
	}

	private static void drawMilestones(Markup svg, MilestoneMarks marks, List<TimelineView.Milestone> milestones,
			MilestoneMarks.Point[] points) {
		for (int i = 0; i < points.length; i++) {
			if (points[i] != null) {
				marks.draw(svg, milestones.get(i), points[i]);
			}
		}
	}

	private static void drawProject(Markup svg, TimeScale scale, TimelineView.Project project, double middle,
			ChartText text) {
		String name = (Objects.toString(project.code(), "") + " " + Objects.toString(project.name(), "")).strip();
		LocalDate start = project.start();
		LocalDate end = project.end();
		if (start != null && end != null && start.isAfter(end)) {
			start = project.end();
			end = project.start();
		}
		boolean dated = start != null && end != null;
		svg.raw("<g class=\"portal-timeline__project\">")
			.title(dated
					? text.get("timeline.svg.project", name, DATE.format(start), DATE.format(end),
							ragWord(project.rag(), text))
					: text.get("timeline.svg.projectUndated", name, ragWord(project.rag(), text)))
			.label(4, middle + 5, "class=\"portal-timeline__label\"", truncate(name, LABEL_LENGTH))
			.line(0, middle + ROW / 2.0, WIDTH, middle + ROW / 2.0, "stroke=\"" + RULE + "\" stroke-width=\"0.5\"");
		double ragX = LABEL_WIDTH + 4;
		if (dated) {
			double x = scale.x(start);
			double width = Math.max(2, scale.xAfter(end) - x);
			svg.raw("<rect class=\"portal-timeline__bar\" x=\"").number(x).raw("\" y=\"").number(middle - BAR / 2.0);
			svg.raw("\" width=\"").number(width).raw("\" height=\"" + BAR + "\" fill=\"" + fill(project.rag()));
			svg.raw("\" stroke=\"" + INK + "\" stroke-width=\"1\"/>");
			ragX = x + width + 10;
		}
		svg.label(ragX, middle + 4, "class=\"portal-timeline__rag\" font-size=\"12\" font-weight=\"bold\"",
				ragWord(project.rag(), text));
		svg.raw("</g>");
	}

	private static void drawDateLine(Markup svg, double x, double top, double bottom, double labelY, String cssClass,
			String stroke, String label) {
		boolean nearRightEdge = x > WIDTH - RAG_WIDTH - 120;
		svg.raw("<g class=\"" + cssClass + "\">").line(x, top, x, bottom, stroke);
		svg.label(nearRightEdge ? x - 4 : x + 4, labelY,
				"font-size=\"12\" font-weight=\"bold\"" + (nearRightEdge ? " text-anchor=\"end\"" : ""), label);
		svg.raw("</g>");
	}

	private static String fill(Rag rag) {
		if (rag == null) {
			return "#ffffff";
		}
		return switch (rag) {
			case RED -> "#d4351c";
			case AMBER -> "#f47738";
			case GREEN -> "#00703c";
		};
	}

	private static String ragWord(Rag rag, ChartText text) {
		return (rag != null) ? text.get("rag." + rag.name()) : text.get("timeline.svg.noRag");
	}

	private static String truncate(String text, int length) {
		if (text.codePointCount(0, text.length()) <= length) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, length - 1)).stripTrailing() + "\u2026";
	}

	private static String summary(TimelineView view, MilestoneMarks marks, ChartText text) {
		int milestones = view.programmeMilestones().size();
		for (TimelineView.Project project : view.projects()) {
			milestones += project.milestones().size();
		}
		int dependencies = marks.drawable(view.dependencies()).size();
		return text.get("timeline.svg.summary", view.projects().size(), milestones, dependencies)
				+ ((view.today() != null) ? text.get("timeline.svg.summary.today", DATE.format(view.today())) : "")
				+ ((view.deadline() != null) ? text.get("timeline.svg.summary.deadline", DATE.format(view.deadline()))
						: "")
				+ ".";
	}

}
