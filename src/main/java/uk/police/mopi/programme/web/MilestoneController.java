package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.MilestoneProgress;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * Every milestone, now or as at a date. Any role; an area owner sees the Home Office
 * milestones and those of the projects touching their areas.
 */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	MilestoneController(ProgrammeService programme, ProgrammeCalendar calendar, ProgrammePolicy policy) {
		this.programme = programme;
		this.calendar = calendar;
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
		LocalDate today = this.calendar.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		LocalDate shown = (date != null) ? date : today;
		Integer days = (dueWithin != null && dueWithin > 0 && dueWithin <= 3660) ? dueWithin : null;
		model.addAttribute("asAt", date);
		model.addAttribute("milestones",
				this.programme.milestonesFor(date, this.policy.scope(authentication))
					.stream()
					.filter((m) -> progress == null || m.progress() == progress)
					.filter((m) -> days == null
							|| (m.progress() == MilestoneProgress.ON_TRACK || m.progress() == MilestoneProgress.AT_RISK)
									&& !m.forecastDate().isAfter(shown.plusDays(days)))
					.toList());
		model.addAttribute("progress", progress);
		model.addAttribute("dueWithin", days);
		model.addAttribute("today", today);
		return "programme/milestones";
	}

}
