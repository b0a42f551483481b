package uk.police.mopi.programme.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProjectDetails;
import uk.police.mopi.programme.ProjectFormPage;
import uk.police.mopi.programme.ProjectPages;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.user.PortalUser;

/**
 * Projects: the list and each project's page for every role (area owners see the projects
 * touching their areas); creating and changing projects for the programme team only. The
 * plan's smaller forms are {@link PlanController}'s.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProjectPages pages;

	private final DeliveryService delivery;

	private final ProgrammePolicy policy;

	private final ProgrammeExports exports;

	ProjectController(ProjectPages pages, DeliveryService delivery, ProgrammePolicy policy, ProgrammeExports exports) {
		this.exports = exports;
		this.pages = pages;
		this.delivery = delivery;
		this.policy = policy;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) Rag rag, Authentication authentication, HttpServletRequest request,
			Model model) {
		List<ProjectView> projects = this.pages.list(this.policy.scope(authentication), rag);
		model.addAttribute("projects", projects);
		model.addAttribute("confidence", this.pages.confidence(projects));
		model.addAttribute("rag", rag);
		model.addAttribute("exports", ExportLinks.of("/projects/export", request, projects.size()));
		return "programme/projects";
	}

	@GetMapping("/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(required = false) Rag rag,
			@RequestParam(name = ListExport.FORMAT, required = false) String format, Authentication authentication,
			HttpServletResponse response, Locale locale) {
		List<ProjectView> projects = this.pages.list(this.policy.scope(authentication), rag);
		ListExport.write(response, this.exports.projects(projects, this.pages.confidence(projects), locale),
				ListExport.Format.of(format));
	}

	@GetMapping("/new")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String newForm(Model model) {
		return form(model, this.pages.form(null), new ProjectForm());
	}

	@PostMapping("/new")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String create(@ModelAttribute("form") ProjectForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		ProjectDetails details = form.toDetails();
		if (Forms.submit(binding, () -> this.delivery.createProject(details, user))) {
			return saved(redirect, "project.created", details.code());
		}
		return form(model, this.pages.form(null), form);
	}

	@GetMapping("/{code}")
	@PreAuthorize("@programmePolicy.canSee(authentication, #code)")
	String detail(@PathVariable String code, Model model) {
		return ProjectPageModel.show(model, this.pages.page(code), new PlanForm());
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String editForm(@PathVariable String code, Model model) {
		ProjectFormPage page = this.pages.form(code);
		return form(model, page, ProjectForm.of(page.project()));
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String edit(@PathVariable String code, @ModelAttribute("form") ProjectForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		ProjectFormPage page = this.pages.form(code);
		form.setCode(page.project().code());
		if (Forms.submit(binding, () -> this.delivery.updateProject(code, form.getVersion(), form.toDetails(), user))) {
			return saved(redirect, "project.saved", code);
		}
		return form(model, page, form);
	}

	private static String form(Model model, ProjectFormPage page, ProjectForm form) {
		model.addAttribute("project", page.project());
		model.addAttribute("people", page.people());
		model.addAttribute("form", form);
		return "programme/project-form";
	}

	private static String saved(RedirectAttributes redirect, String message, String code) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArgs", new Object[] { code });
		return "redirect:/projects/" + code;
	}

}
