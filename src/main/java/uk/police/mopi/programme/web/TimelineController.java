package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.TimelineView;
import uk.police.mopi.user.PortalUser;

/**
 * The programme timeline as SVG with a table alternative, now or as at a date. Any role.
 */
@Controller
class TimelineController {

	private final ProgrammeService programme;

	private final TimelineSvg svg;

	TimelineController(ProgrammeService programme, TimelineSvg svg) {
		this.programme = programme;
		this.svg = svg;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate today = this.programme.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		TimelineView view = this.programme.timeline(date, Visibility.areasOf(user));
		model.addAttribute("asAt", date);
		model.addAttribute("today", today);
		model.addAttribute("view", view);
		model.addAttribute("svg", this.svg.render(view));
		return "programme/timeline";
	}

}
