package uk.police.mopi.catalogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.ListExport;

/**
 * The catalogue by section, with search (and the requirements found as CSV or Excel), and
 * each requirement's criteria. Any role.
 */
@Controller
class CatalogueController {

	/** The columns of the catalogue's import file, in its order. */
	private static final List<String> IMPORT_COLUMNS = List.of("code", "section", "title", "description", "fair",
			"good", "excellent", "scope");

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
		String query = query(text);
		var requirements = this.catalogue.search(new RequirementSearch(query, section));
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("q", query);
		filters.put("section", section);
		model.addAttribute("exports", ExportLinks.of("/catalogue/export", filters, requirements.size()));
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

	/**
	 * The requirements the search shows, in the columns of the catalogue's import file
	 * (docs/catalogue-format.md), so that an export edited in a spreadsheet imports
	 * again.
	 */
	@GetMapping("/catalogue/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = ListExport.FORMAT, required = false) String format, HttpServletResponse response) {
		List<RequirementView> requirements = this.catalogue.search(new RequirementSearch(query(text), section));
		String name = "catalogue" + ((section != null && section.matches("[A-Za-z]{2,6}")) ? "-" + section : "");
		ListExport.write(response, new ListExport.Table(name, IMPORT_COLUMNS, (rows) -> {
			for (RequirementView requirement : requirements) {
				rows.add(requirement.code(), requirement.section(), requirement.title(), requirement.description(),
						requirement.fair(), requirement.good(), requirement.excellent(),
						requirement.assessedPer().name());
			}
		}), ListExport.Format.of(format));
	}

	private static String query(String text) {
		return (text != null && text.length() > 200) ? text.substring(0, 200) : text;
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
