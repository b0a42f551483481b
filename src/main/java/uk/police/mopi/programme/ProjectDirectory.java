package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.mopi.shared.persistence.Rows;

/**
 * The projects by id, for modules that refer to a project by its id (budget lines, Board
 * decisions) and show its code and name. One query.
 */
@Service
@Transactional(readOnly = true)
public class ProjectDirectory {

	private final JdbcClient jdbc;

	ProjectDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A project as others refer to it.
	 *
	 * @param id database id
	 * @param code stable code
	 * @param name name
	 * @param startDate start
	 * @param endDate end
	 */
	public record ProjectReference(long id, String code, String name, LocalDate startDate, LocalDate endDate) {
	}

	/** Every project by id, in order of code. */
	public Map<Long, ProjectReference> byId() {
		Map<Long, ProjectReference> projects = new LinkedHashMap<>();
		this.jdbc.sql("select id, code, name, start_date, end_date from project order by code")
			.query(Rows.of(ProjectReference.class))
			.list()
			.forEach((p) -> projects.put(p.id(), p));
		return projects;
	}

}
