package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.shared.web.Markup;

/**
 * Draws milestones as diamonds at their forecast dates, and the dependencies between
 * them. Achieved milestones are filled, planned ones hollow, missed ones crossed out;
 * at-risk ones carry a "!" in a white badge, readable on any bar. A slipped forecast is
 * joined to a small marker at the baseline. Every milestone has a title for tooltips.
 */
final class MilestoneMarks {

	private static final double SIZE = 6;

	private static final double GAP = 8;

	private static final String INK = "#0b0c0c";

	private static final String GREY = "#505a5f";

	private final TimeScale scale;

	private final Map<String, Point> forecasts = new HashMap<>();

	private final ChartText text;

	MilestoneMarks(TimeScale scale, ChartText text) {
		this.text = text;
		this.scale = scale;
	}

	/**
	 * Where the milestone is drawn on a row centred on {@code y}; null if it has no date.
	 */
	Point place(TimelineView.Milestone milestone, double y) {
		LocalDate date = (milestone.forecast() != null) ? milestone.forecast() : milestone.baseline();
		if (date == null) {
			return null;
		}
		Point point = new Point(this.scale.x(date), y);
		if (milestone.code() != null) {
			this.forecasts.put(milestone.code(), point);
		}
		return point;
	}

	/** The dependencies whose milestones are both placed; the others cannot be drawn. */
	List<TimelineView.Dependency> drawable(List<TimelineView.Dependency> dependencies) {
		return dependencies.stream()
			.filter((dependency) -> this.forecasts.containsKey(dependency.predecessor())
					&& this.forecasts.containsKey(dependency.successor()))
			.toList();
	}

	void drawDependencies(Markup svg, List<TimelineView.Dependency> dependencies) {
		for (TimelineView.Dependency dependency : drawable(dependencies)) {
			Point from = this.forecasts.get(dependency.predecessor());
			Point to = this.forecasts.get(dependency.successor());
			svg.raw("<g class=\"portal-timeline__dependency\">")
				.title(this.text.get(
						(dependency.kind() == uk.police.mopi.programme.DependencyKind.FS) ? "timeline.svg.dependency"
								: "timeline.svg.dependency." + dependency.kind(),
						dependency.predecessor(), dependency.successor()));
			double dx = to.x() - from.x();
			double dy = to.y() - from.y();
			double length = Math.hypot(dx, dy);
			if (length > 2 * GAP) {
				double ux = dx / length;
				double uy = dy / length;
				double tipX = to.x() - ux * GAP;
				double tipY = to.y() - uy * GAP;
				svg.line(from.x() + ux * GAP, from.y() + uy * GAP, tipX, tipY,
						"stroke=\"" + GREY + "\" stroke-width=\"1\"");
				svg.raw("<polygon points=\"").number(tipX).raw(",").number(tipY).raw(" ");
				svg.number(tipX - ux * 6 - uy * 3.5).raw(",").number(tipY - uy * 6 + ux * 3.5).raw(" ");
				svg.number(tipX - ux * 6 + uy * 3.5).raw(",").number(tipY - uy * 6 - ux * 3.5);
				svg.raw("\" fill=\"" + GREY + "\"/>");
			}
			svg.raw("</g>");
		}
	}

	void draw(Markup svg, TimelineView.Milestone milestone, Point at) {
		MilestoneStatus status = (milestone.status() != null) ? milestone.status() : MilestoneStatus.PLANNED;
		String state = status.name().toLowerCase(Locale.UK);
		svg.raw("<g class=\"portal-timeline__milestone portal-timeline__milestone--" + state + "\">")
			.title(describe(milestone, status));
		LocalDate baseline = milestone.baseline();
		if (baseline != null && milestone.forecast() != null && !baseline.equals(milestone.forecast())) {
			double x = this.scale.x(baseline);
			svg.line(x, at.y(), at.x(), at.y(), "stroke=\"" + GREY + "\" stroke-width=\"1\"");
			svg.raw("<circle class=\"portal-timeline__baseline\" cx=\"").number(x).raw("\" cy=\"").number(at.y());
			svg.raw("\" r=\"3\" fill=\"#ffffff\" stroke=\"" + GREY + "\" stroke-width=\"1.5\"/>");
		}
		svg.raw("<polygon points=\"").number(at.x()).raw(",").number(at.y() - SIZE).raw(" ");
		svg.number(at.x() + SIZE).raw(",").number(at.y()).raw(" ");
		svg.number(at.x()).raw(",").number(at.y() + SIZE).raw(" ");
		svg.number(at.x() - SIZE).raw(",").number(at.y());
		svg.raw("\" fill=\"" + ((status == MilestoneStatus.ACHIEVED) ? INK : "#ffffff") + "\" stroke=\"" + INK
				+ "\" stroke-width=\"1.5\"/>");
		if (status == MilestoneStatus.MISSED) {
			String cross = "stroke=\"" + INK + "\" stroke-width=\"2\"";
			svg.line(at.x() - 5, at.y() - 5, at.x() + 5, at.y() + 5, cross);
			svg.line(at.x() - 5, at.y() + 5, at.x() + 5, at.y() - 5, cross);
		}
		if (milestone.atRisk()) {
			double x = at.x() + SIZE + 7;
			svg.raw("<circle cx=\"").number(x).raw("\" cy=\"").number(at.y());
			svg.raw("\" r=\"6.5\" fill=\"#ffffff\" stroke=\"" + INK + "\" stroke-width=\"1\"/>");
			svg.label(x, at.y() + 4.5,
					"class=\"portal-timeline__risk\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\"",
					"!");
		}
		svg.raw("</g>");
	}

	private String describe(TimelineView.Milestone milestone, MilestoneStatus status) {
		return this.text.get("timeline.svg.milestone", Objects.toString(milestone.code(), ""),
				Objects.toString(milestone.title(), ""), date(milestone.baseline()), date(milestone.forecast()),
				date(milestone.actual()), this.text.get("milestoneStatus." + status.name()))
				+ (milestone.atRisk() ? this.text.get("timeline.svg.atRisk") : "");
	}

	private String date(LocalDate date) {
		return (date != null) ? TimelineSvg.DATE.format(date) : this.text.get("timeline.svg.none");
	}

	/** A point on the chart. */
	record Point(double x, double y) {
	}

}
