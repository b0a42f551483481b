package uk.police.mopi.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.dashboard.ProgrammeOutlook;
import uk.police.mopi.programme.DeliveryFollowUp;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/** Composes the home page: where the programme stands and what needs attention. */
@Service
public class HomePages {

	/** "Not reviewed" on the home page: no history row of any kind for this long. */
	static final int NOT_REVIEWED_MONTHS = 6;

	/** "Coming" milestones: forecast within this many days. */
	static final int COMING_DAYS = 30;

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final ProgrammeService programme;

	private final AssessmentQueries assessments;

	private final AssessmentPolicy assessmentPolicy;

	private final ProgrammeCalendar calendar;

	private final ProgrammeOutlook outlook;

	private final DeliveryFollowUp followUp;

	HomePages(CatalogueService catalogue, BusinessAreaService areas, ProgrammeService programme,
			AssessmentQueries assessments, AssessmentPolicy assessmentPolicy, ProgrammeCalendar calendar,
			ProgrammeOutlook outlook, DeliveryFollowUp followUp) {
		this.outlook = outlook;
		this.followUp = followUp;
		this.catalogue = catalogue;
		this.areas = areas;
		this.programme = programme;
		this.assessments = assessments;
		this.assessmentPolicy = assessmentPolicy;
		this.calendar = calendar;
	}

	/** The home page of this person. */
	public HomePage page(PortalUser user) {
		List<BusinessAreaView> allAreas = this.areas.areas();
		LocalDate today = this.calendar.today();
		LocalDate deadline = this.calendar.fullCompliance();
		List<BusinessAreaView> owned = allAreas.stream().filter((area) -> user.owns(area.code())).toList();
		List<DeliveryFollowUp.Undelivered> delivered = owned.isEmpty() ? List.of()
				: this.followUp.undelivered(owned.stream().map(BusinessAreaView::code).collect(Collectors.toSet()));
		return new HomePage(user, this.catalogue.activeVersion().orElse(null), allAreas.size(),
				allAreas.stream().filter(BusinessAreaView::priority).count(), owned, this.programme.milestones(), today,
				deadline, ChronoUnit.DAYS.between(today, deadline),
				this.assessmentPolicy.canEdit(user) ? attention(today) : null, this.outlook.outlook(), delivered);
	}

	private HomePage.Attention attention(LocalDate today) {
		List<DeliveryFollowUp.Undelivered> undelivered = this.followUp.undelivered(null);
		long notDelivered = undelivered.stream().filter(DeliveryFollowUp.Undelivered::notDelivered).count();
		List<AssessmentView> current = this.assessments.assessments(null, null, null);
		var notReviewed = this.assessments.notReviewed(today, NOT_REVIEWED_MONTHS);
		List<MilestoneView> next = this.programme.allMilestones(null)
			.stream()
			.filter((m) -> m.status() == MilestoneStatus.PLANNED && !m.forecastDate().isBefore(today)
					&& !m.forecastDate().isAfter(today.plusDays(COMING_DAYS)))
			.toList();
		return new HomePage.Attention(current.stream().filter((a) -> a.state().pastTarget(today)).count(),
				current.stream().filter((a) -> a.applicable() && notReviewed.contains(a.key())).count(), next,
				this.assessments.pendingProposals(), undelivered.size() - notDelivered, notDelivered);
	}

}
