package uk.police.mopi.board.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.board.DecisionChoices;
import uk.police.mopi.board.DecisionRecorder;
import uk.police.mopi.board.DecisionRegister;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * The register of the Board's decisions: the Board, the programme team and administrators
 * read it (force-wide money: area owners do not); the programme team records what the
 * Board decided.
 */
@Controller
class DecisionController {

	private final DecisionRegister register;

	private final DecisionRecorder recorder;

	private final DecisionChoices choices;

	DecisionController(DecisionRegister register, DecisionRecorder recorder, DecisionChoices choices) {
		this.register = register;
		this.recorder = recorder;
		this.choices = choices;
	}

	@GetMapping("/board/decisions")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String register(@RequestParam(required = false) String year, @RequestParam(required = false) String meeting,
			@RequestParam(required = false) String revisit, Model model) {
		String validYear = (year != null && year.matches("^\\d{4}/\\d{2}$")) ? year : null;
		Long validMeeting = (meeting != null && meeting.matches("^\\d{1,18}$")) ? Long.valueOf(meeting) : null;
		model.addAttribute("register", this.register.register(validYear, validMeeting, "true".equals(revisit)));
		return "board/decisions";
	}

	@GetMapping("/board/decisions/{id}")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String decision(@PathVariable long id, Model model) {
		model.addAttribute("detail",
				this.register.detail(id).orElseThrow(() -> new NotFoundException("No Board decision " + id)));
		return "board/decision";
	}

	@GetMapping("/board/decisions/new")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String newDecision(Model model) {
		return form(new DecisionForm(), model);
	}

	@PostMapping("/board/decisions")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String record(@ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (Forms.submit(binding, () -> id[0] = this.recorder.record(form.input(), user))) {
			redirect.addFlashAttribute("success", "decisions.saved");
			return "redirect:/board/decisions/" + id[0];
		}
		return form(form, model);
	}

	@GetMapping("/board/decisions/{id}/edit")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String editDecision(@PathVariable long id, Model model) {
		return form(
				DecisionForm
					.of(this.register.decision(id).orElseThrow(() -> new NotFoundException("No Board decision " + id))),
				model);
	}

	@PostMapping("/board/decisions/{id}")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String change(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		form.setId(id);
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		if (Forms.submit(binding, () -> this.recorder.change(id, version, form.input(), user))) {
			redirect.addFlashAttribute("success", "decisions.changed");
			return "redirect:/board/decisions/" + id;
		}
		return form(form, model);
	}

	private String form(DecisionForm form, Model model) {
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", form);
		}
		model.addAttribute("choices", this.choices.choices());
		return "board/decision-form";
	}

}
