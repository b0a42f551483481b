package uk.police.mopi.dashboard;

import java.time.LocalDate;

import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.Rag;

/**
 * How full compliance, and so the programme, stands: a status derived from the plan and
 * the forecast, never a fixed "on track", and the programme's delivery confidence.
 * <ul>
 * <li>Red: the plan (every open milestone raising its traced assessments on its forecast)
 * reaches less than 100% Good or better by the deadline.</li>
 * <li>Amber: the plan reaches 100%, but the actual trend of the last six months does not
 * (no forecast, or a forecast after the deadline).</li>
 * <li>Green: both reach 100% by the deadline.</li>
 * </ul>
 * Once there is no plan to draw (the deadline has passed), the status is Green when 100%
 * Good or better has been reached and Red otherwise.
 *
 * @param status red, amber or green, by the rule above
 * @param plannedGood the planned share at Good or better at the deadline, or null when
 * there is no plan
 * @param forecastGood when the actual trend reaches 100% Good or better, or null
 * @param deadline the full-compliance deadline
 * @param confidence the programme's delivery confidence
 */
public record ComplianceOutlook(Rag status, Double plannedGood, LocalDate forecastGood, LocalDate deadline,
		DeliveryConfidence.ConfidenceView confidence) {

	/** The status of full compliance by the rule above, from a trajectory as at today. */
	public static Rag status(Trajectory trajectory, LocalDate deadline) {
		Trajectory.Point planned = trajectory.plannedAtDeadline();
		if (planned == null) {
			Trajectory.Point now = trajectory.actual().get(trajectory.actual().size() - 1);
			return (now.atLeastGood() >= 100) ? Rag.GREEN : Rag.RED;
		}
		if (planned.atLeastGood() < 100) {
			return Rag.RED;
		}
		LocalDate forecast = trajectory.forecastGoodEverywhere();
		Trajectory.Point now = trajectory.actual().get(trajectory.actual().size() - 1);
		boolean trendThere = now.atLeastGood() >= 100 || (forecast != null && !forecast.isAfter(deadline));
		return trendThere ? Rag.GREEN : Rag.AMBER;
	}

	static ComplianceOutlook of(Trajectory trajectory, LocalDate deadline,
			DeliveryConfidence.ConfidenceView confidence) {
		Trajectory.Point planned = trajectory.plannedAtDeadline();
		return new ComplianceOutlook(status(trajectory, deadline), (planned != null) ? planned.atLeastGood() : null,
				trajectory.forecastGoodEverywhere(), deadline, confidence);
	}

}
