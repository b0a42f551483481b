package uk.police.mopi.board.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.board.DecisionInput;
import uk.police.mopi.board.DecisionRecorder;
import uk.police.mopi.board.DecisionRegister;
import uk.police.mopi.board.DecisionView;
import uk.police.mopi.finance.FinanceService;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

/**
 * The register of the Board's decisions for machines: the Board, the programme team and
 * administrators read; the programme team records.
 */
@RestController
@Tag(name = "Board decisions")
class DecisionApiController {

	private final DecisionRegister register;

	private final DecisionRecorder recorder;

	DecisionApiController(DecisionRegister register, DecisionRecorder recorder) {
		this.register = register;
		this.recorder = recorder;
	}

	@GetMapping("/api/v1/board-decisions")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	@Operation(
			summary = "The Board's decisions, latest first, optionally of one financial year (year=2008/09) and/or one meeting (meeting=id): each with its meeting, the pack it was made on, its projects, conditions, who decided, and whether it is to be revisited with the reasons as codes (milestone-after-deadline, project-red, forecast-over-approved)")
	List<DecisionView> decisions(@RequestParam(required = false) String year,
			@RequestParam(required = false) Long meeting) {
		String label = (year != null && !year.isBlank()) ? FinanceService.year("year", year).label() : null;
		return this.register.decisions(label, meeting);
	}

	@GetMapping("/api/v1/board-decisions/{id}")
	@PreAuthorize("@boardPolicy.canRead(authentication)")
	@Operation(summary = "One Board decision, as in the register")
	DecisionView decision(@PathVariable long id) {
		return this.register.decision(id).orElseThrow(() -> new NotFoundException("No Board decision " + id));
	}

	@PostMapping("/api/v1/board-decisions")
	@PreAuthorize("@boardPolicy.canWrite(authentication)")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Records a Board decision on a published pack of its meeting (422 with field errors otherwise, e.g. packId on a draft pack)")
	DecisionView record(@RequestBody DecisionInput body, @AuthenticationPrincipal PortalUser user) {
		long id = this.recorder.record(body, user);
		return this.register.decision(id).orElseThrow();
	}

}
