package uk.police.mopi.user.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import uk.police.mopi.shared.web.ConflictException;
import uk.police.mopi.user.NewUser;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserChange;
import uk.police.mopi.user.UserNotFoundException;
import uk.police.mopi.user.UserService;
import uk.police.mopi.user.UserView;
import uk.police.mopi.user.UsernameTakenException;

/**
 * User administration: people, their roles and the areas they own. Administrators only.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

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
		checkAreas(form, binding);
		if (binding.hasErrors()) {
			return "user/new";
		}
		try {
			UserView user = this.users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getPassword(),
					form.getRole(), form.getOwnedAreas()), admin.getUsername());
			redirect.addFlashAttribute("success", "user.created");
			redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
			return "redirect:/admin/users";
		}
		catch (UsernameTakenException ex) {
			binding.rejectValue("username", "user.username.taken");
			return "user/new";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		UserView user = this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("passwordForm", passwordForm(user));
		return "user/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated(UserForm.Change.class) @ModelAttribute("form") UserForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser admin, Model model,
			RedirectAttributes redirect) {
		UserView user = this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
		checkAreas(form, binding);
		if (user.id() == admin.id() && (form.getRole() != Role.ADMIN || !form.isEnabled())) {
			binding.reject("user.self.demote");
		}
		if (binding.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("passwordForm", passwordForm(user));
			return "user/edit";
		}
		try {
			this.users.update(id, form.getVersion(),
					new UserChange(form.getDisplayName(), form.getRole(), form.getOwnedAreas(), form.isEnabled()),
					admin.getUsername());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw conflict(id);
		}
		redirect.addFlashAttribute("success", "user.updated");
		redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Validated @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser admin, Model model,
			RedirectAttributes redirect) {
		UserView user = this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
		if (binding.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("form", UserForm.of(user));
			return "user/edit";
		}
		try {
			this.users.resetPassword(id, form.getVersion(), form.getPassword(), admin.getUsername());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw conflict(id);
		}
		redirect.addFlashAttribute("success", "user.password.reset");
		redirect.addFlashAttribute("successArgs", new Object[] { user.username() });
		return "redirect:/admin/users";
	}

	private ConflictException conflict(long id) {
		UserView current = this.users.user(id).orElseThrow(() -> new UserNotFoundException(id));
		return new ConflictException("The user " + current.username(), current.updatedBy(), "/admin/users/" + id);
	}

	private void checkAreas(UserForm form, BindingResult binding) {
		Set<String> known = this.areas.areas().stream().map(BusinessAreaView::code).collect(Collectors.toSet());
		if (!known.containsAll(form.getOwnedAreas())) {
			binding.rejectValue("ownedAreas", "user.ownedAreas.unknown");
		}
		else if (form.getRole() == Role.AREA_OWNER && form.getOwnedAreas().isEmpty()) {
			binding.rejectValue("ownedAreas", "user.ownedAreas.required");
		}
	}

	private static PasswordForm passwordForm(UserView user) {
		PasswordForm form = new PasswordForm();
		form.setVersion(user.version());
		return form;
	}

}
