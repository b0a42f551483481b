package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.support.PortalTest;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budget totals reconcile exactly with the lines; the demo holds the 2007/08 business
 * case.
 */
@PortalTest
@Transactional
class BudgetTest {

	@Autowired
	private FinanceService finance;

	@Autowired
	private UserService users;

	@Test
	void shouldReconcileEveryYearsTotalsExactlyWithItsLines() {
		List<YearTotals> totals = this.finance.totals(null);
		assertThat(totals).extracting(YearTotals::financialYear)
			.containsExactly("2006/07", "2007/08", "2008/09", "2009/10", "2010/11");
		Map<String, List<BudgetLineView>> lines = this.finance.lines(null, null)
			.stream()
			.collect(Collectors.groupingBy(BudgetLineView::financialYear));
		for (YearTotals year : totals) {
			List<BudgetLineView> own = lines.get(year.financialYear());
			assertThat(year.approved()).isEqualTo(sum(own, BudgetLineView::approved));
			assertThat(year.forecast()).isEqualTo(sum(own, BudgetLineView::forecast));
			assertThat(year.actual()).isEqualTo(sum(own, BudgetLineView::actual));
			assertThat(year.externalForecast()).isEqualByComparingTo(
					sum(own.stream().filter((l) -> l.resourceType() == ResourceType.EXTERNAL).toList(),
							BudgetLineView::forecast));
		}
	}

	@Test
	void shouldHoldTheCentralTeamCaseOf4621000ApprovedOn19February2007() {
		assertThat(this.finance.decisions("2007/08")).singleElement().satisfies((d) -> {
			assertThat(d.amount()).isEqualByComparingTo("4621000.00");
			assertThat(d.decidedOn()).hasToString("2007-02-19");
			assertThat(d.decision()).isEqualTo("APPROVED");
		});
		List<BudgetLineView> central = this.finance.lines("2007/08", "PMO");
		assertThat(sum(central, BudgetLineView::approved)).isEqualByComparingTo("4621000.00");
		YearTotals year = this.finance.totals("2007/08").get(0);
		assertThat(year.externalCap()).isEqualByComparingTo("3000000.00");
		assertThat(year.externalOverCap()).isFalse();
	}

	@Test
	void shouldChangeALineInExactPenceAndRefuseAStaleVersionOrBadAmounts() {
		PortalUser pmo = (PortalUser) this.users.loadUserByUsername("pmo");
		BudgetLineView line = this.finance.lines("2008/09", null).get(0);
		BigDecimal tenth = new BigDecimal("0.10");
		BigDecimal forecast = line.forecast().add(tenth).add(new BigDecimal("0.20"));
		this.finance.updateLine(line.id(), line.version(), line.approved(), forecast, line.actual(), "Re-forecast",
				pmo);
		assertThat(this.finance.line(line.id()).orElseThrow().forecast()).isEqualTo(forecast);
		assertThatThrownBy(() -> this.finance.updateLine(line.id(), line.version(), line.approved(), forecast,
				line.actual(), "stale", pmo))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.changedBy()).isEqualTo("pmo");
				assertThat(ex.currentVersion()).isEqualTo(line.version() + 1);
			});
		long version = line.version() + 1;
		assertThatThrownBy(() -> this.finance.updateLine(line.id(), version, new BigDecimal("-1"),
				new BigDecimal("1.234"), null, "", pmo))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems()).hasSize(4));
	}

	private static BigDecimal sum(List<BudgetLineView> lines,
			java.util.function.Function<BudgetLineView, BigDecimal> amount) {
		return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
