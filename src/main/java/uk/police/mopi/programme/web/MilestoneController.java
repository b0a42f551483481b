package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.programme.HomeOfficeMilestones;
import uk.police.mopi.programme.MilestoneProgress;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.web.ExportLinks;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.shared.web.ListExport;
import uk.police.mopi.user.PortalUser;

/**
 * Every milestone, now or as at a date. Any role; an area owner sees the Home Office
 * milestones and those of the projects touching their areas. The programme team records
 * the Home Office milestones' forecasts, actual dates and outcomes here.
 */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	private final HomeOfficeMilestones homeOffice;

	private final ProgrammePolicy policy;

	private final ProgrammeExports exports;

	MilestoneController(ProgrammeService programme, HomeOfficeMilestones homeOffice, ProgrammePolicy policy,
			ProgrammeExports exports) {
		this.exports = exports;
		this.programme = programme;
		this.homeOffice = homeOffice;
		this.policy = policy;
	}

	/**
	 * Every milestone the user may see, now or as at a date; optionally only those with
	 * one progress (the Board dashboard's overdue count) or those planned and forecast
	 * within some days of the date (its "due soon" count).
	 */
	@GetMapping("/milestones")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@RequestParam(required = false) MilestoneProgress progress,
			@RequestParam(required = false) Integer dueWithin, Authentication authentication, Model model) {
		return show(asAt, progress, dueWithin, authentication, model);
	}

	/** The milestones the list shows with these filters, as CSV or Excel. */
	@GetMapping("/milestones/export")
	@PreAuthorize("isAuthenticated()")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@RequestParam(required = false) MilestoneProgress progress,
			@RequestParam(required = false) Integer dueWithin,
			@RequestParam(name = ListExport.FORMAT, required = false) String format, Authentication authentication,
			HttpServletResponse response, Locale locale) {
		ProgrammeService.MilestoneList list = this.programme.milestoneList(asAt, progress, dueWithin,
				this.policy.scope(authentication));
		LocalDate date = (list.asAt() != null) ? list.asAt() : list.today();
		ListExport.write(response, this.exports.milestones(list.milestones(), "milestones-" + date, locale),
				ListExport.Format.of(format));
	}

	@PostMapping("/milestones/home-office")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	String record(@ModelAttribute("record") HomeOfficeForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.homeOffice.record(form.getMilestone(), form.getVersion(),
				form.getForecast(), form.getActual(), form.getStatus(), form.getOutcome(), form.getReason(), user))) {
			redirect.addFlashAttribute("success", "homeOffice.recorded");
			return "redirect:/milestones";
		}
		return show(null, null, null, authentication, model);
	}

	private String show(LocalDate asAt, MilestoneProgress progress, Integer dueWithin, Authentication authentication,
			Model model) {
		ProgrammeService.MilestoneList page = this.programme.milestoneList(asAt, progress, dueWithin,
				this.policy.scope(authentication));
		model.addAttribute("asAt", page.asAt());
		model.addAttribute("milestones", page.milestones());
		model.addAttribute("progress", page.progress());
		model.addAttribute("dueWithin", page.dueWithin());
		model.addAttribute("today", page.today());
		model.addAttribute("homeOffice", this.homeOffice.list());
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("asAt", page.asAt());
		filters.put("progress", page.progress());
		filters.put("dueWithin", page.dueWithin());
		model.addAttribute("exports", ExportLinks.of("/milestones/export", filters, page.milestones().size()));
		if (!model.containsAttribute("record")) {
			model.addAttribute("record", new HomeOfficeForm());
		}
		return "programme/milestones";
	}

}
