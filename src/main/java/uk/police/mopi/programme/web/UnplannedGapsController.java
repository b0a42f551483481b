package uk.police.mopi.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	UnplannedGapsController(DeliveryQueries deliveries, ProgrammePolicy policy) {
		this.deliveries = deliveries;
		this.policy = policy;
	}

	@GetMapping("/projects/unplanned-gaps")
	@PreAuthorize("isAuthenticated()")
	String gaps(@RequestParam(required = false) String area, Authentication authentication, Model model) {
		DeliveryQueries.GapReport report = this.deliveries.report(this.policy.scope(authentication));
		var all = report.unplanned();
		model.addAttribute("total", all.size());
		model.addAttribute("byArea",
				all.stream()
					.collect(java.util.stream.Collectors.groupingBy((gap) -> gap.key().area(), java.util.TreeMap::new,
							java.util.stream.Collectors.counting())));
		String selected = (area != null && area.matches("^[A-Za-z]{2,6}$")) ? area.toUpperCase(java.util.Locale.ROOT)
				: null;
		model.addAttribute("area", selected);
		model.addAttribute("gaps", (selected != null)
				? all.stream().filter((gap) -> gap.key().area().equals(selected)).toList() : java.util.List.of());
		model.addAttribute("late", report.late());
		return "programme/gaps";
	}

}
