package uk.police.mopi.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.dashboard.BoardDashboard;
import uk.police.mopi.dashboard.BoardDashboardService;
import uk.police.mopi.dashboard.ComplianceOutlook;
import uk.police.mopi.dashboard.LevelCounts;
import uk.police.mopi.dashboard.Trajectory;
import uk.police.mopi.finance.BoardDecisionView;
import uk.police.mopi.finance.BudgetLineView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.finance.YearTotals;
import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.MilestoneKind;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;

/**
 * Composes a pack's figures as at a date from the read models the dashboard shows, over
 * the whole force (never an area owner's scope): the Board dashboard (headline, areas,
 * sections, priority areas, trajectory, outlook, overdue and coming milestones, money),
 * every milestone and project with its delivery confidence, every budget line and
 * decision, and every assessment with its requirement's title. A fixed number of SQL
 * statements whatever the data's size. Money and projects' RAG are as they stand when
 * composed (the portal keeps no "as at" for them, as on the dashboard); decisions are
 * those taken on or before the date, and delivery confidence is given only for today.
 */
@Service
@Transactional(readOnly = true)
public class PackComposer {

	private final BoardDashboardService dashboard;

	private final ProgrammeService programme;

	private final DeliveryConfidence confidence;

	private final FinanceService finance;

	private final AssessmentQueries assessments;

	private final RequirementTitles titles;

	PackComposer(BoardDashboardService dashboard, ProgrammeService programme, DeliveryConfidence confidence,
			FinanceService finance, AssessmentQueries assessments, RequirementTitles titles) {
		this.dashboard = dashboard;
		this.programme = programme;
		this.confidence = confidence;
		this.finance = finance;
		this.assessments = assessments;
		this.titles = titles;
	}

	/**
	 * The figures as at the end of a date (today's when null or later), with the changes
	 * since the previous pack's figures.
	 * @param previousId the previous published pack, or null when this is the first
	 * @param previous its frozen figures, or null
	 */
	@Transactional
	public PackFigures compose(LocalDate asAt, Long previousId, PackFigures previous) {
		BoardDashboard board = this.dashboard.board(asAt, null);
		LocalDate date = board.asAt();
		boolean today = date.equals(board.today());
		List<PackFigures.MilestoneRow> milestones = this.programme.allMilestones(today ? null : date)
			.stream()
			.map(PackComposer::milestone)
			.toList();
		FinanceService.ScopedBudget budget = this.finance.budget(null, null);
		List<PackFigures.Cell> matrix = matrix(today ? null : date);
		PackFigures.Counts headline = counts(board.compliance().overall());
		PackFigures figures = new PackFigures(PackFigures.SCHEMA, date, board.today(), board.fairMilestone(),
				board.fullCompliance(), board.daysToDeadline(), headline, priorityAreas(board),
				rows(board.byArea(), false), rows(board.bySection(), true), trajectory(board), outlook(board),
				milestones.stream().filter((m) -> MilestoneKind.HOME_OFFICE.name().equals(m.kind())).toList(),
				board.overdue().stream().map(PackComposer::milestone).toList(),
				board.dueSoon().stream().map(PackComposer::milestone).toList(), milestones, projects(today),
				budget.totals().stream().map(PackComposer::year).toList(),
				budget.decisions()
					.stream()
					.filter((d) -> !d.decidedOn().isAfter(date))
					.map(PackComposer::decision)
					.toList(),
				budget.lines().stream().map(PackComposer::line).toList(), matrix, null);
		return PackChanges.with(figures, previousId, previous);
	}

	private List<PackFigures.Cell> matrix(LocalDate asAt) {
		Map<String, String> titles = this.titles.byCode();
		return this.assessments.assessments(null, null, asAt).stream().map((a) -> cell(a, titles)).toList();
	}

	private static PackFigures.Cell cell(AssessmentView a, Map<String, String> titles) {
		String code = a.key().requirementCode();
		int dash = code.indexOf('-');
		return new PackFigures.Cell(code, titles.get(code), (dash > 0) ? code.substring(0, dash) : code, a.key().area(),
				a.applicable(), a.level().name());
	}

