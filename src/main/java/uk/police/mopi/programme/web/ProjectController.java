package uk.police.mopi.programme.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
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

import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.DeliveryService;
import uk.police.mopi.programme.InvalidPlanException;
import uk.police.mopi.programme.PlanConflictException;
import uk.police.mopi.programme.PlanProblem;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectStatus;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.programme.Rag;
import uk.police.mopi.programme.Workstream;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.web.ConflictException;
import uk.police.mopi.user.PortalUser;
import uk.police.mopi.user.Role;
import uk.police.mopi.user.UserService;

/**
 * Projects: the list and each project's page for every role (area owners see the projects
 * touching their areas); creating and changing projects, milestones, dependencies and
 * traced assessments for the programme team only.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProgrammeService programme;

	private final DeliveryService delivery;

	private final DeliveryQueries deliveries;

	private final BusinessAreaService areas;

	private final UserService users;

	ProjectController(ProgrammeService programme, DeliveryService delivery, DeliveryQueries deliveries,
			BusinessAreaService areas, UserService users) {
		this.programme = programme;
		this.delivery = delivery;
		this.deliveries = deliveries;
		this.areas = areas;
		this.users = users;
	}

	@ModelAttribute
	void lists(Model model) {
		model.addAttribute("workstreams", Workstream.values());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("areas", this.areas.areas());
	}

	@GetMapping
	String list(@RequestParam(required = false) Rag rag, @AuthenticationPrincipal PortalUser user, Model model) {
		List<ProjectView> projects = (user.role() == Role.AREA_OWNER)
				? this.programme.projectsTouching(user.ownedAreas()) : this.programme.projects();
		model.addAttribute("projects", projects.stream().filter((p) -> rag == null || p.rag() == rag).toList());
		model.addAttribute("rag", rag);
		model.addAttribute("canPlan", DeliveryService.canPlan(user));
		return "programme/projects";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal PortalUser user, Model model) {
		requirePlanner(user);
		model.addAttribute("form", new ProjectForm());
		model.addAttribute("people", this.users.users());
		return "programme/project-form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ProjectForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requirePlanner(user);
		if (!binding.hasErrors()) {
			try {
				this.delivery.createProject(form.toDetails(), user);
				redirect.addFlashAttribute("success", "project.created");
				redirect.addFlashAttribute("successArgs", new Object[] { form.toDetails().code() });
				return "redirect:/projects/" + form.toDetails().code();
			}
			catch (InvalidPlanException ex) {
				reject(binding, ex);
			}
		}
		model.addAttribute("people", this.users.users());
		return "programme/project-form";
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, @AuthenticationPrincipal PortalUser user, Model model) {
		return page(project(code, user), user, model, new PlanForm());
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, @AuthenticationPrincipal PortalUser user, Model model) {
		requirePlanner(user);
		ProjectView project = project(code, user);
		model.addAttribute("project", project);
		model.addAttribute("form", ProjectForm.of(project));
		model.addAttribute("people", this.users.users());
		return "programme/project-form";
	}

	@PostMapping("/{code}/edit")
	String edit(@PathVariable String code, @ModelAttribute("form") ProjectForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requirePlanner(user);
		ProjectView project = project(code, user);
		form.setCode(project.code());
		if (!binding.hasErrors()) {
			try {
				this.delivery.updateProject(code, form.getVersion(), form.toDetails(), user);
				redirect.addFlashAttribute("success", "project.saved");
				redirect.addFlashAttribute("successArgs", new Object[] { code });
				return "redirect:/projects/" + code;
			}
			catch (InvalidPlanException ex) {
				reject(binding, ex);
			}
			catch (PlanConflictException ex) {
				throw new ConflictException("Project " + code, "someone else", "/projects/" + code);
			}
		}
		model.addAttribute("project", project);
		model.addAttribute("people", this.users.users());
		return "programme/project-form";
	}

	@PostMapping("/{code}/milestones")
	String addMilestone(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.milestone.added", () -> this.delivery
			.addMilestone(code, form.getMilestoneCode(), form.getMilestoneTitle(), form.getMilestoneBaseline(), user));
	}

	@PostMapping("/{code}/forecasts")
	String moveForecast(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.forecast.moved", () -> {
			Map<String, java.time.LocalDate> moved = this.delivery.moveForecast(form.getMilestone(), form.getVersion(),
					form.getForecast(), form.getReason(), user);
			if (!moved.isEmpty()) {
				redirect.addFlashAttribute("moved", moved);
			}
		});
	}

	@PostMapping("/{code}/outcomes")
	String recordOutcome(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.outcome.recorded",
				() -> this.delivery.recordOutcome(form.getMilestone(), form.getVersion(), form.isAchieved(),
						form.getActual(), form.getReason(), user));
	}

	@PostMapping("/{code}/dependencies")
	String addDependency(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.dependency.added",
				() -> this.delivery.addDependency(form.getPredecessor(), form.getSuccessor(), form.getLagDays(), user));
	}

	@PostMapping("/{code}/deliveries")
	String addDelivery(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.delivery.added", () -> this.delivery
			.addDelivery(form.getMilestone(), form.getRequirement(), form.getArea(), form.getLevel(), user));
	}

	@PostMapping("/{code}/rag")
	String overrideRag(@PathVariable String code, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return act(code, form, binding, user, model, redirect, "project.rag.saved",
				() -> this.delivery.overrideRag(code, form.getVersion(), form.getRag(), form.getRagReason(), user));
	}

	private String act(String code, PlanForm form, BindingResult binding, PortalUser user, Model model,
			RedirectAttributes redirect, String success, Runnable action) {
		requirePlanner(user);
		ProjectView project = project(code, user);
		if (!binding.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("success", success);
				return "redirect:/projects/" + code;
			}
			catch (InvalidPlanException ex) {
				reject(binding, ex);
			}
			catch (PlanConflictException ex) {
				binding.reject("project.stale");
			}
		}
		return page(project, user, model, form);
	}

	private String page(ProjectView project, PortalUser user, Model model, PlanForm form) {
		model.addAttribute("project", project);
		model.addAttribute("deliveries", this.deliveries.deliveries(project.code()));
		model.addAttribute("allMilestones", this.programme.allMilestones(null));
		var own = project.milestones().stream().map((m) -> m.code()).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("dependencies",
				this.programme.dependencies()
					.stream()
					.filter((d) -> own.contains(d.predecessor()) || own.contains(d.successor()))
					.toList());
		model.addAttribute("canPlan", DeliveryService.canPlan(user));
		model.addAttribute("today", this.programme.today());
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", form);
		}
		return "programme/project";
	}

	private ProjectView project(String code, PortalUser user) {
		ProjectView project = this.programme.project(code)
			.orElseThrow(() -> new NotFoundException("There is no project " + code));
		if (user.role() == Role.AREA_OWNER && project.areas().stream().noneMatch(user.ownedAreas()::contains)) {
			throw new AccessDeniedException("This project touches none of your areas");
		}
		return project;
	}

	private static void reject(BindingResult binding, InvalidPlanException ex) {
		for (PlanProblem problem : ex.problems()) {
			if (binding.getTarget() != null && org.springframework.beans.BeanUtils
				.getPropertyDescriptor(binding.getTarget().getClass(), problem.field()) != null) {
				binding.rejectValue(problem.field(), "plan.invalid", problem.message());
			}
			else {
				binding.reject("plan.invalid", problem.message());
			}
		}
	}

	private static void requirePlanner(PortalUser user) {
		if (!DeliveryService.canPlan(user)) {
			throw new AccessDeniedException("Only the programme team may change the plan");
		}
	}

}
