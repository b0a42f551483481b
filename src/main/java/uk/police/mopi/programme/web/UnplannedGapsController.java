package uk.police.mopi.programme.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String gaps(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("gaps",
				this.deliveries.unplannedGaps((user.role() == Role.AREA_OWNER) ? user.ownedAreas() : null));
		model.addAttribute("late", this.deliveries.lateDeliveries());
		return "programme/gaps";
	}

}
