package uk.police.mopi.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Records raises that happened in the past, as the portal would have recorded them then:
 * the owner's proposal, the programme team's acceptance and the new level, each a history
 * row carrying the state after it, and the assessment as it stands after the last one.
 * For loaders of past events (the demo's delivered milestones); the live journey goes
 * through {@link AssessmentService#propose} and {@link AssessmentService#decide}. So that
 * the history stays in order, a raise whose day is not after the assessment's last
 * history row is recorded on the day after that row instead, and a raise is skipped when
 * that day is after today, or when its assessment is not applicable or already at the
 * level. The compliance snapshots need no further step: the history table's trigger
 * empties every cached moment the new rows fall before, and they are counted again when
 * next asked for.
 */
@Component
public class RecordedRaises {

	private final JdbcClient jdbc;

	private final HistoryWriter history;

	private final ProgrammeCalendar calendar;

	RecordedRaises(JdbcClient jdbc, HistoryWriter history, ProgrammeCalendar calendar) {
		this.jdbc = jdbc;
		this.history = history;
		this.calendar = calendar;
	}

	/**
	 * A raise to record.
	 *
	 * @param key the assessment
	 * @param level the level it was raised to
	 * @param day the day it was proposed (10:00) and accepted (15:00), or the earliest
	 * such day
	 * @param proposedBy the area owner who proposed it, or null when the programme team
	 * set the level itself
	 * @param acceptedBy who in the programme team accepted or set it
	 * @param reason the evidence behind it
	 */
	public record Raise(CellKey key, ComplianceLevel level, LocalDate day, String proposedBy, String acceptedBy,
			String reason) {
	}

	private record Current(long id, AssessmentState state, long version, Instant last) {
	}

	/** Records the raises that keep the history in order; returns how many. */
	@Transactional
	public int record(List<Raise> raises) {
		Map<CellKey, Current> current = current();
		Instant now = this.calendar.now();
		List<HistoryWriter.Entry> entries = new ArrayList<>();
		int recorded = 0;
		for (Raise raise : raises) {
			Current cell = current.get(raise.key());
			if (cell == null || !cell.state().applicable() || !cell.state().level().isBelow(raise.level())) {
				continue;
			}
			LocalDate day = raise.day();
			if (!at(day, 10).isAfter(cell.last())) {
				day = cell.last().atZone(this.calendar.zone()).toLocalDate().plusDays(1);
			}
			Instant proposed = at(day, 10);
			Instant accepted = at(day, 15);
			if (accepted.isAfter(now) || day.isAfter(this.calendar.today())) {
				continue;
			}
			AssessmentState before = cell.state();
			AssessmentState after = new AssessmentState(raise.level(), true, before.targetLevel(), before.targetDate());
			String levelReason = raise.reason();
			if (raise.proposedBy() != null) {
				insertProposal(cell.id(), raise, proposed, accepted);
				entries.add(new HistoryWriter.Entry(cell.id(), HistoryKind.PROPOSED, proposed, raise.proposedBy(),
						before.level().name(), raise.level().name(), raise.reason(), before, cell.version()));
				entries
					.add(new HistoryWriter.Entry(cell.id(), HistoryKind.PROPOSAL_ACCEPTED, accepted, raise.acceptedBy(),
							raise.proposedBy(), raise.level().name(), raise.reason(), before, cell.version()));
				levelReason = "Accepted the proposal of " + raise.proposedBy() + ": " + raise.reason();
			}
			entries.add(new HistoryWriter.Entry(cell.id(), HistoryKind.LEVEL, accepted, raise.acceptedBy(),
					before.level().name(), raise.level().name(), levelReason, after, cell.version() + 1));
			this.jdbc.sql("""
					update assessment set level = :level, rationale = :reason, assessed_by = :by, assessed_at = :at,
					       version = version + 1, updated_at = :at, updated_by = :by
					where id = :id
					""")
				.param("level", raise.level().name())
				.param("reason", levelReason)
				.param("by", raise.acceptedBy())
				.param("at", Timestamp.from(accepted))
				.param("id", cell.id())
				.update();
			current.put(raise.key(), new Current(cell.id(), after, cell.version() + 1, accepted));
			recorded++;
		}
		this.history.append(entries);
		return recorded;
	}

	private void insertProposal(long assessmentId, Raise raise, Instant proposed, Instant accepted) {
		this.jdbc.sql("""
				insert into assessment_proposal (assessment_id, proposed_level, rationale, proposed_by, proposed_at,
				                                 status, decided_by, decided_at, decision_reason, version,
				                                 created_at, created_by, updated_at, updated_by)
				values (:id, :level, :reason, :proposer, :proposed, 'ACCEPTED', :acceptor, :accepted, :reason, 1,
				        :proposed, :proposer, :accepted, :acceptor)
				""")
			.param("id", assessmentId)
			.param("level", raise.level().name())
			.param("reason", raise.reason())
			.param("proposer", raise.proposedBy())
			.param("proposed", Timestamp.from(proposed))
			.param("acceptor", raise.acceptedBy())
			.param("accepted", Timestamp.from(accepted))
			.update();
	}

	private Map<CellKey, Current> current() {
		Map<CellKey, Current> current = new HashMap<>();
		this.jdbc.sql("""
				select a.id, a.requirement_code, a.area_code, a.level, a.applicable, a.target_level, a.target_date,
				       a.version, (select max(h.changed_at) from assessment_history h where h.assessment_id = a.id)
				from assessment a
				""").query((rs) -> {
			String target = rs.getString(6);
			Timestamp last = rs.getTimestamp(9);
			current.put(new CellKey(rs.getString(2), rs.getString(3)),
					new Current(rs.getLong(1),
							new AssessmentState(ComplianceLevel.valueOf(rs.getString(4)), rs.getBoolean(5),
									(target != null) ? ComplianceLevel.valueOf(target) : null,
									rs.getObject(7, LocalDate.class)),
							rs.getLong(8), (last != null) ? last.toInstant() : Instant.EPOCH));
		});
		return current;
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(this.calendar.zone()).toInstant();
	}

}
