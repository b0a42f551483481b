package uk.police.mopi.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.mopi.shared.persistence.Rows;

/**
 * Reads the decisions register and the meetings and packs it refers to with plain SQL:
 * the board module's meeting and pack entities belong to the packs, so decisions read
 * their tables and nothing more. A pack's frozen figures are parsed from its JSON once
 * per pack, whatever the number of decisions made on it.
 */
@Component
class DecisionRecords {

	private static final String DECISIONS = """
			select d.id, d.decided_on, d.meeting_id, m.title as meeting_title, d.pack_id, d.business_case,
			       d.financial_year, d.amount, d.decision, d.conditions, d.decided_by, d.notes, d.version,
			       coalesce((select string_agg(p.code, ',' order by p.code) from board_decision_project bp
			                 join project p on p.id = bp.project_id where bp.decision_id = d.id), '') as projects
			from board_decision d left join board_meeting m on m.id = d.meeting_id
			where (cast(:id as bigint) is null or d.id = :id)
			  and (cast(:year as text) is null or d.financial_year = :year)
			  and (cast(:meeting as bigint) is null or d.meeting_id = :meeting)
			order by d.decided_on desc, d.id desc
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DecisionRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A Board meeting as the register names it. */
	record Meeting(long id, LocalDate meetingDate, String title) {
	}

	/** A pack as the register refers to it. */
	record Pack(long id, long meetingId, String title, LocalDate asAt, String status) {

		boolean published() {
			return "PUBLISHED".equals(this.status);
		}

	}

	/** The decisions, of one year and/or one meeting, latest first, in one query. */
	List<DecisionView> decisions(String year, Long meetingId) {
		return this.jdbc.sql(DECISIONS)
			.param("id", null)
			.param("year", year)
			.param("meeting", meetingId)
			.query(DecisionRecords::decision)
			.list();
	}

	Optional<DecisionView> decision(long id) {
		return this.jdbc.sql(DECISIONS)
			.param("id", id)
			.param("year", null)
			.param("meeting", null)
			.query(DecisionRecords::decision)
			.optional();
	}

	private static DecisionView decision(ResultSet rs, int row) throws SQLException {
		String projects = rs.getString("projects");
		return new DecisionView(rs.getLong("id"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("meeting_id", Long.class), rs.getString("meeting_title"),
				rs.getObject("pack_id", Long.class), rs.getString("business_case"), rs.getString("financial_year"),
				rs.getBigDecimal("amount"), rs.getString("decision"),
				projects.isEmpty() ? List.of() : Arrays.asList(projects.split(",")), rs.getString("conditions"),
				rs.getString("decided_by"), rs.getString("notes"), rs.getLong("version"), List.of());
	}

	/** Every meeting, latest first. */
	List<Meeting> meetings() {
		return this.jdbc.sql("select id, meeting_date, title from board_meeting order by meeting_date desc, id desc")
			.query(Rows.of(Meeting.class))
			.list();
	}

	Optional<Meeting> meeting(long id) {
		return this.jdbc.sql("select id, meeting_date, title from board_meeting where id = :id")
			.param("id", id)
			.query(Rows.of(Meeting.class))
			.optional();
	}

	/** Every published pack, latest meeting first. */
	List<Pack> publishedPacks() {
		return this.jdbc.sql("""
				select p.id, p.meeting_id, p.title, p.as_at, p.status from board_pack p
				join board_meeting m on m.id = p.meeting_id
				where p.status = 'PUBLISHED' order by m.meeting_date desc, p.id desc
				""").query(Rows.of(Pack.class)).list();
	}

	Optional<Pack> pack(long id) {
		return this.jdbc.sql("select id, meeting_id, title, as_at, status from board_pack where id = :id")
			.param("id", id)
			.query(Rows.of(Pack.class))
			.optional();
	}

	/** The frozen figures of these published packs, by pack id, in one query. */
	Map<Long, PackFigures> figures(Collection<Long> packIds) {
		Map<Long, PackFigures> figures = new HashMap<>();
		if (packIds.isEmpty()) {
			return figures;
		}
		this.jdbc.sql("""
				select id, cast(figures as text) as figures from board_pack
				where status = 'PUBLISHED' and id in (:ids)
				""")
			.param("ids", List.copyOf(packIds))
			.query((rs, row) -> figures.put(rs.getLong("id"),
					this.json.readValue(rs.getString("figures"), PackFigures.class)))
			.list();
		return figures;
	}

	/** The ids of the projects with these codes, by code. */
	Map<String, Long> projectIds(Collection<String> codes) {
		Map<String, Long> ids = new HashMap<>();
		if (!codes.isEmpty()) {
			this.jdbc.sql("select code, id from project where code in (:codes)")
				.param("codes", List.copyOf(codes))
				.query((rs, row) -> ids.put(rs.getString("code"), rs.getLong("id")))
				.list();
		}
		return ids;
	}

}
