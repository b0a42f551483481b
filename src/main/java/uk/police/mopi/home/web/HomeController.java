package uk.police.mopi.home.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.programme.MilestoneStatus;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/** The home page: where the programme stands and where to go next. Any signed-in role. */
@Controller
class HomeController {

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final ProgrammeService programme;

	private final AssessmentQueries assessments;

	private final ProgrammeCalendar calendar;

	HomeController(CatalogueService catalogue, BusinessAreaService areas, ProgrammeService programme,
			AssessmentQueries assessments, ProgrammeCalendar calendar) {
		this.assessments = assessments;
		this.calendar = calendar;
		this.catalogue = catalogue;
		this.areas = areas;
		this.programme = programme;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		var allAreas = this.areas.areas();
		model.addAttribute("user", user);
		model.addAttribute("catalogueVersion", this.catalogue.activeVersion().orElse(null));
		model.addAttribute("areaCount", allAreas.size());
		model.addAttribute("priorityAreaCount", allAreas.stream().filter((area) -> area.priority()).count());
		model.addAttribute("ownedAreas", allAreas.stream().filter((area) -> user.owns(area.code())).toList());
		model.addAttribute("milestones", this.programme.milestones());
		LocalDate today = this.calendar.today();
		model.addAttribute("today", today);
		model.addAttribute("deadline", this.calendar.fullCompliance());
		model.addAttribute("daysToDeadline", ChronoUnit.DAYS.between(today, this.calendar.fullCompliance()));
		if (AssessmentPolicy.canEdit(user)) {
			model.addAttribute("pendingProposals", this.assessments.pendingProposals());
			var current = this.assessments.assessments(null, null, null);
			model.addAttribute("pastTarget", current.stream().filter((a) -> a.state().pastTarget(today)).count());
			var notReviewed = this.assessments.notReviewed(today, 6);
			model.addAttribute("notReviewed",
					current.stream().filter((a) -> a.applicable() && notReviewed.contains(a.key())).count());
			model.addAttribute("nextMilestones",
					this.programme.allMilestones(null)
						.stream()
						.filter((m) -> m.status() == MilestoneStatus.PLANNED && !m.forecastDate().isBefore(today)
								&& !m.forecastDate().isAfter(today.plusDays(30)))
						.toList());
		}
		return "home";
	}

}
