package uk.police.mopi.programme;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of projects and milestones, written in the transaction of the
 * change it records, so the plan can be shown as at any date.
 */
@Component
class ProgrammeHistory {

	private final JdbcClient jdbc;

	ProgrammeHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A change to a milestone, with its dates and status after the change. */
	void milestone(Milestone m, String field, String from, String to, String reason, Instant at, String by) {
		this.jdbc
			.sql("""
					insert into milestone_history (milestone_id, field, from_value, to_value, reason, changed_at, changed_by,
					                               baseline_date, forecast_date, actual_date, status)
					values (:id, :field, :from, :to, :reason, :at, :by, :baseline, :forecast, :actual, :status)
					""")
			.param("id", m.getId())
			.param("field", field)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("baseline", m.getBaselineDate())
			.param("forecast", m.getForecastDate())
			.param("actual", m.getActualDate())
			.param("status", m.getStatus().name())
			.update();
	}

	void project(long projectId, String field, String from, String to, String reason, Instant at, String by) {
		this.jdbc.sql("""
				insert into project_history (project_id, field, from_value, to_value, reason, changed_at, changed_by)
				values (:id, :field, :from, :to, :reason, :at, :by)
				""")
			.param("id", projectId)
			.param("field", field)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	/** The reason given with a milestone's latest change, or null. */
	String lastReason(long milestoneId) {
		return this.jdbc.sql("""
				select reason from milestone_history where milestone_id = :id order by changed_at desc, id desc limit 1
				""").param("id", milestoneId).query(String.class).optional().orElse(null);
	}

}
