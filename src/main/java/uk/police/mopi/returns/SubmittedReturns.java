package uk.police.mopi.returns;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The submitted returns, each frozen as one JSON document. Append-only: a row is inserted
 * once and never changed (the table's trigger refuses an UPDATE), so it is written with
 * JDBC and its submission published as an audit event by the service.
 */
@Component
class SubmittedReturns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SubmittedReturns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HomeOfficeReturn> find(LocalDate asAt) {
		return this.jdbc.sql("""
				select figures::text, submitted_at, submitted_by, version from home_office_return where as_at = :asAt
				""")
			.param("asAt", asAt)
			.query((rs, row) -> JSON.readValue(rs.getString(1), HomeOfficeReturn.class)
				.submitted(new HomeOfficeReturn.Submission(rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getLong(4))))
			.optional();
	}

	boolean exists(LocalDate asAt) {
		return this.jdbc.sql("select count(*) from home_office_return where as_at = :asAt")
			.param("asAt", asAt)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores the return frozen, without its submission (kept in columns beside it). */
	long insert(HomeOfficeReturn figures, HomeOfficeReturn.Submission submission) {
		return this.jdbc.sql("""
				insert into home_office_return (as_at, layout_version, force_code, declaration_code,
				    declaration_supported, figures, submitted_at, submitted_by, version)
				values (:asAt, :layout, :force, :declaration, :supported, cast(:figures as jsonb), :at, :by, 0)
				returning id
				""")
			.param("asAt", figures.asAt())
			.param("layout", figures.layoutVersion())
			.param("force", figures.forceCode())
			.param("declaration", figures.declaration().code())
			.param("supported", figures.declaration().supported())
			.param("figures", JSON.writeValueAsString(figures.withoutSubmission()))
			.param("at", Timestamp.from(submission.submittedAt()))
			.param("by", submission.submittedBy())
			.query(Long.class)
			.single();
	}

	List<SubmittedReturnView> all() {
		return this.jdbc.sql("""
				select as_at, layout_version, force_code, declaration_code, declaration_supported, submitted_at,
				       submitted_by
				from home_office_return order by as_at desc
				""")
			.query((rs, row) -> new SubmittedReturnView(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant(),
					rs.getString(7)))
			.list();
	}

}
