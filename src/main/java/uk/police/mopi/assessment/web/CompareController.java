package uk.police.mopi.assessment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.assessment.AssessmentComparison;
import uk.police.mopi.shared.ProgrammeCalendar;
import uk.police.mopi.user.PortalUser;

/** Compares the matrix at two dates. Any signed-in role. */
@Controller
class CompareController {

	private final AssessmentComparison comparison;

	private final ProgrammeCalendar calendar;

	CompareController(AssessmentComparison comparison, ProgrammeCalendar calendar) {
		this.comparison = comparison;
		this.calendar = calendar;
	}

	@GetMapping("/assessments/compare")
	@PreAuthorize("isAuthenticated()")
	String compare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate today = this.calendar.today();
		LocalDate baseline = this.calendar.capabilityAssessment();
		LocalDate start = (from != null) ? from : baseline;
		LocalDate end = (to != null && !to.isAfter(today)) ? to : today;
		if (start.isAfter(end)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		model.addAttribute("result", this.comparison.compare(start, end, user));
		model.addAttribute("baseline", baseline);
		model.addAttribute("today", today);
		return "assessment/compare";
	}

}
