package uk.police.mopi.assessment.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.assessment.AssessmentPages;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ClosingMilestones;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * What people add to an assessment from its page: evidence and comments (programme team
 * and the area's owners), proposals (the area's owners) and decisions on them (programme
 * team). A refused form shows the assessment's page again with its errors.
 */
@Controller
@RequestMapping("/assessments/{requirement}/{area}")
class CellContributionController {

	private static final String CONTRIBUTE = "@assessmentPolicy.canContribute(authentication, #requirement, #area)";

	private final AssessmentPages pages;

	private final AssessmentService service;

	private final ObjectProvider<ClosingMilestones> closing;

	CellContributionController(AssessmentPages pages, AssessmentService service,
			ObjectProvider<ClosingMilestones> closing) {
		this.pages = pages;
		this.service = service;
		this.closing = closing;
	}

	@ModelAttribute("key")
	CellKey key(@PathVariable String requirement, @PathVariable String area) {
		return CellPaths.key(requirement, area);
	}

	/** Where the person came from (their area view, say), when it is a local path. */
	@ModelAttribute("returnTo")
	String returnTo(@RequestParam(name = "returnTo", required = false) String returnTo) {
		return CellPaths.returnTo(returnTo);
	}

	@PostMapping("/evidence")
	@PreAuthorize(CONTRIBUTE)
	String addEvidence(@PathVariable String requirement, @PathVariable String area,
			@ModelAttribute("contribution") ContributionForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		CellKey key = CellPaths.key(requirement, area);
		return submit(key, null, binding, model, redirect, "assessment.evidence.added",
				() -> this.service.addEvidence(key, form.getEvidenceTitle(), form.getEvidenceReference(),
						EvidenceUploads.of(form.getFile()), user));
	}

	/**
	 * The service lets only the programme team or whoever added the evidence withdraw it.
	 */
	@PostMapping("/evidence/{id}/remove")
	@PreAuthorize(CONTRIBUTE)
	String removeEvidence(@PathVariable String requirement, @PathVariable String area, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		CellKey key = CellPaths.key(requirement, area);
		this.service.removeEvidence(key, id, user);
		redirect.addFlashAttribute("success", "assessment.evidence.removed");
		return CellPaths.redirect(key);
	}

	@PostMapping("/comments")
	@PreAuthorize(CONTRIBUTE)
	String comment(@PathVariable String requirement, @PathVariable String area,
			@ModelAttribute("contribution") ContributionForm form, BindingResult binding,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		CellKey key = CellPaths.key(requirement, area);
		return submit(key, CellPaths.returnTo(returnTo), binding, model, redirect, "assessment.comment.added",
				() -> this.service.comment(key, form.getComment(), user));
	}

	@PostMapping("/proposals")
	@PreAuthorize("@assessmentPolicy.canPropose(authentication, #requirement, #area)")
	String propose(@PathVariable String requirement, @PathVariable String area,
			@ModelAttribute("contribution") ContributionForm form, BindingResult binding,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		CellKey key = CellPaths.key(requirement, area);
		return submit(key, CellPaths.returnTo(returnTo), binding, model, redirect, "assessment.proposal.added",
				() -> this.service.propose(key, form.getProposedLevel(), form.getProposalRationale(), user));
	}

	/**
	 * A stale version gets the 409 page, which offers to decide again on the current one.
	 */
	@PostMapping("/decisions")
	@PreAuthorize("@assessmentPolicy.canEdit(authentication)")
	String decide(@PathVariable String requirement, @PathVariable String area,
			@ModelAttribute("contribution") ContributionForm form, BindingResult binding,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		CellKey key = CellPaths.key(requirement, area);
		return submit(key, CellPaths.returnTo(returnTo), binding, model, redirect,
				form.isAccept() ? "assessment.proposal.accepted" : "assessment.proposal.rejected",
				() -> this.service.decide(key, form.getProposalId(), form.isAccept(), form.getDecisionReason(),
						form.getVersion(), user));
	}

	private String submit(CellKey key, String returnTo, BindingResult binding, Model model, RedirectAttributes redirect,
			String success, Runnable action) {
		if (Forms.submit(binding, action)) {
			redirect.addFlashAttribute("success", success);
			return CellPaths.redirect(key, returnTo);
		}
		model.addAttribute("cell", this.pages.detail(key));
		model.addAttribute("closing", CellPaths.closing(this.closing, key));
		return "assessment/detail";
	}

}
