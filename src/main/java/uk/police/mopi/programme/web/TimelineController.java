package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.shared.ProgrammeCalendar;

/**
 * The programme timeline as SVG with a table alternative, now or as at a date. Any role.
 */
@Controller
class TimelineController {

	private final ProgrammeService programme;

	private final TimelineSvg svg;

	private final ProgrammeCalendar calendar;

	private final ProgrammePolicy policy;

	TimelineController(ProgrammeService programme, TimelineSvg svg, ProgrammeCalendar calendar,
			ProgrammePolicy policy) {
		this.programme = programme;
		this.svg = svg;
		this.calendar = calendar;
		this.policy = policy;
	}

	@GetMapping("/timeline")
	@PreAuthorize("isAuthenticated()")
	String timeline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			Authentication authentication, Model model) {
		LocalDate today = this.calendar.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		TimelineView view = this.programme.timeline(date, this.policy.scope(authentication));
		model.addAttribute("asAt", date);
		model.addAttribute("today", today);
		model.addAttribute("view", view);
		model.addAttribute("svg", this.svg.render(view));
		return "programme/timeline";
	}

}
