package uk.police.mopi.returns.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.returns.HomeOfficeReturn;
import uk.police.mopi.returns.HomeOfficeReturns;
import uk.police.mopi.returns.SubmittedReturnView;
import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.user.PortalUser;

/**
 * The Home Office return for machines: as at a date in JSON, CSV or Excel (the layout of
 * docs/home-office-return.md), the submitted returns, and submission (programme team).
 * The Board, the programme team and administrators read; area owners get 403.
 */
@RestController
@Tag(name = "Returns")
class ReturnsApiController {

	private final HomeOfficeReturns returns;

	ReturnsApiController(HomeOfficeReturns returns) {
		this.returns = returns;
	}

	@GetMapping("/api/v1/returns/home-office")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	@Operation(summary = "The Home Office return as at the end of a date (asAt=yyyy-MM-dd, default the last key date),"
			+ " format=json|csv|xlsx (default json), table=requirements|areas|declaration for csv")
	ResponseEntity<?> homeOffice(@RequestParam(required = false) String asAt,
			@RequestParam(required = false) String format, @RequestParam(required = false) String table) {
		ReturnFormats.format(format);
		return ReturnFormats.download(this.returns.homeOffice(InputBounds.date("asAt", asAt)), format, table);
	}

	@GetMapping("/api/v1/returns")
	@PreAuthorize("@returnsPolicy.canRead(authentication)")
	@Operation(summary = "The submitted returns, latest date first")
	List<SubmittedReturnView> submitted() {
		return this.returns.submitted();
	}

	@PostMapping("/api/v1/returns/home-office")
	@PreAuthorize("@returnsPolicy.canSubmit(authentication)")
	@Operation(summary = "Submits (freezes) the Home Office return as at a date; 422 when already submitted")
	ResponseEntity<HomeOfficeReturn> submit(@RequestParam(required = false) String asAt,
			Authentication authentication) {
		HomeOfficeReturn submitted = this.returns.submit(InputBounds.date("asAt", asAt),
				PortalUser.from(authentication));
		return ResponseEntity.status(HttpStatus.CREATED).body(submitted);
	}

}