	private List<PackFigures.ProjectRow> projects(boolean today) {
		List<ProjectView> projects = this.programme.projects();
		Map<String, DeliveryConfidence.ConfidenceView> confidence = today ? this.confidence.projects(projects)
				: Map.of();
		return projects.stream().map((p) -> {
			DeliveryConfidence.ConfidenceView view = confidence.get(p.code());
			return new PackFigures.ProjectRow(p.code(), p.name(), p.workstream().name(), p.sponsor(), p.rag().name(),
					(view != null) ? view.confidence().name() : null);
		}).toList();
	}

	static PackFigures.Counts counts(LevelCounts counts) {
		Map<ComplianceLevel, Integer> by = counts.byLevel();
		return new PackFigures.Counts(counts.applicableCells(), by.get(ComplianceLevel.NOT_ASSESSED),
				by.get(ComplianceLevel.NOT_MET), by.get(ComplianceLevel.FAIR), by.get(ComplianceLevel.GOOD),
				counts.excellent(), counts.atLeastFair(), counts.atLeastGood());
	}

	private static List<PackFigures.CountsRow> rows(List<BoardDashboard.CountsRow> rows, boolean sections) {
		return rows.stream().map((r) -> {
			String code = sections ? r.section() : r.area();
			String name = (r.label() == null) ? null : (sections && r.label().startsWith(code + " "))
					? r.label().substring(code.length() + 1) : r.label();
			return new PackFigures.CountsRow(code, name, counts(r.counts()));
		}).toList();
	}

	private static List<PackFigures.PriorityArea> priorityAreas(BoardDashboard board) {
		return board.priorityAreas()
			.stream()
			.map((p) -> new PackFigures.PriorityArea(p.area().code(), p.area().name(),
					(p.atMilestone() != null) ? counts(p.atMilestone()) : null, counts(p.now())))
			.toList();
	}

	private static PackFigures.TrajectoryFigures trajectory(BoardDashboard board) {
		Trajectory t = board.trajectory();
		BoardDashboard.Delivery delivery = board.delivery();
		return new PackFigures.TrajectoryFigures(points(t.actual()), points(t.planned()), point(t.targetStart()),
				point(t.targetEnd()), t.forecastFairEverywhere(), t.forecastGoodEverywhere(),
				t.deliveriesAfterDeadline(), (delivery != null) ? (int) delivery.notDelivered() : t.notDelivered(),
				(delivery != null) ? (int) delivery.awaitingProposal() : t.awaitingProposal());
	}

	private static List<PackFigures.Point> points(List<Trajectory.Point> points) {
		return points.stream().map(PackComposer::point).toList();
	}

	private static PackFigures.Point point(Trajectory.Point p) {
		return new PackFigures.Point(p.date(), p.applicable(), p.atLeastFair(), p.atLeastGood());
	}

	private static PackFigures.Outlook outlook(BoardDashboard board) {
		if (board.delivery() == null) {
			return new PackFigures.Outlook(null, null, null, null);
		}
		ComplianceOutlook outlook = board.delivery().outlook();
		return new PackFigures.Outlook(outlook.status().name(), outlook.plannedGood(), outlook.forecastGood(),
				outlook.confidence().confidence().name());
	}

	private static PackFigures.MilestoneRow milestone(MilestoneView m) {
		return new PackFigures.MilestoneRow(m.code(), m.title(), m.kind().name(), m.projectCode(), m.baselineDate(),
				m.forecastDate(), m.actualDate(), m.status().name(), m.progress().name());
	}

	private static PackFigures.BudgetYear year(YearTotals y) {
		return new PackFigures.BudgetYear(y.financialYear(), y.approved(), y.allocated(), y.unfunded(), y.unallocated(),
				y.forecast(), y.actual(), y.externalForecast(), y.externalCap(), y.warnings());
	}

	private static PackFigures.DecisionRow decision(BoardDecisionView d) {
		return new PackFigures.DecisionRow(d.id(), d.decidedOn(), d.businessCase(), d.financialYear(), d.amount(),
				d.decision(), d.allocated());
	}

	private static PackFigures.BudgetLineRow line(BudgetLineView l) {
		return new PackFigures.BudgetLineRow(l.id(), l.projectCode(), l.financialYear(), l.resourceType().name(),
				l.allocated(), l.funded(), l.forecast(), l.actual(), l.decisionId());
	}

}
