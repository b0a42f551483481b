package uk.police.mopi.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.ProjectDirectory;
import uk.police.mopi.programme.ProjectDirectory.ProjectReference;
import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.shared.persistence.Rows;

/**
 * The programme team's writes to the money: budget lines created, changed and removed,
 * external caps set, each with a reason appended to its history in the same transaction.
 * Budget lines and caps change through JPA (audited like every entity); history rows are
 * append-only.
 */
@Service
@Transactional(readOnly = true)
public class BudgetLineService {

	static final int REASON_MAX = 2000;

	static final int NOTE_MAX = 500;

	private final BudgetLineRepository lines;

	private final ExternalCapRepository caps;

	private final EntityManager entities;

	private final JdbcClient jdbc;

	private final ProjectDirectory projects;

	private final ProgrammeCalendar calendar;

	private final FinancePolicy policy;

	private final ApplicationEventPublisher events;

	BudgetLineService(BudgetLineRepository lines, ExternalCapRepository caps, EntityManager entities, JdbcClient jdbc,
			ProjectDirectory projects, ProgrammeCalendar calendar, FinancePolicy policy,
			ApplicationEventPublisher events) {
		this.lines = lines;
		this.caps = caps;
		this.entities = entities;
		this.jdbc = jdbc;
		this.projects = projects;
		this.calendar = calendar;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * What the line form offers: the projects by code and the Board's decisions.
	 *
	 * @param projects every project
	 * @param decisions every decision, latest first
	 */
	public record Choices(List<ProjectReference> projects, List<DecisionChoice> decisions) {
	}

	/**
	 * A decision a line may name.
	 *
	 * @param id id
	 * @param label its year, date, decision and business case
	 * @param financialYear its year
	 */
	public record DecisionChoice(long id, String financialYear, String label) {
	}

	public Choices choices() {
		List<DecisionChoice> decisions = this.jdbc.sql("""
				select id, financial_year,
				       financial_year || ' · ' || to_char(decided_on, 'FMDD Mon YYYY') || ' · ' || decision || ' · '
				       || business_case as label
				from board_decision order by financial_year desc, decided_on desc, id desc
				""").query(Rows.of(DecisionChoice.class)).list();
		return new Choices(List.copyOf(this.projects.byId().values()), decisions);
	}

	/**
	 * Creates a budget line.
	 * @return its id
	 * @throws InvalidInputException when a field is missing, out of range, or the line
	 * exists already
	 */
	@Transactional
	public long createLine(BudgetLineChange change, PortalUser actor) {
		requireManager(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		ProjectReference project = this.projects.byId()
			.values()
			.stream()
			.filter((p) -> p.code().equals(change.projectCode()))
			.findFirst()
			.orElse(null);
		if (project == null) {
			problems.add("projectCode", "funding.project.choose");
		}
		FinancialYear year = programmeYear(problems, "financialYear", change.financialYear());
		if (change.resourceType() == null) {
			problems.add("resourceType", "funding.type.choose");
		}
		checkChange(problems, change, (year != null) ? year.label() : null);
		if (project != null && year != null && change.resourceType() != null
				&& this.jdbc
					.sql("""
							select count(*) from budget_line where project_id = :project and financial_year = :year and resource_type = :type
							""")
					.param("project", project.id())
					.param("year", year.label())
					.param("type", change.resourceType().name())
					.query(Long.class)
					.single() > 0) {
			problems.add("resourceType", "funding.line.duplicate");
		}
		problems.throwIfAny();
		Instant now = this.calendar.now();
		BudgetLine line = this.lines.saveAndFlush(
				new BudgetLine(project.id(), year, change.resourceType(), amounts(change), actor.getUsername(), now));
		history(line, "CREATED", change.reason(), actor, now);
		return line.getId();
	}

	/**
	 * Changes a budget line's decision and amounts, if it is still at
	 * {@code expectedVersion}, and records why.
	 * @throws InvalidInputException when an amount, the decision or the reason is wrong
	 * @throws ConcurrentChangeException when someone changed the line first
	 */
	@Transactional
	public void updateLine(long id, long expectedVersion, BudgetLineChange change, PortalUser actor) {
		requireManager(actor);
		BudgetLine line = find(id);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		checkChange(problems, change, line.getFinancialYear());
		problems.throwIfAny();
		if (line.isStale(expectedVersion)) {
			throw conflict(line, change);
		}
		Instant now = this.calendar.now();
		line.change(amounts(change), actor.getUsername(), now);
		this.lines.flush();
		history(line, "CHANGED", change.reason(), actor, now);
	}

	/**
	 * Removes a budget line, if it is still at {@code expectedVersion}; its history
	 * stays, ending with the removal and its reason.
	 */
	@Transactional
	public void removeLine(long id, long expectedVersion, String reason, PortalUser actor) {
		requireManager(actor);
		BudgetLine line = find(id);
		new InvalidInputException.Problems().text("removalReason", reason, REASON_MAX).throwIfAny();
		if (line.isStale(expectedVersion)) {
			throw conflict(line, new BudgetLineChange(null, null, null, line.getDecisionId(), line.getAllocated(),
					line.getForecast(), line.getActual(), reason));
		}
		Instant now = this.calendar.now();
		history(line, "REMOVED", reason, actor, now);
		this.lines.delete(line);
		this.lines.flush();
		Map<String, Object> removed = new LinkedHashMap<>();
		removed.put("financialYear", line.getFinancialYear());
		removed.put("resourceType", line.getResourceType().name());
		removed.put("allocated", line.getAllocated());
		removed.put("reason", reason.strip());
		this.events.publishEvent(AuditEvent.of("budget-line.removed", "budget-line", id).after(removed));
	}

	/** A year's external cap, if it has one. */
	public Optional<ExternalCapView> cap(String financialYear) {
		return this.caps.findById(financialYear)
			.map((c) -> new ExternalCapView(c.getFinancialYear(), c.getCap(), c.getNote(), c.getVersion()));
	}

	/**
	 * Sets a year's cap on external resources: creates it when {@code expectedVersion} is
	 * null, else changes it if it is still at that version.
	 */
	@Transactional
	public void setCap(String financialYear, Long expectedVersion, BigDecimal cap, String note, String reason,
			PortalUser actor) {
		requireManager(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		FinancialYear year = programmeYear(problems, "financialYear", financialYear);
		FinanceService.checkAmount(problems, "cap", cap);
		problems.text("note", note, NOTE_MAX);
		problems.text("reason", reason, REASON_MAX);
		problems.throwIfAny();
		Instant now = this.calendar.now();
		ExternalCap current = this.caps.findById(year.label()).orElse(null);
		if (current != null && (expectedVersion == null || current.isStale(expectedVersion))) {
			throw capConflict(year, current, cap, note);
		}
		if (current == null) {
			this.entities.persist(new ExternalCap(year, cap, note.strip(), actor.getUsername(), now));
		}
		else {
			current.change(cap, note.strip(), actor.getUsername(), now);
		}
		this.caps.flush();
		this.jdbc.sql("""
				insert into external_cap_history (financial_year, changed_at, changed_by, reason, cap, note)
				values (:year, :at, :by, :reason, :cap, :note)
				""")
			.param("year", year.label())
			.param("at", Timestamp.from(now))
			.param("by", actor.getUsername())
			.param("reason", reason.strip())
			.param("cap", cap)
			.param("note", note.strip())
			.update();
	}

	private void checkChange(InvalidInputException.Problems problems, BudgetLineChange change, String year) {
		if (change.decisionId() != null) {
			String decisionYear = this.jdbc.sql("select financial_year from board_decision where id = :id")
				.param("id", change.decisionId())
				.query(String.class)
				.optional()
				.orElse(null);
			if (decisionYear == null) {
				problems.add("decisionId", "funding.decision.unknown");
			}
			else if (year != null && !decisionYear.equals(year)) {
				problems.add("decisionId", "funding.decision.year", decisionYear, year);
			}
		}
		FinanceService.checkAmount(problems, "allocated", change.allocated());
		FinanceService.checkAmount(problems, "forecast", change.forecast());
		FinanceService.checkAmount(problems, "actual", change.actual());
		problems.text("reason", change.reason(), REASON_MAX);
	}

	/** A financial year of the programme, or a problem on the field. */
	private FinancialYear programmeYear(InvalidInputException.Problems problems, String field, String label) {
		FinancialYear first = FinancialYear.of(this.calendar.programmeStart());
		FinancialYear last = FinancialYear.of(this.calendar.programmeEnd());
		try {
			FinancialYear year = FinanceService.year(field, label);
			if (year.compareTo(first) < 0 || year.compareTo(last) > 0) {
				problems.add(field, "funding.year.range", first.label(), last.label());
				return null;
			}
			return year;
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

	private static BudgetLine.Amounts amounts(BudgetLineChange change) {
		return new BudgetLine.Amounts(change.decisionId(), change.allocated(), change.forecast(), change.actual());
	}

	private BudgetLine find(long id) {
		return this.lines.findById(id).orElseThrow(() -> new NotFoundException("There is no budget line " + id));
	}

	private void history(BudgetLine line, String change, String reason, PortalUser actor, Instant at) {
		this.jdbc
			.sql("""
					insert into budget_history (budget_line_id, changed_at, changed_by, reason, allocated, forecast, actual,
					                            change, project_id, financial_year, resource_type, decision_id)
					values (:id, :at, :by, :reason, :allocated, :forecast, :actual, :change, :project, :year, :type, :decision)
					""")
			.param("id", line.getId())
			.param("at", Timestamp.from(at))
			.param("by", actor.getUsername())
			.param("reason", reason.strip())
			.param("allocated", line.getAllocated())
			.param("forecast", line.getForecast())
			.param("actual", line.getActual())
			.param("change", change)
			.param("project", line.getProjectId())
			.param("year", line.getFinancialYear())
			.param("type", line.getResourceType().name())
			.param("decision", line.getDecisionId())
			.update();
	}

	private ConcurrentChangeException conflict(BudgetLine line, BudgetLineChange change) {
		String theirReason = this.jdbc.sql("""
				select reason from budget_history where budget_line_id = :id
				order by changed_at desc, id desc limit 1
				""").param("id", line.getId()).query(String.class).optional().orElse(null);
		return ConcurrentChangeException.on("subject.budgetLine", line.getId())
			.changedBy(line.getUpdatedBy(), line.getUpdatedAt(), line.getVersion())
			.field("financialYear", "budget.col.year", line.getFinancialYear(), line.getFinancialYear())
			.field("resourceType", "budget.col.type", "resource.", line.getResourceType(), line.getResourceType())
			.field("decisionId", "funding.col.decision", line.getDecisionId(), change.decisionId())
			.field("allocated", "funding.col.allocated", line.getAllocated(), change.allocated())
			.field("forecast", "budget.col.forecast", line.getForecast(), change.forecast())
			.field("actual", "budget.col.actual", line.getActual(), change.actual())
			.field("reason", "budget.edit.reason", theirReason, change.reason())
			.currentPath("/budget/lines/" + line.getId())
			.build();
	}

	private static ConcurrentChangeException capConflict(FinancialYear year, ExternalCap current, BigDecimal cap,
			String note) {
		return ConcurrentChangeException.on("subject.externalCap", year.label())
			.changedBy(current.getUpdatedBy(), current.getUpdatedAt(), current.getVersion())
			.field("cap", "funding.col.cap", current.getCap(), cap)
			.field("note", "funding.col.capNote", current.getNote(), note)
			.currentPath("/budget/cap?year=" + year.label())
			.build();
	}

	private void requireManager(PortalUser actor) {
		if (!this.policy.canManage(actor)) {
			throw new AccessDeniedException("Only the programme team may change budgets");
		}
	}

}
