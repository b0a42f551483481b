package uk.police.mopi.programme.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.RequirementTitles;
import uk.police.mopi.programme.DeliveryQueries;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.ListExport;

/**
 * Gaps no milestone closes, and traced assessments planned too late. Any role; an area
 * owner sees their own areas'. The gaps counted export as CSV or Excel.
 */
@Controller
class UnplannedGapsController {

	private final DeliveryQueries deliveries;

	private final ProgrammePolicy policy;

	private final RequirementTitles titles;

	private final ProgrammeExports exports;

	UnplannedGapsController(DeliveryQueries deliveries, ProgrammePolicy policy, RequirementTitles titles,
			ProgrammeExports exports) {
		this.exports = exports;
		this.deliveries = deliveries;
		this.policy = policy;
		this.titles = titles;
	}

	@GetMapping("/projects/unplanned-gaps")
	@PreAuthorize("isAuthenticated()")
	String gaps(@RequestParam(required = false) String area, Authentication authentication, Model model) {
		DeliveryQueries.GapsPage page = this.deliveries.gapsPage(this.policy.scope(authentication), area);
		model.addAttribute("total", page.total());
		model.addAttribute("byArea", page.byArea());
		model.addAttribute("area", page.area());
		model.addAttribute("gaps", page.gaps());
		model.addAttribute("late", page.late());
		model.addAttribute("titles", this.titles.byCode());
		model.addAttribute("exports", ExportLinks.of("/projects/unplanned-gaps/export",
				Collections.singletonMap("area", page.area()), page.counted().size()));
		return "programme/gaps";
	}

	@GetMapping("/projects/unplanned-gaps/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(required = false) String area,
			@RequestParam(name = ListExport.FORMAT, required = false) String format, Authentication authentication,
			HttpServletResponse response, Locale locale) {
		DeliveryQueries.GapsPage page = this.deliveries.gapsPage(this.policy.scope(authentication), area);
		ListExport.write(response, this.exports.gaps(page.counted(), this.titles.byCode(), page.area(), locale),
				ListExport.Format.of(format));
	}

}
