package uk.police.mopi.programme.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.police.mopi.programme.ProgrammeService;

/** The programme's milestones. Any signed-in role may read them. */
@Controller
class MilestoneController {

	private final ProgrammeService programme;

	MilestoneController(ProgrammeService programme) {
		this.programme = programme;
	}

	@GetMapping("/milestones")
	String list(Model model) {
		model.addAttribute("milestones", this.programme.milestones());
		model.addAttribute("today", this.programme.today());
		return "programme/milestones";
	}

}
