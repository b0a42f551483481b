package uk.police.mopi.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.ProgrammePolicy;

/**
 * Gaps no milestone closes, and traced assessments planned too late. Any role; an area
 * owner sees their own areas'.
 */
@Controller
class UnplannedGapsController {

	private final DeliveryQueries deliveries;

	private final ProgrammePolicy policy;

	private final RequirementTitles titles;

	UnplannedGapsController(DeliveryQueries deliveries, ProgrammePolicy policy, RequirementTitles titles) {
		this.deliveries = deliveries;
		this.policy = policy;
		this.titles = titles;
	}

	@GetMapping("/projects/unplanned-gaps")
	@PreAuthorize("isAuthenticated()")
	String gaps(@RequestParam(required = false) String area, Authentication authentication, Model model) {
		DeliveryQueries.GapsPage page = this.deliveries.gapsPage(this.policy.scope(authentication), area);
		model.addAttribute("total", page.total());
		model.addAttribute("byArea", page.byArea());
		model.addAttribute("area", page.area());
		model.addAttribute("gaps", page.gaps());
		model.addAttribute("late", page.late());
		model.addAttribute("titles", this.titles.byCode());
		return "programme/gaps";
	}

}
