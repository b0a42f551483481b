package uk.police.mopi.assessment.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * One assessment: its criteria, state, evidence, proposals and history (any role); its
 * edit form (programme team); evidence and comments (programme team and the area's
 * owners); proposals (the area's owners) and decisions on them (programme team). The
 * service checks every permission again.
 */
@Controller
@RequestMapping("/assessments/{requirement}/{area}")
class CellController {

	private final AssessmentQueries queries;

	private final AssessmentService service;

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	CellController(AssessmentQueries queries, AssessmentService service, CatalogueService catalogue,
			BusinessAreaService areas) {
		this.queries = queries;
		this.service = service;
		this.catalogue = catalogue;
		this.areas = areas;
	}

	@ModelAttribute("key")
	CellKey key(@PathVariable String requirement, @PathVariable String area) {
		if (!requirement.matches("[A-Za-z]{2,6}-[0-9]{2,3}") || !area.matches("[A-Za-z]{2,6}")) {
			throw new NotFoundException("No such assessment");
		}
		return CellKey.of(requirement, area);
	}

	@GetMapping
	String detail(@ModelAttribute("key") CellKey key, @AuthenticationPrincipal PortalUser user, Model model) {
		return detailPage(key, user, model, null);
	}

	@GetMapping("/edit")
	String editForm(@ModelAttribute("key") CellKey key, @AuthenticationPrincipal PortalUser user, Model model) {
		requireEdit(user);
		AssessmentView current = current(key);
		addCommon(key, model, current);
		model.addAttribute("form", AssessmentForm.of(current));
		return "assessment/edit";
	}

	@PostMapping("/edit")
	String edit(@ModelAttribute("key") CellKey key, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requireEdit(user);
		if (Forms.submit(binding, () -> this.service.update(key, form.getVersion(), form.toChange(), user))) {
			redirect.addFlashAttribute("success", "assessment.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { key.requirementCode(), key.area() });
			return "redirect:" + path(key);
		}
		addCommon(key, model, current(key));
		return "assessment/edit";
	}

	@PostMapping("/evidence")
	String addEvidence(@ModelAttribute("key") CellKey key, @ModelAttribute("contribution") ContributionForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return contribute(key, form, binding, user, model, redirect, "assessment.evidence.added",
				() -> this.service.addEvidence(key, form.getEvidenceTitle(), form.getEvidenceReference(), user));
	}

	@PostMapping("/evidence/{id}/remove")
	String removeEvidence(@ModelAttribute("key") CellKey key, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.service.removeEvidence(key, id, user);
		redirect.addFlashAttribute("success", "assessment.evidence.removed");
		return "redirect:" + path(key);
	}

	@PostMapping("/comments")
	String comment(@ModelAttribute("key") CellKey key, @ModelAttribute("contribution") ContributionForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return contribute(key, form, binding, user, model, redirect, "assessment.comment.added",
				() -> this.service.comment(key, form.getComment(), user));
	}

	@PostMapping("/proposals")
	String propose(@ModelAttribute("key") CellKey key, @ModelAttribute("contribution") ContributionForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return contribute(key, form, binding, user, model, redirect, "assessment.proposal.added",
				() -> this.service.propose(key, form.getProposedLevel(), form.getProposalRationale(), user));
	}

	@PostMapping("/decisions")
	String decide(@ModelAttribute("key") CellKey key, @ModelAttribute("contribution") ContributionForm form,
			BindingResult binding, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		return contribute(key, form, binding, user, model, redirect,
				form.isAccept() ? "assessment.proposal.accepted" : "assessment.proposal.rejected",
				() -> this.service.decide(key, form.getProposalId(), form.isAccept(), form.getDecisionReason(),
						form.getVersion(), user));
	}

	private String contribute(CellKey key, ContributionForm form, BindingResult binding, PortalUser user, Model model,
			RedirectAttributes redirect, String success, Runnable action) {
		if (Forms.submit(binding, action)) {
			redirect.addFlashAttribute("success", success);
			return "redirect:" + path(key);
		}
		return detailPage(key, user, model, binding);
	}

	private String detailPage(CellKey key, PortalUser user, Model model, BindingResult contributionErrors) {
		AssessmentView current = current(key);
		addCommon(key, model, current);
		model.addAttribute("evidence", this.queries.evidence(key));
		model.addAttribute("proposals", this.queries.proposals(key));
		model.addAttribute("history", this.queries.history(key));
		model.addAttribute("canEdit", AssessmentPolicy.canEdit(user));
		model.addAttribute("canContribute", AssessmentPolicy.canContribute(user, key));
		model.addAttribute("canPropose", AssessmentPolicy.canPropose(user, key));
		model.addAttribute("proposalLevels", new ComplianceLevel[] { ComplianceLevel.NOT_MET, ComplianceLevel.FAIR,
				ComplianceLevel.GOOD, ComplianceLevel.EXCELLENT });
		if (!model.containsAttribute("contribution")) {
			model.addAttribute("contribution", new ContributionForm());
		}
		return "assessment/detail";
	}

	private void addCommon(CellKey key, Model model, AssessmentView current) {
		model.addAttribute("assessment", current);
		model.addAttribute("requirement", this.catalogue.requirement(key.requirementCode())
			.orElseThrow(() -> new NotFoundException("No such requirement")));
		model.addAttribute("areaName", key.forceWide() ? null
				: this.areas.area(key.areaCode()).map((area) -> area.name()).orElse(key.areaCode()));
		model.addAttribute("levels", ComplianceLevel.values());
		model.addAttribute("targetLevels",
				new ComplianceLevel[] { ComplianceLevel.FAIR, ComplianceLevel.GOOD, ComplianceLevel.EXCELLENT });
	}

	private AssessmentView current(CellKey key) {
		return this.queries.assessment(key).orElseThrow(() -> new NotFoundException("No such assessment: " + key));
	}

	private static void requireEdit(PortalUser user) {
		if (!AssessmentPolicy.canEdit(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Programme team only");
		}
	}

	static String path(CellKey key) {
		return "/assessments/" + key.requirementCode() + "/" + key.area();
	}

}
