package uk.police.mopi.user.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

import uk.police.mopi.user.PendingAccess;

/**
 * "Access pending": where single sign-on sends someone whose groups give no access. It
 * shows who they are at the provider, the groups it sent and who to ask. Anyone else goes
 * home (which asks someone not signed in to sign in).
 */
@Controller
class AccessPendingController {

	private final String contact;

	AccessPendingController(@Value("${mopi.sso.access-contact:}") String contact) {
		this.contact = contact;
	}

	@GetMapping("/access-pending")
	@PreAuthorize("permitAll()")
	String pending(@SessionAttribute(name = PendingAccess.SESSION_ATTRIBUTE, required = false) PendingAccess pending,
			Model model) {
		if (pending == null) {
			return "redirect:/";
		}
		model.addAttribute("pending", pending);
		model.addAttribute("contact", this.contact);
		return "user/access-pending";
	}

}
