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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.police.mopi.board.BoardPacks;
import uk.police.mopi.board.PackView;
import uk.police.mopi.shared.web.cache.PageCache;
import uk.police.mopi.shared.web.Forms;
import uk.police.mopi.user.PortalUser;

/**
 * A pack: read as a Board paper (a draft with a banner and live figures, a published one
 * with its frozen figures); the programme team writes a draft's narrative and publishes
 * it after a confirmation. The pack's page is composed once per change of the data for
 * each audience ({@link PageCache}).
 */
@Controller
class PackController {

	private final BoardPacks packs;

	private final PackTrajectorySvg chart;

	private final PageCache pages;

	PackController(BoardPacks packs, PackTrajectorySvg chart, PageCache pages) {
		this.pages = pages;
		this.packs = packs;
		this.chart = chart;
	}

	@GetMapping("/board/packs/{id}")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	View pack(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model, ServletWebRequest request) {
		return this.pages.page("board/pack", user.audience(), model, request,
				() -> model.addAttribute("pack", this.chart.charted(this.packs.page(id))));
	}

	@GetMapping("/board/packs/{id}/edit")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		PackView pack = this.packs.pack(id);
		if (!pack.draft()) {
			redirect.addFlashAttribute("refused", "board.pack.frozen");
			return "redirect:/board/packs/" + id;
		}
		model.addAttribute("narrativeForm", NarrativeForm.of(pack.narrative(), pack.version()));
		model.addAttribute("pack", pack);
		return "board/pack-edit";
	}

	@PostMapping("/board/packs/{id}/edit")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String write(@PathVariable long id, @ModelAttribute("narrativeForm") NarrativeForm form, BindingResult binding,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (Forms.submit(binding, () -> this.packs.write(id, form.getVersion(), form.narrative(), user))) {
			redirect.addFlashAttribute("success", "board.pack.saved");
			return "redirect:/board/packs/" + id;
		}
		model.addAttribute("pack", this.packs.pack(id));
		return "board/pack-edit";
	}

	@GetMapping("/board/packs/{id}/publish")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String confirm(@PathVariable long id, Model model) {
		model.addAttribute("pack", this.packs.pack(id));
		return "board/pack-publish";
	}

	@PostMapping("/board/packs/{id}/publish")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	String publish(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		if (!this.packs.pack(id).draft()) {
			redirect.addFlashAttribute("refused", "board.pack.frozen");
			return "redirect:/board/packs/" + id;
		}
		this.packs.publish(id, user);
		redirect.addFlashAttribute("success", "board.pack.published.done");
		return "redirect:/board/packs/" + id;
	}

}
