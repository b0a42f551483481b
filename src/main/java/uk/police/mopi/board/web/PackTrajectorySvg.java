package uk.police.mopi.board.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackPage;
import uk.police.mopi.dashboard.Trajectory;
import uk.police.mopi.dashboard.web.TrajectorySvg;

/**
 * Draws a pack's frozen trajectory with the dashboard's own chart
 * ({@link TrajectorySvg}), from the frozen points rather than the live ones, and puts it
 * into the {@link PackPage}, so that the pack's fragment (HTML page and PDF alike) needs
 * no other model.
 */
@Component
public class PackTrajectorySvg {

	private final TrajectorySvg chart;

	PackTrajectorySvg(TrajectorySvg chart) {
		this.chart = chart;
	}

	/** The page with the chart of its frozen (or, for a draft, live) trajectory. */
	public PackPage charted(PackPage page) {
		return new PackPage(page.pack(), page.figures(), render(page.figures().trajectory()));
	}

	String render(PackFigures.TrajectoryFigures t) {
		return this.chart.render(new Trajectory(points(t.actual()), points(t.planned()), t.deliveriesAfterDeadline(),
				point(t.targetStart()), point(t.targetEnd()), t.forecastFairEverywhere(), t.forecastGoodEverywhere(),
				t.notDelivered(), t.awaitingProposal()));
	}

	private static List<Trajectory.Point> points(List<PackFigures.Point> points) {
		return points.stream().map(PackTrajectorySvg::point).toList();
	}

	private static Trajectory.Point point(PackFigures.Point p) {
		return new Trajectory.Point(p.date(), p.applicable(), p.atLeastFair(), p.atLeastGood());
	}

}
