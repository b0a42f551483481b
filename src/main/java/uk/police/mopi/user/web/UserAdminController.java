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
import uk.police.mopi.user.UserNotFoundException;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;

/**
 * User administration: people, their roles and the areas they own. Administrators only.
 * The forms check their shape; {@link UserService} refuses a taken username, an
 * administrator's removing their own role, and a stale version (the 409 page).
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private static final String LIST = "redirect:/admin/users";

	private final UserService users;

	private final BusinessAreaService areas;

	UserAdminController(UserService users, BusinessAreaService areas) {
		this.users = users;
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

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.users());
		return "user/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new UserForm());
		return "user/new";
	}

	@PostMapping("/new")
	String create(@Validated(UserForm.New.class) @ModelAttribute("form") UserForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		if (!Forms.submit(binding, () -> this.users.create(form.toNewUser(), admin.getUsername()))) {
			return "user/new";
		}
		return done(redirect, "user.created", form.getUsername());
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		return editPage(user(id), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated(UserForm.Change.class) @ModelAttribute("form") UserForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser admin, Model model,
			RedirectAttributes redirect) {
		UserView user = user(id);
		if (!Forms.submit(binding,
				() -> this.users.update(id, form.getVersion(), form.toChange(), admin.getUsername()))) {
			return editPage(user, model);
		}
		return done(redirect, "user.updated", user.username());
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Validated @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser admin, Model model,
			RedirectAttributes redirect) {
		UserView user = user(id);
		if (!Forms.submit(binding,
				() -> this.users.resetPassword(id, form.getVersion(), form.getPassword(), admin.getUsername()))) {
			return editPage(user, model);
		}
		return done(redirect, "user.password.reset", user.username());
	}

	private UserView user(long id) {
		return this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	/** The edit page: the person, and whichever of its two forms was not just posted. */
	private static String editPage(UserView user, Model model) {
		model.addAttribute("user", user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UserForm.of(user));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.of(user));
		}
		return "user/edit";
	}

	private static String done(RedirectAttributes redirect, String message, String username) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArgs", new Object[] { username });
		return LIST;
	}

}
