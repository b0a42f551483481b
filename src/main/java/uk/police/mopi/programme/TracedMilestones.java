package uk.police.mopi.programme;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ClosingMilestones;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * The milestones traced to an assessment, for its page: one query on the deliveries.
 */
@Component
@Transactional(readOnly = true)
class TracedMilestones implements ClosingMilestones {

	private final JdbcClient jdbc;

	TracedMilestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Closing> closing(CellKey key) {
		return this.jdbc
			.sql("""
					select m.code, p.code as project_code, m.title, coalesce(m.actual_date, m.forecast_date) as forecast_date,
					       m.status, d.target_level
					from milestone_delivery d
					join milestone m on m.id = d.milestone_id
					join project p on p.id = m.project_id
					where d.requirement_code = :requirement and m.removed_at is null
					  and ((cast(:area as text) is null and d.area_code is null) or d.area_code = :area)
					order by m.forecast_date, m.code
					""")
			.param("requirement", key.requirementCode())
			.param("area", key.areaCode())
			.query((rs, n) -> new Closing(rs.getString("code"), rs.getString("project_code"), rs.getString("title"),
					rs.getDate("forecast_date").toLocalDate(), rs.getString("status"),
					ComplianceLevel.valueOf(rs.getString("target_level"))))
			.list();
	}

}
