package uk.police.mopi.board;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ConcurrentChangeException;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
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

	private final JdbcClient jdbc;

	private final DecisionRecords records;

	private final ProgrammeCalendar calendar;

	private final BoardPolicy policy;

	private final DecisionRules rules;

	private final ApplicationEventPublisher events;

	DecisionRecorder(JdbcClient jdbc, DecisionRecords records, ProgrammeCalendar calendar, BoardPolicy policy,
			DecisionRules rules, ApplicationEventPublisher events) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.records = records;
		this.calendar = calendar;
		this.policy = policy;
		this.events = events;
	}

	/**
	 * Records a decision, refused with field problems ({@link DecisionRules}): among them
	 * a draft pack or a pack of another meeting.
	 * @return the new decision's id
	 */
	public long record(DecisionInput input, PortalUser actor) {
		requireRecorder(actor);
		DecisionRules.Checked checked = this.rules.check(input);
		long id = insert(input, checked.decidedOn(), actor);
		link(id, checked);
		this.events.publishEvent(
				AuditEvent.of("board-decision.recorded", "board-decision", id).after(audited(input, checked)));
		return id;
	}

	/**
	 * Changes a recorded decision, as of the version the change was made on: refused as
	 * {@link #record} is, when it would move to another year the budget lines it funds,
	 * and with {@link ConcurrentChangeException} when someone changed it first.
	 */
	public void change(long id, long version, DecisionInput input, PortalUser actor) {
		requireRecorder(actor);
		DecisionView before = this.records.decision(id)
			.orElseThrow(() -> new NotFoundException("No Board decision " + id));
		DecisionRules.Checked checked = this.rules.check(input);
		int otherYear = this.jdbc
			.sql("select count(*) from budget_line where decision_id = :id and financial_year <> :year")
			.param("id", id)
			.param("year", input.financialYear().trim())
			.query(Integer.class)
			.single();
		if (otherYear > 0) {
			throw InvalidInputException.of("financialYear", "decisions.year.funded", before.financialYear());
		}
		int updated = this.jdbc.sql("""
				update board_decision set decided_on = :on, business_case = :case, financial_year = :year,
				       amount = :amount, decision = :decision, notes = :notes, meeting_id = :meeting, pack_id = :pack,
				       conditions = :conditions, decided_by = :by_whom, version = version + 1,
				       updated_at = :at, updated_by = :by
				where id = :id and version = :version
				""")
			.paramSource(values(input, checked.decidedOn(), actor).addValue("id", id).addValue("version", version))
			.update();
		if (updated == 0) {
			throw conflict(before, input);
		}
		this.jdbc.sql("delete from board_decision_project where decision_id = :id").param("id", id).update();
		link(id, checked);
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("businessCase", before.businessCase());
		was.put("financialYear", before.financialYear());
		was.put("amount", before.amount());
		was.put("decision", before.decision());
		was.put("projects", before.projects());
		this.events.publishEvent(AuditEvent.of("board-decision.changed", "board-decision", id)
			.before(was)
			.after(audited(input, checked)));
	}

	private ConcurrentChangeException conflict(DecisionView before, DecisionInput yours) {
		Map<String, Object> now = this.jdbc.sql("""
				select coalesce(updated_by, recorded_by) as who, coalesce(updated_at, recorded_at) as at, version
				from board_decision where id = :id
				""").param("id", before.id()).query().singleRow();
		return ConcurrentChangeException.on("subject.decision", before.businessCase())
			.changedBy((String) now.get("who"), ((java.sql.Timestamp) now.get("at")).toInstant(),
					((Number) now.get("version")).longValue())
			.field("businessCase", "decisions.col.what", before.businessCase(), yours.businessCase())
			.field("amount", "decisions.col.amount", before.amount(), yours.amount())
			.field("decision", "decisions.col.decision", before.decision(), yours.decision())
			.field("conditions", "decisions.col.conditions", before.conditions(), yours.conditions())
			.currentPath("/board/decisions/" + before.id())
			.build();
	}

	private void link(long id, DecisionRules.Checked checked) {
		checked.projects()
			.values()
			.forEach((project) -> this.jdbc
				.sql("insert into board_decision_project (decision_id, project_id) values (:d, :p)")
				.param("d", id)
				.param("p", project)
				.update());
	}

	private static Map<String, Object> audited(DecisionInput input, DecisionRules.Checked checked) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("meetingId", input.meetingId());
		values.put("packId", input.packId());
		values.put("businessCase", input.businessCase().strip());
		values.put("financialYear", input.financialYear().trim());
		values.put("amount", input.amount());
		values.put("decision", input.decision());
		values.put("projects", List.copyOf(checked.projects().keySet()));
		values.put("decidedBy", input.decidedBy().strip());
		return values;
	}

	private void requireRecorder(PortalUser actor) {
		if (!this.policy.canWrite(actor)) {
			throw new AccessDeniedException("programme team only");
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
			.paramSource(values(input, decidedOn, actor))
			.query(Long.class)
			.single();
	}

	private MapSqlParameterSource values(DecisionInput input, LocalDate decidedOn, PortalUser actor) {
		return new MapSqlParameterSource().addValue("on", decidedOn)
			.addValue("case", input.businessCase().strip())
			.addValue("year", input.financialYear().trim())
			.addValue("amount", input.amount())
			.addValue("decision", input.decision())
			.addValue("notes", strip(input.notes()))
			.addValue("meeting", input.meetingId())
			.addValue("pack", input.packId())
			.addValue("conditions", strip(input.conditions()))
			.addValue("by_whom", input.decidedBy().strip())
			.addValue("at", Timestamp.from(this.calendar.now()))
			.addValue("by", actor.getUsername());
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
