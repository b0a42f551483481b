package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.ProjectDirectory;
import uk.police.mopi.programme.ProjectDirectory.ProjectReference;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.shared.persistence.Rows;

/**
 * Budget lines, totals per financial year, and Investment Board decisions. Amounts are
 * exact decimals (numeric(14,2) in the database, BigDecimal here), never floating point.
 * Totals are sums of the lines in one query, so they always reconcile. Projects are named
 * through the programme's {@link ProjectDirectory}; a budget line changes through JPA and
 * every change is appended to the budget history.
 */
@Service
@Transactional(readOnly = true)
public class FinanceService {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	static final int CASE_MAX = 300;

	static final int NOTES_MAX = 2000;

	private static final List<String> DECISIONS = List.of("APPROVED", "REJECTED", "DEFERRED");

	private final JdbcClient jdbc;

	private final ProjectDirectory projects;

	private final ProgrammeCalendar calendar;

	private final FinancePolicy policy;

	private final ApplicationEventPublisher events;

	FinanceService(JdbcClient jdbc, ProjectDirectory projects, ProgrammeCalendar calendar, FinancePolicy policy,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.projects = projects;
		this.calendar = calendar;
		this.policy = policy;
	}

	/**
	 * Every line reconciled with every decision: three queries (and the projects' names),
	 * whatever the number of lines.
	 */
	private FundingLedger ledger() {
		List<FundingLedger.LineRow> lines = fundedLines();
		List<FundingLedger.DecisionRow> decisions = this.jdbc.sql("""
				select d.id, d.decided_on, d.business_case, d.financial_year, d.amount, d.decision, d.notes,
				       (select min(p.project_id) from board_decision_project p where p.decision_id = d.id
				        having count(*) = 1) as project_id
				from board_decision d order by d.decided_on desc, d.id desc
				""").query(Rows.of(FundingLedger.DecisionRow.class)).list();
		Map<String, BigDecimal> caps = new LinkedHashMap<>();
		this.jdbc.sql("select financial_year, cap from external_cap")
			.query((rs, row) -> caps.put(rs.getString("financial_year"), rs.getBigDecimal("cap")))
			.list();
		return FundingLedger.of(lines, decisions, caps, this.projects.byId());
	}

	private List<FundingLedger.LineRow> fundedLines() {
		return this.jdbc.sql(FundingLedger.FUNDED_LINES + """
				select id, project_id, financial_year, resource_type, allocated, forecast, actual, version, decision_id,
				       decided_on, decision, funded
				from funded_line
				""").query(Rows.of(FundingLedger.LineRow.class)).list();
	}

	/**
	 * Budget lines, optionally of one year and/or one project, by year, project and type.
	 */
	public List<BudgetLineView> lines(String financialYear, String projectCode) {
		return ledger().lines(financialYear, projectCode, null);
	}

	public Optional<BudgetLineView> line(long id) {
		return ledger().lines(null, null, null).stream().filter((l) -> l.id() == id).findFirst();
	}

	/**
	 * The budget page for a year written like 2007/08 ("all" for every year's lines,
	 * blank for the current year's) and a project code (any project when null or not a
	 * code).
	 */
	public BudgetPage page(String year, String project, PortalUser viewer) {
		boolean all = BudgetPage.ALL_YEARS.equals(year);
		String validYear = null;
		boolean invalid = false;
		if (!all && year != null && !year.isBlank()) {
			try {
				validYear = year("year", year).label();
			}
			catch (InvalidInputException ex) {
				invalid = true;
			}
		}
		String projectCode = (project != null && project.matches("^[A-Za-z0-9-]{1,12}$")) ? project : null;
		String linesYear = (validYear != null || projectCode != null || all || invalid) ? validYear
				: currentYear().label();
		Set<String> scope = this.policy.projectScope(viewer);
		FundingLedger ledger = ledger();
		return new BudgetPage(validYear, invalid, all, projectCode, ledger.years(scope),
				totals(validYear, scope, ledger), linesYear, ledger.lines(linesYear, projectCode, scope),
				ledger.decisions(validYear, scope));
	}

	/**
	 * The budget as this person may read it ({@link FinancePolicy#projectScope}): the
	 * lines, the totals summed from those lines alone, and the decisions, of one year or
	 * all.
	 */
	public ScopedBudget budget(String financialYear, PortalUser viewer) {
		Set<String> scope = this.policy.projectScope(viewer);
		FundingLedger ledger = ledger();
		return new ScopedBudget(totals(financialYear, scope, ledger), ledger.lines(financialYear, null, scope),
				ledger.decisions(financialYear, scope));
	}

	/**
	 * Budget lines, totals and decisions within one person's scope.
	 *
	 * @param totals per year: approved by decisions (within a scope: the funded part of
	 * its lines), allocated, forecast and actual summed from {@code lines}
	 * @param lines the lines
	 * @param decisions the decisions, each with the lines it funds
	 */
	public record ScopedBudget(List<YearTotals> totals, List<BudgetLineView> lines, List<BoardDecisionView> decisions) {
	}

	/**
	 * Totals per year as this person may read them (see {@link #budget}): for the force
	 * one query, within a scope the lines' query and the projects' names.
	 */
	public List<YearTotals> totals(String financialYear, PortalUser viewer) {
		Set<String> scope = this.policy.projectScope(viewer);
		if (scope == null) {
			return totals(financialYear);
		}
		Map<Long, ProjectReference> projects = this.projects.byId();
		return FundingLedger.scopedTotals(fundedLines().stream()
			.map((row) -> FundingLedger.view(row, projects))
			.filter((l) -> financialYear == null || l.financialYear().equals(financialYear))
			.filter((l) -> scope.contains(l.projectCode()))
			.toList());
	}

