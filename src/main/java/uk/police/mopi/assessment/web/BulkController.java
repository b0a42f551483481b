package uk.police.mopi.assessment.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.BulkPreview;
import uk.police.mopi.assessment.BulkPreviews;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.businessarea.BusinessAreaService;
import uk.police.mopi.businessarea.BusinessAreaView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * Bulk update: one level and/or target, with one rationale, for every assessment of a
 * section in some areas, in one transaction, after a preview of what it will change and
 * how many. Programme team only.
 */
@Controller
@RequestMapping("/assessments/bulk")
@PreAuthorize("@assessmentPolicy.canEdit(authentication)")
class BulkController {

	private final AssessmentService service;

	private final CatalogueService catalogue;

	private final BusinessAreaService areas;

	private final BulkPreviews previews;

	BulkController(AssessmentService service, CatalogueService catalogue, BusinessAreaService areas,
			BulkPreviews previews) {
		this.service = service;
		this.catalogue = catalogue;
		this.areas = areas;
		this.previews = previews;
	}

	@ModelAttribute
	void lists(Model model) {
		model.addAttribute("sections", this.catalogue.sections());
		model.addAttribute("areas", this.areas.areas());
		model.addAttribute("levels", ComplianceLevel.values());
		model.addAttribute("targetLevels",
				new ComplianceLevel[] { ComplianceLevel.FAIR, ComplianceLevel.GOOD, ComplianceLevel.EXCELLENT });
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new BulkForm());
		return "assessment/bulk";
	}

	/**
	 * Previews the change (how many assessments it takes in and would change, and how);
	 * applies it only when the preview of this very selection is confirmed.
	 */
	@PostMapping
	String apply(@ModelAttribute("form") BulkForm form, BindingResult binding, @AuthenticationPrincipal PortalUser user,
			Model model, RedirectAttributes redirect) {
		if (form.getLevel() == null && !form.isChangeTarget()) {
			binding.reject("bulk.nothing");
		}
		if (binding.hasErrors()) {
			return "assessment/bulk";
		}
		List<String> codes = requirementCodes(form);
		List<String> areaCodes = areaCodes(form);
		if (!form.confirmsItsPreview()) {
			BulkPreview[] preview = new BulkPreview[1];
			if (Forms.submit(binding, () -> preview[0] = this.previews.preview(codes, areaCodes, form.isForceWide(),
					form.toChange(), user))) {
				model.addAttribute("preview", preview[0]);
				form.setPreviewed(form.selection());
			}
			return "assessment/bulk";
		}
		int[] changed = new int[1];
		if (!Forms.submit(binding, () -> changed[0] = this.service.bulkUpdate(codes, areaCodes, form.isForceWide(),
				form.toChange(), user))) {
			return "assessment/bulk";
		}
		redirect.addFlashAttribute("success", "bulk.done");
		redirect.addFlashAttribute("successArgs", new Object[] { changed[0] });
		return "redirect:/assessments/bulk";
	}

	private List<String> requirementCodes(BulkForm form) {
		String section = (form.getSection() == null || form.getSection().isBlank()) ? null : form.getSection();
		return this.catalogue.search(new RequirementSearch(null, section)).stream().map(RequirementView::code).toList();
	}

	private List<String> areaCodes(BulkForm form) {
		return this.areas.areas()
			.stream()
			.filter((area) -> form.getArea() == null || form.getArea().isBlank() || area.code().equals(form.getArea()))
			.filter((area) -> !form.isPriorityOnly() || area.priority())
			.map(BusinessAreaView::code)
			.toList();
	}

}
