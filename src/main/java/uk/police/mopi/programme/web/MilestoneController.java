package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.user.PortalUser;

/**
 * Every milestone, now or as at a date. Any role; an area owner sees the Home Office
 * milestones and those of the projects touching their areas.
 */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	MilestoneController(ProgrammeService programme) {
		this.programme = programme;
	}

	@GetMapping("/milestones")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate today = this.programme.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		model.addAttribute("asAt", date);
		model.addAttribute("milestones", this.programme.milestonesFor(date, Visibility.areasOf(user)));
		model.addAttribute("today", today);
		return "programme/milestones";
	}

}