	private List<YearTotals> totals(String financialYear, Set<String> scope, FundingLedger ledger) {
		return (scope == null) ? totals(financialYear)
				: FundingLedger.scopedTotals(ledger.lines(financialYear, null, scope));
	}

	/** The financial year today falls in. */
	public FinancialYear currentYear() {
		return FinancialYear.of(this.calendar.today());
	}

	/**
	 * Reads a financial year written like 2007/08.
	 * @param field the field the text came from
	 * @throws InvalidInputException ({@code budget.year.invalid}) when it is not one
	 */
	public static FinancialYear year(String field, String label) {
		try {
			return FinancialYear.parse(label);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, "budget.year.invalid");
		}
	}

	/**
	 * The force's totals per financial year, in one query: approved by the approved
	 * decisions, allocated, funded, forecast and actual by the lines, and the external
	 * cap, for every year with lines, approved decisions or a cap.
	 */
	public List<YearTotals> totals(String financialYear) {
		return this.jdbc.sql(FundingLedger.FUNDED_LINES + """
				, programme_year as (
				    select financial_year from budget_line
				    union select financial_year from board_decision where decision = 'APPROVED'
				    union select financial_year from external_cap)
				select y.financial_year,
				       (select coalesce(sum(d.amount), 0) from board_decision d
				        where d.decision = 'APPROVED' and d.financial_year = y.financial_year) as approved,
				       coalesce(sum(f.allocated), 0) as allocated, coalesce(sum(f.funded), 0) as funded,
				       coalesce(sum(f.forecast), 0) as forecast, coalesce(sum(f.actual), 0) as actual,
				       coalesce(sum(f.forecast) filter (where f.resource_type = 'EXTERNAL'), 0) as external_forecast,
				       coalesce(sum(f.actual) filter (where f.resource_type = 'EXTERNAL'), 0) as external_actual,
				       c.cap
				from programme_year y
				left join funded_line f on f.financial_year = y.financial_year
				left join external_cap c on c.financial_year = y.financial_year
				where cast(:year as text) is null or y.financial_year = :year
				group by y.financial_year, c.cap
				order by y.financial_year
				""").param("year", financialYear).query((rs, row) -> {
			BigDecimal approved = rs.getBigDecimal("approved");
			BigDecimal allocated = rs.getBigDecimal("allocated");
			BigDecimal funded = rs.getBigDecimal("funded");
			return new YearTotals(rs.getString("financial_year"), approved, allocated, allocated.subtract(funded),
					approved.subtract(funded).max(BigDecimal.ZERO), rs.getBigDecimal("forecast"),
					rs.getBigDecimal("actual"), rs.getBigDecimal("external_forecast"),
					rs.getBigDecimal("external_actual"), rs.getBigDecimal("cap"));
		}).list();
	}

	/** The Board's decisions, optionally of one financial year, latest first. */
	public List<BoardDecisionView> decisions(String financialYear) {
		return ledger().decisions(financialYear, null);
	}

	/** The date of the last Investment Board decision before a date, if any. */
	public Optional<LocalDate> lastDecisionBefore(LocalDate date) {
		return Optional.ofNullable(this.jdbc.sql("select max(decided_on) from board_decision where decided_on < :date")
			.param("date", date)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.list()
			.get(0));
	}

	/**
	 * Records a decision of the Investment Board: dated between the programme's start and
	 * today. Decisions are never changed once recorded.
	 */
	@Transactional
	public void recordDecision(LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
			String decision, String notes, PortalUser actor) {
		requireManager(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		LocalDate earliest = this.calendar.programmeStart();
		LocalDate today = this.calendar.today();
		if (decidedOn == null || decidedOn.isBefore(earliest) || decidedOn.isAfter(today)) {
			problems.add("decidedOn", "budget.decidedOn.range", earliest, today);
		}
		problems.text("businessCase", businessCase, CASE_MAX);
		try {
			year("financialYear", financialYear);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		checkAmount(problems, "amount", amount);
		if (decision == null || !DECISIONS.contains(decision)) {
			problems.add("decision", "budget.decision.choose");
		}
		problems.optionalText("notes", notes, NOTES_MAX);
		problems.throwIfAny();
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
			.param("at", Timestamp.from(this.calendar.now()))
			.param("by", actor.getUsername())
			.update();
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("decidedOn", decidedOn);
		recorded.put("businessCase", businessCase.strip());
		recorded.put("financialYear", financialYear.trim());
		recorded.put("amount", amount);
		recorded.put("decision", decision);
		this.events.publishEvent(
				AuditEvent.of("board-decision.recorded", "board-decision", businessCase.strip()).after(recorded));
	}

	static void checkAmount(InvalidInputException.Problems problems, String field, BigDecimal amount) {
		if (amount == null) {
			problems.add(field, "budget.amount.required");
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
			problems.add(field, "budget.amount.range", MAX_AMOUNT);
		}
	}

	private void requireManager(PortalUser actor) {
		if (!this.policy.canManage(actor)) {
			throw new AccessDeniedException("Only the programme team may change budgets");
		}
	}

}
