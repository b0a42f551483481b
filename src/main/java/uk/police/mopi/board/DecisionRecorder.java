package uk.police.mopi.board;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.programme.ProjectDirectory;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.shared.audit.AuditEvent;
import uk.police.mopi.user.PortalUser;

/**
 * The programme team records what the Board decided: at a meeting, on a published pack of
 * that meeting (never a draft: a draft's figures are not frozen), for a financial year
 * and the projects it funds. The decision is a row of finance's {@code board_decision},
 * so approved money flows through the funding ledger as any other; it is written with SQL
 * (the board module owns no finance entity) and audited by an event.
 */
@Service
@Transactional
public class DecisionRecorder {

	static final int CASE_MAX = 300;

	static final int TEXT_MAX = 2000;

	static final int DECIDED_BY_MAX = 300;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private static final List<String> DECISIONS = List.of("APPROVED", "REJECTED", "DEFERRED");

	private final JdbcClient jdbc;

	private final DecisionRecords records;

	private final ProjectDirectory projects;

	private final ProgrammeCalendar calendar;

	private final DecisionPolicy policy;

	private final ApplicationEventPublisher events;

	DecisionRecorder(JdbcClient jdbc, DecisionRecords records, ProjectDirectory projects, ProgrammeCalendar calendar,
			DecisionPolicy policy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.records = records;
		this.projects = projects;
		this.calendar = calendar;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * What the form offers.
	 *
	 * @param meetings every meeting, latest first
	 * @param packs every published pack, latest meeting first
	 * @param projects every project's code and name, by code
	 */
	public record Choices(List<DecisionRegister.MeetingOption> meetings, List<PackOption> packs,
			Map<String, String> projects) {
	}

	/**
	 * A published pack as a choice.
	 *
	 * @param id id
	 * @param meetingId its meeting
	 * @param title title
	 * @param asAt the date its figures are as at
	 */
	public record PackOption(long id, long meetingId, String title, LocalDate asAt) {
	}

	@Transactional(readOnly = true)
	public Choices choices() {
		Map<String, String> names = new LinkedHashMap<>();
		this.projects.byId().values().forEach((p) -> names.put(p.code(), p.name()));
		return new Choices(
				this.records.meetings()
					.stream()
					.map((m) -> new DecisionRegister.MeetingOption(m.id(), m.meetingDate(), m.title()))
					.toList(),
				this.records.publishedPacks()
					.stream()
					.map((p) -> new PackOption(p.id(), p.meetingId(), p.title(), p.asAt()))
					.toList(),
				names);
	}

	/**
	 * Records a decision, refused with field problems: no meeting or one outside the
	 * programme's dates to today, no pack, a pack of another meeting or a draft, a
	 * missing or too long text, a wrong year, amount, outcome or project.
	 * @return the new decision's id
	 */
	public long record(DecisionInput input, PortalUser actor) {
		if (!this.policy.canRecord(actor)) {
			throw new AccessDeniedException("programme team only");
		}
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		LocalDate decidedOn = meeting(input, problems);
		pack(input, problems);
		problems.text("businessCase", input.businessCase(), CASE_MAX);
		try {
			FinanceService.year("financialYear", input.financialYear());
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		amount(input.amount(), problems);
		if (input.decision() == null || !DECISIONS.contains(input.decision())) {
			problems.add("decision", "budget.decision.choose");
		}
		Set<String> codes = new LinkedHashSet<>((input.projects() != null) ? input.projects() : List.of());
		Map<String, Long> projectIds = this.records.projectIds(codes);
		if (codes.size() > 200 || !projectIds.keySet().containsAll(codes)) {
			problems.add("projects", "decisions.projects.unknown");
		}
		problems.optionalText("conditions", input.conditions(), TEXT_MAX);
		problems.text("decidedBy", input.decidedBy(), DECIDED_BY_MAX);
		problems.optionalText("notes", input.notes(), TEXT_MAX);
		problems.throwIfAny();
		long id = insert(input, decidedOn, actor);
		projectIds.values()
			.forEach((project) -> this.jdbc
				.sql("insert into board_decision_project (decision_id, project_id) values (:d, :p)")
				.param("d", id)
				.param("p", project)
				.update());
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("meetingId", input.meetingId());
		recorded.put("packId", input.packId());
		recorded.put("businessCase", input.businessCase().strip());
		recorded.put("financialYear", input.financialYear().trim());
		recorded.put("amount", input.amount());
		recorded.put("decision", input.decision());
		recorded.put("projects", List.copyOf(codes));
		recorded.put("decidedBy", input.decidedBy().strip());
		this.events.publishEvent(AuditEvent.of("board-decision.recorded", "board-decision", id).after(recorded));
		return id;
	}

	private LocalDate meeting(DecisionInput input, InvalidInputException.Problems problems) {
		DecisionRecords.Meeting meeting = (input.meetingId() != null)
				? this.records.meeting(input.meetingId()).orElse(null) : null;
		if (meeting == null) {
			problems.add("meetingId", "decisions.meeting.choose");
			return null;
		}
		LocalDate earliest = this.calendar.programmeStart();
		LocalDate today = this.calendar.today();
		if (meeting.meetingDate().isBefore(earliest) || meeting.meetingDate().isAfter(today)) {
			problems.add("meetingId", "decisions.meeting.range", earliest, today);
		}
		return meeting.meetingDate();
	}

	private void pack(DecisionInput input, InvalidInputException.Problems problems) {
		DecisionRecords.Pack pack = (input.packId() != null) ? this.records.pack(input.packId()).orElse(null) : null;
		if (pack == null) {
			problems.add("packId", "decisions.pack.choose");
		}
		else if (!pack.published()) {
			problems.add("packId", "decisions.pack.draft");
		}
		else if (input.meetingId() != null && pack.meetingId() != input.meetingId()) {
			problems.add("packId", "decisions.pack.otherMeeting");
		}
	}

	private static void amount(BigDecimal amount, InvalidInputException.Problems problems) {
		if (amount == null) {
			problems.add("amount", "budget.amount.required");
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
			problems.add("amount", "budget.amount.range", MAX_AMOUNT);
		}
	}

	private long insert(DecisionInput input, LocalDate decidedOn, PortalUser actor) {
		return this.jdbc
			.sql("""
					insert into board_decision (decided_on, business_case, financial_year, amount, decision, notes,
					                            meeting_id, pack_id, conditions, decided_by, version, recorded_at, recorded_by)
					values (:on, :case, :year, :amount, :decision, :notes, :meeting, :pack, :conditions, :by_whom, 0,
					        :at, :by) returning id
					""")
			.param("on", decidedOn)
			.param("case", input.businessCase().strip())
			.param("year", input.financialYear().trim())
			.param("amount", input.amount())
			.param("decision", input.decision())
			.param("notes", strip(input.notes()))
			.param("meeting", input.meetingId())
			.param("pack", input.packId())
			.param("conditions", strip(input.conditions()))
			.param("by_whom", input.decidedBy().strip())
			.param("at", Timestamp.from(this.calendar.now()))
			.param("by", actor.getUsername())
			.query(Long.class)
			.single();
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
