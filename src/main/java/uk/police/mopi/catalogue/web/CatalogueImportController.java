package uk.police.mopi.catalogue.web;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.catalogue.CatalogueImportService;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.ImportResult;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.web.Forms;

/**
 * Catalogue versions and the import of a force's own NFAP file. Administrators only.
 */
@Controller
@RequestMapping("/admin/catalogue")
@PreAuthorize("hasRole('ADMIN')")
class CatalogueImportController {

	private final CatalogueService catalogue;

	private final CatalogueImportService importer;

	CatalogueImportController(CatalogueService catalogue, CatalogueImportService importer) {
		this.catalogue = catalogue;
		this.importer = importer;
	}

	@ModelAttribute("versions")
	Object versions() {
		return this.catalogue.versions();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new CatalogueImportForm());
		return "catalogue/import";
	}

	@PostMapping
	String importFile(@Valid @ModelAttribute("form") CatalogueImportForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) throws IOException {
		if (binding.hasErrors()) {
			return "catalogue/import";
		}
		ImportResult result;
		try {
			result = this.importer.importCatalogue(form.toRequest(user.getUsername()));
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return "catalogue/import";
		}
		if (!result.applied()) {
			binding.rejectValue("file", "catalogue.import.file.problems");
			model.addAttribute("problems", result.problems());
			return "catalogue/import";
		}
		redirect.addFlashAttribute("success", "import.success");
		redirect.addFlashAttribute("successArgs",
				new Object[] { result.version().label(), result.version().requirementCount() });
		return "redirect:/admin/catalogue";
	}

}
