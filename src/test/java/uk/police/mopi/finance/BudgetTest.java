package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.Accounts;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year's approved money is the sum of its approved Board decisions; the lines allocate
 * it exactly, to the penny, in the demo; the totals reconcile with the lines; the
 * programme team creates, changes and removes lines with reasons kept in the history.
 */
@PortalTest
@Transactional
class BudgetTest {

	@Autowired
	private FinanceService finance;

	@Autowired
	private BudgetLineService budgetLines;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Test
	void shouldReconcileEveryYearsTotalsWithItsDecisionsAndItsLines() {
		List<YearTotals> totals = this.finance.totals(null);
		assertThat(totals).extracting(YearTotals::financialYear)
			.as("no money before the Board funded the programme in 2007/08")
			.containsExactly("2007/08", "2008/09", "2009/10", "2010/11");
		Map<String, List<BudgetLineView>> lines = this.finance.lines(null, null)
			.stream()
			.collect(Collectors.groupingBy(BudgetLineView::financialYear));
		for (YearTotals year : totals) {
			List<BudgetLineView> own = lines.get(year.financialYear());
			assertThat(year.approved()).as(year.financialYear()).isEqualByComparingTo(approvedByDecisions(year));
			assertThat(year.allocated()).isEqualTo(sum(own, BudgetLineView::allocated));
			assertThat(year.forecast()).isEqualTo(sum(own, BudgetLineView::forecast));
			assertThat(year.actual()).isEqualTo(sum(own, BudgetLineView::actual));
			assertThat(year.variance()).isEqualByComparingTo(year.approved().subtract(year.forecast()));
			assertThat(year.externalForecast()).isEqualByComparingTo(
					sum(own.stream().filter((l) -> l.resourceType() == ResourceType.EXTERNAL).toList(),
							BudgetLineView::forecast));
		}
	}

	@Test
	void shouldHoldTheCentralTeamCaseOf4621000ApprovedOn19February2007WithExternalWithin3m() {
		assertThat(this.finance.decisions("2007/08")).singleElement().satisfies((d) -> {
			assertThat(d.amount()).isEqualByComparingTo("4621000.00");
			assertThat(d.decidedOn()).hasToString("2007-02-19");
			assertThat(d.decision()).isEqualTo("APPROVED");
			assertThat(d.allocated()).isEqualByComparingTo("4621000.00");
			assertThat(d.lines()).extracting(BoardDecisionView.FundedLine::projectCode).containsOnly("PMO");
		});
		YearTotals year = this.finance.totals("2007/08").get(0);
		assertThat(year.approved()).isEqualByComparingTo("4621000.00");
		assertThat(year.allocated()).isEqualByComparingTo("4621000.00");
		assertThat(year.externalCap()).isEqualByComparingTo("3000000.00");
		assertThat(year.externalForecast().max(year.externalActual())).isLessThanOrEqualTo(year.externalCap());
		assertThat(year.warnings()).isEmpty();
	}

