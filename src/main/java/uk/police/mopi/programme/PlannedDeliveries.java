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
 * milestone's forecast date; and every assessment traced to a milestone achieved within
 * the grace period of {@link DeliveryFollowUp}, whose raise still awaits its owner's
 * proposal (dated by the milestone's actual date). A milestone achieved before the grace
 * period delivers only what it has delivered: a trace still below plan then is "not
 * delivered" and is not in the plan. One query, whatever the size of the plan.
 */
@Service
@Transactional(readOnly = true)
public class PlannedDeliveries {

	private final JdbcClient jdbc;

	private final DeliveryFollowUp followUp;

	PlannedDeliveries(JdbcClient jdbc, DeliveryFollowUp followUp) {
		this.jdbc = jdbc;
		this.followUp = followUp;
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

	/**
	 * Every delivery of every planned milestone, and of every milestone achieved within
	 * the grace period (forecast: its actual date).
	 */
	public List<Open> open() {
		return this.jdbc.sql("""
				select d.requirement_code, d.area_code, d.target_level, coalesce(m.actual_date, m.forecast_date)
				from milestone_delivery d join milestone m on m.id = d.milestone_id
				where m.status = 'PLANNED' or (m.status = 'ACHIEVED' and m.actual_date >= :graceStart)
				""")
			.param("graceStart", this.followUp.graceStart())
			.query((rs, row) -> new Open(new CellKey(rs.getString(1), rs.getString(2)),
					ComplianceLevel.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))
			.list();
	}

}
