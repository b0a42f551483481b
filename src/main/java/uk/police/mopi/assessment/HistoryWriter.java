package uk.police.mopi.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends history rows, in the caller's transaction. The table refuses updates and
 * deletes.
 */
@Component
class HistoryWriter {

	private static final String INSERT = """
			insert into assessment_history (assessment_id, kind, changed_at, changed_by, from_value, to_value, reason,
			                                level, applicable, target_level, target_date, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	HistoryWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A history row to write.
	 *
	 * @param assessmentId which assessment
	 * @param kind what changed
	 * @param at when
	 * @param by who
	 * @param from value before
	 * @param to value after
	 * @param reason why
	 * @param state the assessment's state after the change
	 * @param version its version after the change
	 */
	record Entry(long assessmentId, HistoryKind kind, Instant at, String by, String from, String to, String reason,
			AssessmentState state, long version) {
	}

	void append(List<Entry> entries) {
		this.jdbc.batchUpdate(INSERT, entries, 500, (statement, entry) -> {
			statement.setLong(1, entry.assessmentId());
			statement.setString(2, entry.kind().name());
			statement.setTimestamp(3, Timestamp.from(entry.at()));
			statement.setString(4, entry.by());
			statement.setString(5, abbreviate(entry.from()));
			statement.setString(6, abbreviate(entry.to()));
			statement.setString(7, entry.reason());
			statement.setString(8, entry.state().level().name());
			statement.setBoolean(9, entry.state().applicable());
			if (entry.state().targetLevel() != null) {
				statement.setString(10, entry.state().targetLevel().name());
				statement.setDate(11, Date.valueOf(entry.state().targetDate()));
			}
			else {
				statement.setNull(10, Types.VARCHAR);
				statement.setNull(11, Types.DATE);
			}
			statement.setLong(12, entry.version());
		});
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() <= 500) ? text : text.substring(0, 497) + "...";
	}

}
