package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.ProjectDirectory;
import uk.police.mopi.programme.ProjectDirectory.ProjectReference;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

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

	static final int REASON_MAX = 2000;

	static final int CASE_MAX = 300;

	static final int NOTES_MAX = 2000;

	private static final List<String> DECISIONS = List.of("APPROVED", "REJECTED", "DEFERRED");

	private static final String LINES = """
			select id, project_id, financial_year, resource_type, approved, forecast, actual, version
			from budget_line
			""";

	private final JdbcClient jdbc;

	private final BudgetLineRepository budgetLines;

	private final ProjectDirectory projects;

	private final ProgrammeCalendar calendar;

	private final FinancePolicy policy;

	private final ApplicationEventPublisher events;

	FinanceService(JdbcClient jdbc, BudgetLineRepository budgetLines, ProjectDirectory projects,
			ProgrammeCalendar calendar, FinancePolicy policy, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.budgetLines = budgetLines;
		this.projects = projects;
		this.calendar = calendar;
		this.policy = policy;
	}

	/**
	 * Budget lines, optionally of one year and/or one project, by year, project and type.
	 */
	public List<BudgetLineView> lines(String financialYear, String projectCode) {
		Map<Long, ProjectReference> byId = this.projects.byId();
		Long projectId = byId.values()
			.stream()
			.filter((p) -> p.code().equals(projectCode))
			.map(ProjectReference::id)
			.findFirst()
			.orElse(null);
		if (projectCode != null && projectId == null) {
			return List.of();
		}
		return this.jdbc.sql(LINES + """
				where (cast(:year as text) is null or financial_year = :year)
				  and (cast(:project as bigint) is null or project_id = :project)
				""")
			.param("year", financialYear)
			.param("project", projectId)
			.query((rs, row) -> view(rs, byId))
			.list()
			.stream()
			.sorted(Comparator.comparing(BudgetLineView::financialYear)
				.thenComparing(BudgetLineView::projectCode)
				.thenComparing(BudgetLineView::resourceType))
			.toList();
	}

	public Optional<BudgetLineView> line(long id) {
		Map<Long, ProjectReference> byId = this.projects.byId();
		return this.jdbc.sql(LINES + " where id = :id").param("id", id).query((rs, row) -> view(rs, byId)).optional();
	}

	/**
	 * The budget page for a year written like 2007/08 (all years when blank or not a
	 * year) and a project code (any project when null or not a code).
	 */
	public BudgetPage page(String year, String project, PortalUser viewer) {
		String validYear = null;
		boolean invalid = false;
		if (year != null && !year.isBlank()) {
			try {
				validYear = year("year", year).label();
			}
			catch (InvalidInputException ex) {
				invalid = true;
			}
		}
		String projectCode = (project != null && project.matches("^[A-Za-z0-9-]{1,12}$")) ? project : null;
		String linesYear = (validYear != null || projectCode != null) ? validYear : currentYear().label();
		Set<String> scope = this.policy.projectScope(viewer);
		return new BudgetPage(validYear, invalid, projectCode, totals(validYear, scope), linesYear,
				scoped(lines(linesYear, projectCode), scope), decisions(validYear, scope));
	}

	/**
	 * The budget as this person may read it ({@link FinancePolicy#projectScope}): the
	 * lines, the totals summed from those lines alone, and the decisions, of one year or
	 * all.
	 */
	public ScopedBudget budget(String financialYear, PortalUser viewer) {
		Set<String> scope = this.policy.projectScope(viewer);
		return new ScopedBudget(totals(financialYear, scope), scoped(lines(financialYear, null), scope),
				decisions(financialYear, scope));
	}

	/**
	 * Budget lines, totals and decisions within one person's scope.
	 *
	 * @param totals per year, summed from {@code lines}
	 * @param lines the lines
	 * @param decisions the decisions
	 */
	public record ScopedBudget(List<YearTotals> totals, List<BudgetLineView> lines, List<BoardDecisionView> decisions) {
	}

	/** Totals per year as this person may read them: see {@link #budget}. */
	public List<YearTotals> totals(String financialYear, PortalUser viewer) {
		return totals(financialYear, this.policy.projectScope(viewer));
	}

	private List<YearTotals> totals(String financialYear, Set<String> scope) {
		if (scope == null) {
			return totals(financialYear);
		}
		Map<String, List<BudgetLineView>> byYear = new java.util.TreeMap<>();
		scoped(lines(financialYear, null), scope)
			.forEach((line) -> byYear.computeIfAbsent(line.financialYear(), (y) -> new ArrayList<>()).add(line));
		List<YearTotals> totals = new ArrayList<>();
		byYear.forEach((year,
				lines) -> totals.add(new YearTotals(year, sum(lines, BudgetLineView::approved, false),
						sum(lines, BudgetLineView::forecast, false), sum(lines, BudgetLineView::actual, false),
						sum(lines, BudgetLineView::forecast, true), sum(lines, BudgetLineView::actual, true), null)));
		return totals;
	}

	private static BigDecimal sum(List<BudgetLineView> lines, Function<BudgetLineView, BigDecimal> amount,
			boolean externalOnly) {
		return lines.stream()
			.filter((line) -> !externalOnly || line.resourceType() == ResourceType.EXTERNAL)
			.map(amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<BudgetLineView> scoped(List<BudgetLineView> lines, Set<String> scope) {
		return (scope == null) ? lines : lines.stream().filter((line) -> scope.contains(line.projectCode())).toList();
	}

	private List<BoardDecisionView> decisions(String financialYear, Set<String> scope) {
		return decisions(financialYear).stream()
			.filter((decision) -> scope == null
					|| decision.projectCode() != null && scope.contains(decision.projectCode()))
			.toList();
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

	/** The Board's decisions, optionally of one financial year, latest first. */
	public List<BoardDecisionView> decisions(String financialYear) {
		List<DecisionRow> rows = this.jdbc.sql("""
				select decided_on, business_case, financial_year, amount, decision, notes, project_id
				from board_decision
				where cast(:year as text) is null or financial_year = :year
				order by decided_on desc, id desc
				""").param("year", financialYear).query(DecisionRow.class).list();
		Map<Long, ProjectReference> byId = rows.stream().anyMatch((d) -> d.projectId() != null) ? this.projects.byId()
				: Map.of();
		return rows.stream().map((d) -> d.view(byId)).toList();
	}

	/** The date of the last Investment Board decision before a date, if any. */
	public Optional<LocalDate> lastDecisionBefore(LocalDate date) {
		return Optional.ofNullable(this.jdbc.sql("select max(decided_on) from board_decision where decided_on < :date")
			.param("date", date)
			.query(LocalDate.class)
			.single());
	}

	/**
	 * Changes a budget line, if it is still at {@code expectedVersion}, and records why.
	 * @throws InvalidInputException when an amount or the reason is missing or out of
	 * range
	 * @throws ConcurrentChangeException when someone changed the line first
	 */
	@Transactional
	public void updateLine(long id, long expectedVersion, BigDecimal approved, BigDecimal forecast, BigDecimal actual,
			String reason, PortalUser actor) {
		requireManager(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		checkAmount(problems, "approved", approved);
		checkAmount(problems, "forecast", forecast);
		checkAmount(problems, "actual", actual);
		problems.text("reason", reason, REASON_MAX);
		problems.throwIfAny();
		BudgetLine line = this.budgetLines.findById(id)
			.orElseThrow(() -> new uk.police.mopi.shared.NotFoundException("There is no budget line " + id));
		if (line.isStale(expectedVersion)) {
			throw conflict(line, approved, forecast, actual, reason);
		}
		Instant now = this.calendar.now();
		line.change(approved, forecast, actual, actor.getUsername(), now);
		this.budgetLines.flush();
		this.jdbc.sql("""
				insert into budget_history (budget_line_id, changed_at, changed_by, reason, approved, forecast, actual)
				values (:id, :at, :by, :reason, :approved, :forecast, :actual)
				""")
			.param("id", id)
			.param("at", Timestamp.from(now))
			.param("by", actor.getUsername())
			.param("reason", reason.strip())
			.param("approved", approved)
			.param("forecast", forecast)
			.param("actual", actual)
			.update();
	}

	private ConcurrentChangeException conflict(BudgetLine line, BigDecimal approved, BigDecimal forecast,
			BigDecimal actual, String reason) {
		String theirReason = this.jdbc.sql("""
				select reason from budget_history where budget_line_id = :id
				order by changed_at desc, id desc limit 1
				""").param("id", line.getId()).query(String.class).optional().orElse(null);
		return ConcurrentChangeException.on("subject.budgetLine", line.getId())
			.changedBy(line.getUpdatedBy(), line.getUpdatedAt(), line.getVersion())
			.field("financialYear", "budget.col.year", line.getFinancialYear(), line.getFinancialYear())
			.field("resourceType", "budget.col.type", "resource.", line.getResourceType(), line.getResourceType())
			.field("approved", "budget.col.approved", line.getApproved(), approved)
			.field("forecast", "budget.col.forecast", line.getForecast(), forecast)
			.field("actual", "budget.col.actual", line.getActual(), actual)
			.field("reason", "budget.edit.reason", theirReason, reason)
			.currentPath("/budget/lines/" + line.getId())
			.build();
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

	private static void checkAmount(InvalidInputException.Problems problems, String field, BigDecimal amount) {
		if (amount == null) {
			problems.add(field, "budget.amount.required");
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
			problems.add(field, "budget.amount.range", MAX_AMOUNT);
		}
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private void requireManager(PortalUser actor) {
		if (!this.policy.canManage(actor)) {
			throw new AccessDeniedException("Only the programme team may change budgets");
		}
	}

	private static BudgetLineView view(java.sql.ResultSet rs, Map<Long, ProjectReference> projects)
			throws java.sql.SQLException {
		ProjectReference project = projects.get(rs.getLong("project_id"));
		return new BudgetLineView(rs.getLong("id"), project.code(), project.name(), rs.getString("financial_year"),
				ResourceType.valueOf(rs.getString("resource_type")), rs.getBigDecimal("approved"),
				rs.getBigDecimal("forecast"), rs.getBigDecimal("actual"), rs.getLong("version"));
	}

	/** A decision as stored: its project by id. */
	private record DecisionRow(LocalDate decidedOn, String businessCase, String financialYear, BigDecimal amount,
			String decision, String notes, Long projectId) {

		BoardDecisionView view(Map<Long, ProjectReference> projects) {
			ProjectReference project = (this.projectId != null) ? projects.get(this.projectId) : null;
			return new BoardDecisionView(this.decidedOn, this.businessCase, this.financialYear, this.amount,
					this.decision, this.notes, (project != null) ? project.code() : null);
		}

	}

}
