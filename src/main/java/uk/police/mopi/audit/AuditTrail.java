package uk.police.mopi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * The administrators' view of the trail: a page of rows newest first, an export of the
 * filtered rows (itself recorded), and a verification of the whole chain with the formula
 * the database defines ({@code audit_event_verify()}, the same one
 * {@code bench/audit-verify.sh} runs).
 */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	/** The columns of an export, as the table names them. */
	public static final List<String> COLUMNS = List.of("id", "at", "actor", "address", "action", "subject_type",
			"subject_id", "outcome", "details", "prev_hash", "hash");

	private static final String WHERE = """
			where (cast(:who as text) is null or lower(actor) = lower(cast(:who as text)))
			  and (cast(:action as text) is null or starts_with(action, cast(:action as text)))
			  and (cast(:subject as text) is null or lower(subject_type) = lower(cast(:subject as text))
			       or subject_id = cast(:subject as text))
			  and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz))
			""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final AuditRecorder recorder;

	AuditTrail(JdbcClient jdbc, ProgrammeCalendar calendar, AuditRecorder recorder) {
		this.jdbc = jdbc;
		this.zone = calendar.zone();
		this.recorder = recorder;
	}

	/**
	 * A page of the rows the filter gives, newest first.
	 * @throws uk.police.mopi.shared.InvalidInputException for a date outside 2000 to 2100
	 */
	@Transactional(readOnly = true)
	public AuditPage page(AuditFilter filter, int page) {
		filter.check();
		long total = params(this.jdbc.sql("select count(*) from audit_event " + WHERE), filter).query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<AuditRow> rows = params(
				this.jdbc.sql("select * from audit_event " + WHERE + " order by id desc limit :limit offset :offset"),
				filter)
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query(AuditTrail::row)
			.list();
		return new AuditPage(rows, current, pages, total);
	}

	/**
	 * Hands the rows the filter gives, oldest first, with their hashes, to {@code rows}
	 * one at a time (read as a stream, never all held at once), each as the texts of
	 * {@link #COLUMNS}; records the export in the trail.
	 */
	@Transactional(readOnly = true)
	public void export(AuditFilter filter, Consumer<String[]> rows) {
		filter.check();
		int[] count = { 0 };
		params(this.jdbc.sql("select * from audit_event " + WHERE + " order by id"), filter).query((rs) -> {
			String[] row = new String[COLUMNS.size()];
			for (int i = 0; i < row.length; i++) {
				row[i] = rs.getString(COLUMNS.get(i));
			}
			rows.accept(row);
			count[0]++;
		});
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("who", filter.who());
		details.put("action", filter.action());
		details.put("subject", filter.subject());
		details.put("from", filter.from());
		details.put("to", filter.to());
		details.put("rows", count[0]);
		this.recorder.record(new AuditEntry(AuditRecorder.currentActor(), AuditRecorder.currentAddress(),
				"audit.export", "audit", null, AuditEntry.SUCCESS, Details.of(Map.of(), details)));
	}

	/** Walks the whole chain and records that it was checked, with the result. */
	public ChainCheck verify() {
		ChainCheck check = this.jdbc.sql("select * from audit_event_verify()")
			.query((rs, n) -> new ChainCheck(rs.getLong("rows_checked"), rs.getObject("broken_id", Long.class),
					rs.getString("problem"), rs.getObject("head_id", Long.class), rs.getString("head_hash")))
			.single();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rowsChecked", check.rowsChecked());
		details.put("brokenId", check.brokenId());
		details.put("problem", check.problem());
		details.put("headId", check.headId());
		this.recorder.record(
				new AuditEntry(AuditRecorder.currentActor(), AuditRecorder.currentAddress(), "audit.verify", "audit",
						null, check.intact() ? AuditEntry.SUCCESS : AuditEntry.FAILURE, Details.of(Map.of(), details)));
		return check;
	}

	private JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, AuditFilter filter) {
		return statement.param("who", filter.who())
			.param("action", filter.action())
			.param("subject", filter.subject())
			.param("from", startOf(filter.from()))
			.param("to", (filter.to() != null) ? startOf(filter.to().plusDays(1)) : null);
	}

	private Timestamp startOf(LocalDate date) {
		return (date != null) ? Timestamp.from(date.atStartOfDay(this.zone).toInstant()) : null;
	}

	private static AuditRow row(ResultSet rs, int n) throws SQLException {
		return new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("address"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("outcome"), rs.getString("details"));
	}

}
