package uk.police.mopi.dashboard;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.programme.DeliveryConfidence;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * The status of full compliance and the programme's delivery confidence as they stand
 * today, over the whole force: for the home page and for anyone whose dashboard is
 * limited to their own areas.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeOutlook {

	private final DashboardService dashboard;

	private final DeliveryConfidence confidence;

	private final ProgrammeCalendar calendar;

	ProgrammeOutlook(DashboardService dashboard, DeliveryConfidence confidence, ProgrammeCalendar calendar) {
		this.dashboard = dashboard;
		this.confidence = confidence;
		this.calendar = calendar;
	}

	/** Today's outlook for the whole programme. */
	@Transactional
	public ComplianceOutlook outlook() {
		LocalDate deadline = this.calendar.fullCompliance();
		Trajectory trajectory = this.dashboard.trajectory((LocalDate) null);
		Rag status = ComplianceOutlook.status(trajectory, deadline);
		return ComplianceOutlook.of(trajectory, deadline, this.confidence.programme(status));
	}

}
