package uk.police.mopi.businessarea.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.police.mopi.businessarea.BusinessAreaService;

/** The business areas and their owners. Any signed-in role may read it. */
@Controller
class BusinessAreaController {

	private final BusinessAreaService areas;

	BusinessAreaController(BusinessAreaService areas) {
		this.areas = areas;
	}

	@GetMapping("/business-areas")
	@PreAuthorize("isAuthenticated()")
	String list(Authentication authentication, Model model) {
		model.addAttribute("areas", this.areas.areasWithOwners(authentication));
		return "businessarea/list";
	}

}
