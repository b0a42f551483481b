package uk.police.mopi.catalogue.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementAssessments;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.NotFoundException;

/** The catalogue by section, with search, and each requirement's criteria. Any role. */
@Controller
class CatalogueController {

	private final CatalogueService catalogue;

	private final ObjectProvider<RequirementAssessments> assessments;

	CatalogueController(CatalogueService catalogue, ObjectProvider<RequirementAssessments> assessments) {
		this.catalogue = catalogue;
		this.assessments = assessments;
	}

	@GetMapping("/catalogue")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "section", required = false) String section, Model model) {
		String query = (text != null && text.length() > 200) ? text.substring(0, 200) : text;
		var requirements = this.catalogue.search(new RequirementSearch(query, section));
		model.addAttribute("q", query);
		model.addAttribute("section", section);
		model.addAttribute("sections", this.catalogue.sections());
		model.addAttribute("version", this.catalogue.activeVersion().orElse(null));
		model.addAttribute("requirements", requirements);
		model.addAttribute("bySection",
				requirements.stream()
					.collect(java.util.stream.Collectors.groupingBy(RequirementView::section,
							java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
		return "catalogue/list";
	}

	@GetMapping("/catalogue/requirements/{code}")
	@PreAuthorize("isAuthenticated()")
	String requirement(@PathVariable String code, Authentication authentication, Model model) {
		RequirementView requirement = this.catalogue.requirement(code)
			.orElseThrow(() -> new NotFoundException("There is no requirement with the code " + code + "."));
		model.addAttribute("requirement", requirement);
		model.addAttribute("version", this.catalogue.activeVersion().orElse(null));
		RequirementAssessments links = this.assessments.getIfAvailable();
		model.addAttribute("assessments",
				(links != null) ? links.readableBy(requirement.code(), authentication) : java.util.List.of());
		return "catalogue/requirement";
	}

}
