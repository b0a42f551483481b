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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.board.BoardPacks;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * Board meetings and their packs: the Board, the programme team and administrators read
 * them; the programme team creates meetings and drafts.
 */
@Controller
class MeetingController {

	private final BoardPacks packs;

	MeetingController(BoardPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/board/meetings")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String meetings(Model model) {
		model.addAttribute("meetingForm", new MeetingForm());
		return list(model);
	}

	@PostMapping("/board/meetings")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String create(@ModelAttribute("meetingForm") MeetingForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (Forms.submit(binding, () -> id[0] = this.packs.createMeeting(form.getMeetingDate(), form.getTitle(),
				form.getAttendees(), user))) {
			redirect.addFlashAttribute("success", "board.meeting.created");
			return "redirect:/board/meetings/" + id[0];
		}
		return list(model);
	}

	@GetMapping("/board/meetings/{id}")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String meeting(@PathVariable long id, Model model) {
		model.addAttribute("draftForm", new DraftForm());
		return meetingPage(id, model);
	}

	@PostMapping("/board/meetings/{id}/packs")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String draft(@PathVariable long id, @ModelAttribute("draftForm") DraftForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		long[] pack = new long[1];
		if (Forms.submit(binding, () -> pack[0] = this.packs.createDraft(id, form.getTitle(), user))) {
			redirect.addFlashAttribute("success", "board.pack.created");
			return "redirect:/board/packs/" + pack[0] + "/edit";
		}
		return meetingPage(id, model);
	}

	private String list(Model model) {
		model.addAttribute("meetings", this.packs.meetings());
		return "board/meetings";
	}

	private String meetingPage(long id, Model model) {
		model.addAttribute("page", this.packs.meeting(id));
		return "board/meeting";
	}

}
