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
	 * An assessment a milestone is planned to raise, or was to raise.
	 *
	 * @param key the assessment
	 * @param level the level it is to be raised to
	 * @param forecast the milestone's forecast date, or its actual date once achieved
	 * @param achieved whether the milestone is recorded as achieved
	 * @param lapsed achieved before the grace period: not in the plan any more, and "not
	 * delivered" when the assessment is still below the level
	 */
	public record Open(CellKey key, ComplianceLevel level, LocalDate forecast, boolean achieved, boolean lapsed) {

		/**
		 * Whether the plan still counts it: planned, or achieved within the grace period.
		 */
		public boolean inPlan() {
			return !this.lapsed;
		}

	}

	/**
	 * Every delivery of every planned or achieved milestone; those achieved before the
	 * grace period are marked lapsed.
	 */
	public List<Open> open() {
		return this.jdbc.sql("""
				select d.requirement_code, d.area_code, d.target_level, coalesce(m.actual_date, m.forecast_date),
				       m.status = 'ACHIEVED', m.status = 'ACHIEVED' and m.actual_date < :graceStart
				from milestone_delivery d join milestone m on m.id = d.milestone_id
				where m.status in ('PLANNED', 'ACHIEVED') and m.removed_at is null
				""")
			.param("graceStart", this.followUp.graceStart())
			.query((rs, row) -> new Open(new CellKey(rs.getString(1), rs.getString(2)),
					ComplianceLevel.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
					rs.getBoolean(6)))
			.list();
	}

}
