package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

	/** A budget line as stored. */
	record LineRow(long id, long projectId, String financialYear, String resourceType, BigDecimal allocated,
			BigDecimal forecast, BigDecimal actual, long version, Long decisionId) {
	}

	/** A decision as stored. */
	record DecisionRow(long id, LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
			String decision, String notes, Long projectId) {
	}

	/**
	 * Funds each decision's lines in the order they were created until its amount runs
	 * out; the rest of them is beyond the decision.
	 */
	static FundingLedger of(List<LineRow> lineRows, List<DecisionRow> decisionRows, Map<String, BigDecimal> caps,
			Map<Long, ProjectReference> projects) {
		Map<Long, DecisionRow> byId = new HashMap<>();
		decisionRows.forEach((d) -> byId.put(d.id(), d));
		Map<Long, BigDecimal> left = new HashMap<>();
		List<BudgetLineView> lines = new ArrayList<>();
		lineRows.stream().sorted(Comparator.comparingLong(LineRow::id)).forEach((row) -> {
			DecisionRow decision = (row.decisionId() != null) ? byId.get(row.decisionId()) : null;
			LineFunding funding;
			BigDecimal funded = BigDecimal.ZERO;
			if (decision == null) {
				funding = LineFunding.NO_DECISION;
			}
			else if (!"APPROVED".equals(decision.decision())) {
				funding = LineFunding.NOT_APPROVED;
			}
			else {
				BigDecimal remaining = left.getOrDefault(decision.id(), decision.amount());
				funded = row.allocated().min(remaining);
				left.put(decision.id(), remaining.subtract(funded));
				funding = (funded.compareTo(row.allocated()) < 0) ? LineFunding.BEYOND_DECISION : LineFunding.FUNDED;
			}
			ProjectReference project = projects.get(row.projectId());
			lines.add(new BudgetLineView(row.id(), project.code(), project.name(), row.financialYear(),
					ResourceType.valueOf(row.resourceType()), row.allocated(), row.forecast(), row.actual(),
					row.version(), row.decisionId(), (decision != null) ? decision.decidedOn() : null, funding,
					funded));
		});
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
	 * Totals per year. For the force, approved is the sum of the year's approved
	 * decisions; within a scope it is the funded part of the scope's lines, and neither
	 * the force's unallocated money nor its cap is shown.
	 */
	List<YearTotals> totals(String year, Set<String> scope) {
		Map<String, List<BudgetLineView>> byYear = new TreeMap<>();
		years(scope).stream()
			.filter((y) -> year == null || y.equals(year))
			.forEach((y) -> byYear.put(y, new ArrayList<>()));
		lines(year, null, scope).forEach((l) -> byYear.get(l.financialYear()).add(l));
		List<YearTotals> totals = new ArrayList<>();
		byYear.forEach((y, own) -> {
			BigDecimal allocated = sum(own, BudgetLineView::allocated);
			BigDecimal funded = sum(own, BudgetLineView::funded);
			BigDecimal approved = (scope != null) ? funded
					: sum(decisions(y, null).stream().filter(BoardDecisionView::approved).toList(),
							BoardDecisionView::amount);
			List<BudgetLineView> external = own.stream()
				.filter((l) -> l.resourceType() == ResourceType.EXTERNAL)
				.toList();
			totals.add(new YearTotals(y, approved, allocated, allocated.subtract(funded),
					(scope != null) ? null : approved.subtract(funded).max(BigDecimal.ZERO),
					sum(own, BudgetLineView::forecast), sum(own, BudgetLineView::actual),
					sum(external, BudgetLineView::forecast), sum(external, BudgetLineView::actual),
					(scope != null) ? null : this.caps.get(y)));
		});
		return totals;
	}

	private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
		return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
