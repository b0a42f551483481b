package uk.police.mopi.programme;

import java.time.LocalDate;

/**
 * An assessment a milestone will raise, and whether it will be late.
 *
 * @param milestoneCode the milestone
 * @param projectCode its project
 * @param forecastDate the milestone's forecast
 * @param requirementCode the requirement
 * @param area the business area code, or FORCE
 * @param level the level the milestone raises it to
 * @param targetDate the assessment's target date, or null
 * @param lateForTarget forecast after the assessment's target date
 * @param lateForDeadline forecast after the full-compliance deadline
 * @param milestoneStatus the milestone's status: planned, achieved or missed
 */
public record DeliveryView(String milestoneCode, String projectCode, LocalDate forecastDate, String requirementCode,
		String area, String level, LocalDate targetDate, boolean lateForTarget, boolean lateForDeadline,
		MilestoneStatus milestoneStatus) {

	public boolean late() {
		return this.lateForTarget || this.lateForDeadline;
	}

}
