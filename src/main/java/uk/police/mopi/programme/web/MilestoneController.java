package uk.police.mopi.programme.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.programme.ProgrammeService;

/** The programme's milestones. Any signed-in role may read them. */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	MilestoneController(ProgrammeService programme) {
		this.programme = programme;
	}

	@GetMapping("/milestones")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
			Model model) {
		LocalDate today = this.programme.today();
		LocalDate date = (asAt != null && asAt.isBefore(today)) ? asAt : null;
		model.addAttribute("asAt", date);
		model.addAttribute("milestones", this.programme.allMilestones(date));
		model.addAttribute("today", today);
		return "programme/milestones";
	}

}
