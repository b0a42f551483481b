package uk.police.mopi.board.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.board.BoardPacks;
import uk.police.mopi.board.PackFigures;
import uk.police.mopi.board.PackPage;
import uk.police.mopi.board.PackStatus;
import uk.police.mopi.board.PackView;
import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.user.PortalUser;

/**
 * Board packs for machines: the programme team drafts and publishes; the Board, the
 * programme team and administrators read. A pack's figures are its frozen ones once
 * published, with the headline named as {@code GET /api/v1/dashboard} names it.
 */
@RestController
@Tag(name = "Board packs")
class BoardPacksApiController {

	private final BoardPacks packs;

	BoardPacksApiController(BoardPacks packs) {
		this.packs = packs;
	}

	/**
	 * A new draft.
	 *
	 * @param meetingDate the meeting's date (yyyy-MM-dd); the meeting is created when
	 * there is none that day
	 * @param title the pack's title
	 */
	record NewPack(String meetingDate, String title) {
	}

	/**
	 * A pack in a list.
	 *
	 * @param id its id
	 * @param meetingId its meeting
	 * @param meetingDate the meeting's date
	 * @param title its title
	 * @param asAt the date of its figures
	 * @param status DRAFT or PUBLISHED
	 * @param publishedAt when published, or null
	 */
	record PackSummary(long id, long meetingId, LocalDate meetingDate, String title, LocalDate asAt, PackStatus status,
			Instant publishedAt) {

		static PackSummary of(PackView p) {
			return new PackSummary(p.id(), p.meeting().id(), p.meeting().meetingDate(), p.title(), p.asAt(), p.status(),
					p.publishedAt());
		}

	}

	/**
	 * A pack with its figures.
	 *
	 * @param id its id
	 * @param meetingId its meeting
	 * @param meetingDate the meeting's date
	 * @param title its title
	 * @param asAt the date of its figures
	 * @param status DRAFT or PUBLISHED
	 * @param publishedAt when published, or null
	 * @param publishedBy who published it, or null
	 * @param headline the headline counts, named as the dashboard API names them
	 * @param figures every figure of the pack
	 */
	record PackDocument(long id, long meetingId, LocalDate meetingDate, String title, LocalDate asAt, PackStatus status,
			Instant publishedAt, String publishedBy, PackFigures.Counts headline, PackFigures figures) {

		static PackDocument of(PackPage page) {
			PackView p = page.pack();
			return new PackDocument(p.id(), p.meeting().id(), p.meeting().meetingDate(), p.title(),
					page.figures().asAt(), p.status(), p.publishedAt(), p.publishedBy(), page.figures().headline(),
					page.figures());
		}

	}

	@GetMapping("/api/v1/board-packs")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	@Operation(summary = "Every Board pack, latest first")
	List<PackSummary> list() {
		return this.packs.packs().stream().map(PackSummary::of).toList();
	}

	@GetMapping("/api/v1/board-packs/{id}")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	@Operation(summary = "A Board pack with its figures: frozen once published, live for a draft")
	PackDocument pack(@PathVariable long id) {
		return PackDocument.of(this.packs.page(id));
	}

	@PostMapping("/api/v1/board-packs")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	@Operation(summary = "Draft a pack for the meeting on a date (created when there is none)")
	ResponseEntity<PackDocument> create(@RequestBody NewPack body, @AuthenticationPrincipal PortalUser user) {
		LocalDate date = InputBounds.date("meetingDate", body.meetingDate());
		long id = this.packs.createDraft(date, body.title(), user);
		return ResponseEntity.created(URI.create("/api/v1/board-packs/" + id))
			.body(PackDocument.of(this.packs.page(id)));
	}

	@PostMapping("/api/v1/board-packs/{id}/publish")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	@Operation(summary = "Publish a draft: its figures are frozen for good")
	PackDocument publish(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		this.packs.publish(id, user);
		return PackDocument.of(this.packs.page(id));
	}

}
