package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.InvalidPlanException;
import uk.police.mopi.programme.PlanConflictException;
import uk.police.mopi.programme.PlanProblem;
import uk.police.mopi.user.PortalUser;

/**
 * Budget lines, totals per financial year, and Investment Board decisions. Amounts are
 * exact decimals (numeric(14,2) in the database, BigDecimal here), never floating point.
 * Totals are sums of the lines in one query, so they always reconcile.
 */
@Service
@Transactional(readOnly = true)
public class FinanceService {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private final JdbcClient jdbc;

	private final Clock clock;

	FinanceService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Budget lines, optionally of one year and/or one project, by year, project and type.
	 */
	public List<BudgetLineView> lines(String financialYear, String projectCode) {
		return linesOf(financialYear, projectCode);
	}

	/** The financial year today falls in. */
	public FinancialYear currentYear() {
		return FinancialYear.of(LocalDate.now(this.clock));
	}

	private List<BudgetLineView> linesOf(String financialYear, String projectCode) {
		return this.jdbc.sql("""
				select b.id, p.code as project_code, p.name as project_name, b.financial_year, b.resource_type,
				       b.approved, b.forecast, b.actual, b.version
				from budget_line b join project p on p.id = b.project_id
				where (cast(:year as text) is null or b.financial_year = :year)
				  and (cast(:project as text) is null or p.code = :project)
				order by b.financial_year, p.code, b.resource_type
				""").param("year", financialYear).param("project", projectCode).query(BudgetLineView.class).list();
	}

	public java.util.Optional<BudgetLineView> line(long id) {
		return this.jdbc.sql("""
				select b.id, p.code as project_code, p.name as project_name, b.financial_year, b.resource_type,
				       b.approved, b.forecast, b.actual, b.version
				from budget_line b join project p on p.id = b.project_id where b.id = :id
				""").param("id", id).query(BudgetLineView.class).optional();
	}

	/** Programme totals per financial year, with the external cap, from the lines. */
	public List<YearTotals> totals(String financialYear) {
		return this.jdbc
			.sql("""
					select b.financial_year, sum(b.approved) as approved, sum(b.forecast) as forecast, sum(b.actual) as actual,
					       sum(b.forecast) filter (where b.resource_type = 'EXTERNAL') as external_forecast,
					       sum(b.actual) filter (where b.resource_type = 'EXTERNAL') as external_actual,
					       c.cap as external_cap
					from budget_line b left join external_cap c on c.financial_year = b.financial_year
					where cast(:year as text) is null or b.financial_year = :year
					group by b.financial_year, c.cap
					order by b.financial_year
					""")
			.param("year", financialYear)
			.query((rs, row) -> new YearTotals(rs.getString("financial_year"), rs.getBigDecimal("approved"),
					rs.getBigDecimal("forecast"), rs.getBigDecimal("actual"),
					zero(rs.getBigDecimal("external_forecast")), zero(rs.getBigDecimal("external_actual")),
					rs.getBigDecimal("external_cap")))
			.list();
	}

	public List<BoardDecisionView> decisions(String financialYear) {
		return this.jdbc.sql("""
				select d.decided_on, d.business_case, d.financial_year, d.amount, d.decision, d.notes,
				       p.code as project_code
				from board_decision d left join project p on p.id = d.project_id
				where cast(:year as text) is null or d.financial_year = :year
				order by d.decided_on desc, d.id desc
				""").param("year", financialYear).query(BoardDecisionView.class).list();
	}

	/**
	 * Changes a budget line, if it is still at {@code expectedVersion}, and records why.
	 */
	@Transactional
	public void updateLine(long id, long expectedVersion, BigDecimal approved, BigDecimal forecast, BigDecimal actual,
			String reason, PortalUser actor) {
		requirePlanner(actor);
		List<PlanProblem> problems = new ArrayList<>();
		checkAmount(problems, "approved", approved);
		checkAmount(problems, "forecast", forecast);
		checkAmount(problems, "actual", actual);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			problems.add(new PlanProblem("reason", "Say why the budget changes (at most 2,000 characters)"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		int updated = this.jdbc.sql("""
				update budget_line set approved = :approved, forecast = :forecast, actual = :actual,
				       version = version + 1, updated_at = :at, updated_by = :by
				where id = :id and version = :version
				""")
			.param("approved", approved)
			.param("forecast", forecast)
			.param("actual", actual)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor.getUsername())
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new PlanConflictException("Budget line " + id, "someone else");
		}
		this.jdbc.sql("""
				insert into budget_history (budget_line_id, changed_at, changed_by, reason, approved, forecast, actual)
				values (:id, :at, :by, :reason, :approved, :forecast, :actual)
				""")
			.param("id", id)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor.getUsername())
			.param("reason", reason.strip())
			.param("approved", approved)
			.param("forecast", forecast)
			.param("actual", actual)
			.update();
	}

	@Transactional
	public void recordDecision(LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
			String decision, String notes, PortalUser actor) {
		requirePlanner(actor);
		List<PlanProblem> problems = new ArrayList<>();
		if (decidedOn == null || decidedOn.getYear() < 2004 || decidedOn.isAfter(LocalDate.now(this.clock))) {
			problems.add(new PlanProblem("decidedOn", "Give the date of the Board, not in the future"));
		}
		if (businessCase == null || businessCase.isBlank() || businessCase.length() > 300) {
			problems.add(new PlanProblem("businessCase", "Name the business case (at most 300 characters)"));
		}
		try {
			FinancialYear.parse(financialYear);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new PlanProblem("financialYear", ex.getMessage()));
		}
		checkAmount(problems, "amount", amount);
		if (decision == null || !List.of("APPROVED", "REJECTED", "DEFERRED").contains(decision)) {
			problems.add(new PlanProblem("decision", "Choose approved, rejected or deferred"));
		}
		if (notes != null && notes.length() > 2000) {
			problems.add(new PlanProblem("notes", "Notes must be 2,000 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		this.jdbc.sql("""
				insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
				                            recorded_at, recorded_by)
				values (:on, :case, :year, :amount, :decision, :notes, :at, :by)
				""")
			.param("on", decidedOn)
			.param("case", businessCase.strip())
			.param("year", financialYear.trim())
			.param("amount", amount)
			.param("decision", decision)
			.param("notes", (notes != null) ? notes.strip() : "")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor.getUsername())
			.update();
	}

	private static void checkAmount(List<PlanProblem> problems, String field, BigDecimal amount) {
		if (amount == null) {
			problems.add(new PlanProblem(field, "Enter an amount in pounds, e.g. 4621000.00"));
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
			problems.add(new PlanProblem(field, "Enter pounds and pence from 0 to 999,999,999,999.99"));
		}
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static void requirePlanner(PortalUser actor) {
		if (!DeliveryService.canPlan(actor)) {
			throw new AccessDeniedException("Only the programme team may change budgets");
		}
	}

}
