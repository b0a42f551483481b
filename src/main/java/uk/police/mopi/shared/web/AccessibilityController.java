package uk.police.mopi.shared.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, in the model wording UK public bodies publish. Anyone may
 * read it, signed in or not: it is linked from every page's footer.
 */
@Controller
class AccessibilityController {

	@GetMapping("/accessibility")
	@PreAuthorize("permitAll()")
	String statement() {
		return "accessibility";
	}

}