	@Test
	void shouldAllocateEveryApprovedDecisionExactlyLeavingOneDeliberateUnfundedLine() {
		List<BoardDecisionView> decisions = this.finance.decisions(null);
		decisions.stream()
			.filter(BoardDecisionView::approved)
			.forEach((d) -> assertThat(d.allocated()).as(d.businessCase()).isEqualByComparingTo(d.amount()));
		assertThat(decisions).extracting(BoardDecisionView::businessCase)
			.contains("Full MoPI programme business case: option B (compliance by December 2010), year 1 of 3");
		assertThat(decisions.stream()
			.filter(BoardDecisionView::approved)
			.map(BoardDecisionView::amount)
			.filter((a) -> a.compareTo(new BigDecimal("4621000")) != 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).as("the full business case").isEqualByComparingTo("9850000.00");
		List<BudgetLineView> unfunded = this.finance.lines(null, null)
			.stream()
			.filter(BudgetLineView::unfunded)
			.toList();
		assertThat(unfunded).singleElement().satisfies((line) -> {
			assertThat(line.financialYear()).isEqualTo("2008/09");
			assertThat(line.funding()).isEqualTo(LineFunding.NOT_APPROVED);
			assertThat(line.projectName()).isEqualTo(FinanceDemoData.UNFUNDED_PROJECT);
		});
		assertThat(this.finance.totals(null)).allSatisfy((year) -> assertThat(year.warnings()).as(year.financialYear())
			.isEqualTo(year.financialYear().equals("2008/09") ? List.of("unfunded") : List.of()));
	}

	@Test
	void shouldMarkALineBeyondItsDecisionUnfundedAndKeepItsHistoryAfterRemoval() {
		PortalUser pmo = this.accounts.programmeTeam();
		BoardDecisionView decision = this.finance.decisions("2009/10").get(0);
		String project = this.jdbc.queryForObject("""
				select min(p.code) from project p where not exists (select 1 from budget_line b
				where b.project_id = p.id and b.financial_year = '2009/10' and b.resource_type = 'EXTERNAL')
				""", String.class);
		long id = this.budgetLines.createLine(new BudgetLineChange(project, "2009/10", ResourceType.EXTERNAL,
				decision.id(), new BigDecimal("12345.67"), BigDecimal.ZERO, BigDecimal.ZERO, "Extra analyst"), pmo);
		BudgetLineView line = this.finance.line(id).orElseThrow();
		assertThat(line.funding()).as("the decision was allocated in full already")
			.isEqualTo(LineFunding.BEYOND_DECISION);
		YearTotals year = this.finance.totals("2009/10").get(0);
		assertThat(year.unfunded()).isEqualByComparingTo("12345.67");
		assertThat(year.warnings()).contains("unfunded");
		assertThat(this.finance.decisions("2009/10").get(0).overAllocated()).isTrue();
		assertThatThrownBy(() -> this.budgetLines.removeLine(id, line.version() + 1, "stale", pmo))
			.isInstanceOf(ConcurrentChangeException.class);
		this.budgetLines.removeLine(id, line.version(), "Entered twice", pmo);
		assertThat(this.finance.line(id)).isEmpty();
		assertThat(this.jdbc.queryForList(
				"select change || ' ' || reason from budget_history where budget_line_id = ?" + " order by id",
				String.class, id))
			.containsExactly("CREATED Extra analyst", "REMOVED Entered twice");
		assertThat(this.finance.totals("2009/10").get(0).warnings()).isEmpty();
	}

	@Test
	void shouldChangeALineInExactPenceAndRefuseAStaleVersionOrBadInput() {
		PortalUser pmo = this.accounts.programmeTeam();
		BudgetLineView line = this.finance.lines("2008/09", null).get(0);
		BigDecimal forecast = line.forecast().add(new BigDecimal("0.10")).add(new BigDecimal("0.20"));
		this.budgetLines.updateLine(line.id(), line.version(), change(line, forecast, "Re-forecast"), pmo);
		assertThat(this.finance.line(line.id()).orElseThrow().forecast()).isEqualTo(forecast);
		assertThatThrownBy(
				() -> this.budgetLines.updateLine(line.id(), line.version(), change(line, forecast, "stale"), pmo))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.changedBy()).isEqualTo(pmo.getUsername());
				assertThat(ex.currentVersion()).isEqualTo(line.version() + 1);
			});
		long version = line.version() + 1;
		long otherYear = this.finance.decisions("2007/08").get(0).id();
		assertThatThrownBy(() -> this.budgetLines.updateLine(line.id(), version,
				new BudgetLineChange(null, null, null, otherYear, new BigDecimal("-1"), new BigDecimal("1.234"), null,
						""),
				pmo))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field())
						.containsExactlyInAnyOrder("decisionId", "allocated", "forecast", "actual", "reason"));
		assertThatThrownBy(
				() -> this.budgetLines.createLine(new BudgetLineChange(line.projectCode(), line.financialYear(),
						line.resourceType(), null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, "Twice"), pmo))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.code())
						.containsExactly("funding.line.duplicate"));
	}

	@Test
	void shouldSetAnExternalCapWithItsHistoryAndRefuseAStaleOne() {
		PortalUser pmo = this.accounts.programmeTeam();
		this.budgetLines.setCap("2008/09", null, new BigDecimal("1500000.00"), "Board limit", "Set by the Board", pmo);
		ExternalCapView cap = this.budgetLines.cap("2008/09").orElseThrow();
		assertThat(this.finance.totals("2008/09").get(0).externalCap()).isEqualByComparingTo("1500000.00");
		this.budgetLines.setCap("2008/09", cap.version(), new BigDecimal("1600000.00"), "Board limit", "Raised", pmo);
		assertThatThrownBy(() -> this.budgetLines.setCap("2008/09", cap.version(), BigDecimal.TEN, "x", "stale", pmo))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThatThrownBy(() -> this.budgetLines.setCap("2008/09", null, BigDecimal.TEN, "x", "new again", pmo))
			.as("a second cap for the year is a change to the first")
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(this.jdbc.queryForList(
				"select reason from external_cap_history where financial_year = '2008/09' order by id", String.class))
			.containsExactly("Set by the Board", "Raised");
	}

	private BigDecimal approvedByDecisions(YearTotals year) {
		return this.jdbc.queryForObject("""
				select coalesce(sum(amount), 0) from board_decision where decision = 'APPROVED' and financial_year = ?
				""", BigDecimal.class, year.financialYear());
	}

	private static BudgetLineChange change(BudgetLineView line, BigDecimal forecast, String reason) {
		return new BudgetLineChange(null, null, null, line.decisionId(), line.allocated(), forecast, line.actual(),
				reason);
	}

	private static BigDecimal sum(List<BudgetLineView> lines, Function<BudgetLineView, BigDecimal> amount) {
		return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
