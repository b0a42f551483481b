package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import uk.police.mopi.programme.ProjectDirectory.ProjectReference;

/**
 * Reconciles the budget lines with the Board's decisions: which line each decision funds,
 * which lines are unfunded, and the totals per year. Pure arithmetic on rows read by
 * {@link FinanceService} in three queries, whatever the number of lines.
 */
final class FundingLedger {

	private final List<BudgetLineView> lines;

	private final List<BoardDecisionView> decisions;

	private final Map<String, BigDecimal> caps;

	private FundingLedger(List<BudgetLineView> lines, List<BoardDecisionView> decisions, Map<String, BigDecimal> caps) {
		this.lines = lines;
		this.decisions = decisions;
		this.caps = caps;
	}

	/**
	 * A line's funding, computed in the database by one rule ({@link #FUNDED_LINES}): an
	 * approved decision's money goes to the lines naming it in the order they were
	 * created; whatever runs past its amount is beyond it. The force's totals
	 * ({@code FinanceService}) and the lines read here share this rule.
	 */
	static final String FUNDED_LINES = """
			with funded_line as (
			    select b.id, b.project_id, b.financial_year, b.resource_type, b.allocated, b.forecast, b.actual,
			           b.version, b.decision_id, d.decided_on, d.decision,
			           case when d.decision = 'APPROVED' then greatest(0, least(b.allocated, d.amount - coalesce(
			               sum(b.allocated) over (partition by b.decision_id order by b.id
			                                      rows between unbounded preceding and 1 preceding), 0)))
			                else 0 end as funded
			    from budget_line b left join board_decision d on d.id = b.decision_id)
			""";

	/**
	 * A budget line as stored, with its decision's date and outcome and its funded part.
	 */
	record LineRow(long id, long projectId, String financialYear, String resourceType, BigDecimal allocated,
			BigDecimal forecast, BigDecimal actual, long version, Long decisionId, LocalDate decidedOn, String decision,
			BigDecimal funded) {

		LineFunding funding() {
			if (this.decisionId == null) {
				return LineFunding.NO_DECISION;
			}
			if (!"APPROVED".equals(this.decision)) {
				return LineFunding.NOT_APPROVED;
			}
			return (this.funded.compareTo(this.allocated) < 0) ? LineFunding.BEYOND_DECISION : LineFunding.FUNDED;
		}

	}

	/** A decision as stored. */
	record DecisionRow(long id, LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
			String decision, String notes, Long projectId) {
	}

	/** The lines with their projects' codes and names, and the decisions listing them. */
	static FundingLedger of(List<LineRow> lineRows, List<DecisionRow> decisionRows, Map<String, BigDecimal> caps,
			Map<Long, ProjectReference> projects) {
		List<BudgetLineView> lines = new ArrayList<>(lineRows.stream().map((row) -> view(row, projects)).toList());
		lines.sort(Comparator.comparing(BudgetLineView::financialYear)
			.thenComparing(BudgetLineView::projectCode)
			.thenComparing(BudgetLineView::resourceType)
			.thenComparingLong(BudgetLineView::id));
		List<BoardDecisionView> decisions = decisionRows.stream().map((d) -> {
			List<BoardDecisionView.FundedLine> funds = lines.stream()
				.filter((l) -> Long.valueOf(d.id()).equals(l.decisionId()))
				.map((l) -> new BoardDecisionView.FundedLine(l.id(), l.projectCode(), l.resourceType(), l.allocated()))
				.toList();
			ProjectReference project = (d.projectId() != null) ? projects.get(d.projectId()) : null;
			return new BoardDecisionView(d.id(), d.decidedOn(), d.businessCase(), d.financialYear(), d.amount(),
					d.decision(), d.notes(), (project != null) ? project.code() : null,
					sum(funds, BoardDecisionView.FundedLine::allocated), funds);
		}).toList();
		return new FundingLedger(List.copyOf(lines), decisions, caps);
	}

	static BudgetLineView view(LineRow row, Map<Long, ProjectReference> projects) {
		ProjectReference project = projects.get(row.projectId());
		return new BudgetLineView(row.id(), project.code(), project.name(), row.financialYear(),
				ResourceType.valueOf(row.resourceType()), row.allocated(), row.forecast(), row.actual(), row.version(),
				row.decisionId(), row.decidedOn(), row.funding(), row.funded());
	}

	/** The lines, of one year or all, of one project or all, within a scope. */
	List<BudgetLineView> lines(String year, String projectCode, Set<String> scope) {
		return this.lines.stream()
			.filter((l) -> year == null || l.financialYear().equals(year))
			.filter((l) -> projectCode == null || l.projectCode().equals(projectCode))
			.filter((l) -> scope == null || scope.contains(l.projectCode()))
			.toList();
	}

	/**
	 * The decisions, of one year or all, latest first. Within a scope only a project's
	 * decisions on a project in it, listing only the lines in it.
	 */
	List<BoardDecisionView> decisions(String year, Set<String> scope) {
		return this.decisions.stream()
			.filter((d) -> year == null || d.financialYear().equals(year))
			.filter((d) -> scope == null || d.projectCode() != null && scope.contains(d.projectCode()))
			.map((d) -> (scope == null) ? d : scoped(d, scope))
			.toList();
	}

	private static BoardDecisionView scoped(BoardDecisionView d, Set<String> scope) {
		List<BoardDecisionView.FundedLine> lines = d.lines()
			.stream()
			.filter((l) -> scope.contains(l.projectCode()))
			.toList();
		return new BoardDecisionView(d.id(), d.decidedOn(), d.businessCase(), d.financialYear(), d.amount(),
				d.decision(), d.notes(), d.projectCode(), sum(lines, BoardDecisionView.FundedLine::allocated), lines);
	}

	/**
	 * Every year with lines, approved decisions or a cap, or within a scope with lines.
	 */
	List<String> years(Set<String> scope) {
		Set<String> years = new TreeSet<>();
		lines(null, null, scope).forEach((l) -> years.add(l.financialYear()));
		if (scope == null) {
			this.decisions.stream().filter(BoardDecisionView::approved).forEach((d) -> years.add(d.financialYear()));
			years.addAll(this.caps.keySet());
		}
		return List.copyOf(years);
	}

	/**
	 * Totals per year within a scope, summed from its lines: approved is the funded part
	 * of them; neither the force's unallocated money nor its cap is shown. (The force's
	 * totals are one query: {@code FinanceService#totals}.)
	 */
	static List<YearTotals> scopedTotals(List<BudgetLineView> lines) {
		Map<String, List<BudgetLineView>> byYear = new TreeMap<>();
		lines.forEach((l) -> byYear.computeIfAbsent(l.financialYear(), (y) -> new ArrayList<>()).add(l));
		List<YearTotals> totals = new ArrayList<>();
		byYear.forEach((y, own) -> {
			BigDecimal allocated = sum(own, BudgetLineView::allocated);
			BigDecimal funded = sum(own, BudgetLineView::funded);
			List<BudgetLineView> external = own.stream()
				.filter((l) -> l.resourceType() == ResourceType.EXTERNAL)
				.toList();
			totals.add(new YearTotals(y, funded, allocated, allocated.subtract(funded), null,
					sum(own, BudgetLineView::forecast), sum(own, BudgetLineView::actual),
					sum(external, BudgetLineView::forecast), sum(external, BudgetLineView::actual), null));
		});
		return totals;
	}

	private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
		return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
