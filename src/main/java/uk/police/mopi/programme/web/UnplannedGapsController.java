package uk.police.mopi.programme.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;

/**
 * Gaps no milestone closes. Any role; an area owner sees their own areas' gaps.
 */
@Controller
class UnplannedGapsController {

	private final DeliveryQueries deliveries;

	UnplannedGapsController(DeliveryQueries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/projects/unplanned-gaps")
	String gaps(@RequestParam(required = false) String area, @AuthenticationPrincipal PortalUser user, Model model) {
		var all = this.deliveries.unplannedGaps((user.role() == Role.AREA_OWNER) ? user.ownedAreas() : null);
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
		model.addAttribute("late", this.deliveries.lateDeliveries());
		return "programme/gaps";
	}

}
