package uk.police.mopi.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * What the open plan delivers: every assessment traced to a milestone that is still
 * planned (neither achieved nor missed), with the level it is to be raised to and the
 * milestone's forecast date. One query, whatever the size of the plan.
 */
@Service
@Transactional(readOnly = true)
public class PlannedDeliveries {

	private final JdbcClient jdbc;

	PlannedDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An assessment an open milestone is planned to raise.
	 *
	 * @param key the assessment
	 * @param level the level it is to be raised to
	 * @param forecast the milestone's forecast date
	 */
	public record Open(CellKey key, ComplianceLevel level, LocalDate forecast) {
	}

	/** Every delivery of every planned milestone. */
	public List<Open> open() {
		return this.jdbc.sql("""
				select d.requirement_code, d.area_code, d.target_level, m.forecast_date
				from milestone_delivery d join milestone m on m.id = d.milestone_id
				where m.status = 'PLANNED' and m.removed_at is null
				""")
			.query((rs, row) -> new Open(new CellKey(rs.getString(1), rs.getString(2)),
					ComplianceLevel.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))
			.list();
	}

}
