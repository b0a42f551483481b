package uk.police.mopi.board.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.police.mopi.board.BoardPacks;

/**
 * The lists behind a pack's figures, read from its frozen figures (a draft's live ones):
 * every figure in the pack links to one of these.
 */
@Controller
class PackListsController {

	private final BoardPacks packs;

	PackListsController(BoardPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/board/packs/{id}/cells")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String cells(@PathVariable long id, @RequestParam(required = false) String area,
			@RequestParam(required = false) String section, @RequestParam(required = false) String level, Model model) {
		model.addAttribute("list", this.packs.cells(id, area, section, level));
		return "board/pack-cells";
	}

	@GetMapping("/board/packs/{id}/milestones")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String milestones(@PathVariable long id, @RequestParam(required = false) String list, Model model) {
		model.addAttribute("list", this.packs.milestones(id, list));
		return "board/pack-milestones";
	}

	@GetMapping("/board/packs/{id}/projects")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String projects(@PathVariable long id, @RequestParam(required = false) String rag,
			@RequestParam(required = false) String confidence, Model model) {
		model.addAttribute("list", this.packs.projects(id, rag, confidence));
		return "board/pack-projects";
	}

	@GetMapping("/board/packs/{id}/budget")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	String budget(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
		model.addAttribute("list", this.packs.budget(id, year));
		return "board/pack-budget";
	}

}
