package uk.police.mopi.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme's milestones traced to an assessment: what raises it, to which level and
 * when. Declared here, where an assessment's page needs it, and implemented by the
 * programme module, which depends on this one (never the other way round).
 */
public interface ClosingMilestones {

	/**
	 * A milestone traced to an assessment.
	 *
	 * @param milestoneCode the milestone's code
	 * @param projectCode its project's code
	 * @param title the milestone's title
	 * @param forecastDate when it is forecast, or when it was achieved
	 * @param status its status, as the programme names it (PLANNED, ACHIEVED...)
	 * @param level the level it raises the assessment to
	 */
	record Closing(String milestoneCode, String projectCode, String title, LocalDate forecastDate, String status,
			ComplianceLevel level) {
	}

	/** The milestones traced to this assessment, earliest forecast first. */
	List<Closing> closing(CellKey key);

}
