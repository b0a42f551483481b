package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.MilestoneProgress;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;

/**
 * Every milestone, now or as at a date. Any role; an area owner sees the Home Office
 * milestones and those of the projects touching their areas.
 */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	private final ProgrammePolicy policy;

	MilestoneController(ProgrammeService programme, ProgrammePolicy policy) {
		this.programme = programme;
		this.policy = policy;
	}

	/**
	 * Every milestone the user may see, now or as at a date; optionally only those with
	 * one progress (the Board dashboard's overdue count) or those planned and forecast
	 * within some days of the date (its "due soon" count).
	 */
	@GetMapping("/milestones")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@RequestParam(required = false) MilestoneProgress progress,
			@RequestParam(required = false) Integer dueWithin, Authentication authentication, Model model) {
		ProgrammeService.MilestoneList page = this.programme.milestoneList(asAt, progress, dueWithin,
				this.policy.scope(authentication));
		model.addAttribute("asAt", page.asAt());
		model.addAttribute("milestones", page.milestones());
		model.addAttribute("progress", page.progress());
		model.addAttribute("dueWithin", page.dueWithin());
		model.addAttribute("today", page.today());
		return "programme/milestones";
	}

}
