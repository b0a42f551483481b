package uk.police.mopi.user.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.SignInGroupService;
import uk.police.mopi.user.SignInGroupView;

/**
 * Which of the identity provider's groups give which role: list, add, remove.
 * Administrators only. {@link SignInGroupService} refuses an area owner's group without a
 * known area and a mapping that exists.
 */
@Controller
@RequestMapping("/admin/sign-in-groups")
@PreAuthorize("hasRole('ADMIN')")
class SignInGroupController {

	private static final String PAGE = "user/sign-in-groups";

	private final SignInGroupService groups;

	private final BusinessAreaService areas;

	SignInGroupController(SignInGroupService groups, BusinessAreaService areas) {
		this.groups = groups;
		this.areas = areas;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("areas")
	List<BusinessAreaView> areas() {
		return this.areas.areas();
	}

	@ModelAttribute("groups")
	List<SignInGroupView> groups() {
		return this.groups.groups();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new SignInGroupForm());
		return PAGE;
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") SignInGroupForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		if (!Forms.submit(binding, () -> this.groups.add(form.toNewGroup(), admin.getUsername()))) {
			return PAGE;
		}
		return done(redirect, "signInGroup.added", form.getGroupName());
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "signInGroup.removed", this.groups.remove(id).groupName());
	}

	private static String done(RedirectAttributes redirect, String message, String groupName) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArgs", new Object[] { groupName });
		return "redirect:/admin/sign-in-groups";
	}

}
