package uk.police.mopi.catalogue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.NotFoundException;

/** The catalogue in force, for machines. Any role, with HTTP Basic. */
@RestController
@RequestMapping("/api/v1/requirements")
@Tag(name = "Catalogue")
class CatalogueApiController {

	private final CatalogueService catalogue;

	CatalogueApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Requirements of the catalogue in force, by section and code",
			description = "Optional filters: section code, and q (a code or words that must all appear).")
	List<RequirementView> list(@RequestParam(required = false) String section,
			@RequestParam(required = false) String q) {
		return this.catalogue.search(new RequirementSearch(q, section));
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One requirement by its code, e.g. RRD-07")
	RequirementView one(@PathVariable String code) {
		return this.catalogue.requirement(code)
			.orElseThrow(() -> new NotFoundException("There is no requirement with the code " + code + "."));
	}

}
