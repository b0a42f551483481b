package uk.police.mopi.dashboard.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.dashboard.DashboardService;
import uk.police.mopi.dashboard.LevelCounts;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.shared.web.cache.PageCache;

/**
 * Compliance counts for machines, as at any date. Any role. Composed once per change of
 * the data for each date and scope ({@link PageCache#readModel}).
 */
@RestController
@Tag(name = "Dashboard")
class DashboardApiController {

	private final DashboardService dashboard;

	private final AssessmentPolicy policy;

	private final PageCache pages;

	DashboardApiController(DashboardService dashboard, AssessmentPolicy policy, PageCache pages) {
		this.pages = pages;
		this.policy = policy;
		this.dashboard = dashboard;
	}

	/**
	 * The counts. Their numbers equal a recount of {@code GET /api/v1/assessments?asAt=}
	 * on the same date: applicable assessments only, force-wide ones under the area
	 * FORCE.
	 *
	 * @param asAt the date
	 * @param applicableCells applicable assessments
	 * @param byLevel counts by level
	 * @param atLeastFair Fair or better
	 * @param atLeastGood Good or better
	 * @param excellent Excellent
	 * @param byArea the same counts by business area code (and FORCE)
	 */
	record Dashboard(LocalDate asAt, int applicableCells, Map<ComplianceLevel, Integer> byLevel, int atLeastFair,
			int atLeastGood, int excellent, Map<String, Counts> byArea) {
	}

	/**
	 * Counts for one area.
	 *
	 * @param applicableCells applicable assessments
	 * @param byLevel by level
	 * @param atLeastFair Fair or better
	 * @param atLeastGood Good or better
	 * @param excellent Excellent
	 */
	record Counts(int applicableCells, Map<ComplianceLevel, Integer> byLevel, int atLeastFair, int atLeastGood,
			int excellent) {

		static Counts of(LevelCounts counts) {
			return new Counts(counts.applicableCells(), counts.byLevel(), counts.atLeastFair(), counts.atLeastGood(),
					counts.excellent());
		}

	}

	@GetMapping("/api/v1/dashboard")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Compliance counts now or as at the end of a date (asAt=yyyy-MM-dd)")
	Dashboard dashboard(@RequestParam(required = false) String asAt, Authentication authentication) {
		LocalDate date = InputBounds.date("asAt", asAt);
		Set<String> scope = this.policy.scope(authentication);
		return this.pages.readModel("api.dashboard", Arrays.asList(date, scope), () -> dashboard(date, scope));
	}

	private Dashboard dashboard(LocalDate date, Set<String> scope) {
		DashboardService.Compliance compliance = this.dashboard.compliance(date, scope);
		LevelCounts overall = compliance.overall();
		Map<String, Counts> byArea = new LinkedHashMap<>();
		compliance.byArea().forEach((area, counts) -> byArea.put(area, Counts.of(counts)));
		return new Dashboard(compliance.asAt(), overall.applicableCells(), overall.byLevel(), overall.atLeastFair(),
				overall.atLeastGood(), overall.excellent(), byArea);
	}

}
