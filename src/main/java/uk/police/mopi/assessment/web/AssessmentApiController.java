package uk.police.mopi.assessment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentPolicy;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.HistoryView;
import uk.police.mopi.user.PortalUser;

/**
 * Assessments for machines. Any role reads; only the programme team changes (403
 * otherwise). A stale version gets the shared 409 body (who changed it, when, both
 * versions); bad input gets the shared 422 body with field errors.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments")
class AssessmentApiController {

	private final AssessmentQueries queries;

	private final AssessmentService service;

	private final AssessmentPolicy policy;

	AssessmentApiController(AssessmentQueries queries, AssessmentService service, AssessmentPolicy policy) {
		this.policy = policy;
		this.queries = queries;
		this.service = service;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Assessments, now or as at the end of a date",
			description = "Filters, all optional: area (a business area code, or FORCE for force-wide assessments), "
					+ "section (a section code), asAt (yyyy-MM-dd).")
	List<AssessmentJson> list(@RequestParam(required = false) String area,
			@RequestParam(required = false) String section, @RequestParam(required = false) String asAt,
			Authentication authentication) {
		return this.queries.inSection(section, area, AssessmentUpdateJson.asAt(asAt), this.policy.scope(authentication))
			.stream()
			.map(AssessmentJson::of)
			.toList();
	}

	@GetMapping("/{requirement}/{area}")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	@Operation(summary = "One assessment as it stands")
	AssessmentJson one(@PathVariable String requirement, @PathVariable String area) {
		return AssessmentJson.of(this.queries.existing(CellKey.of(requirement, area)));
	}

	@PutMapping("/{requirement}/{area}")
	@PreAuthorize("@assessmentPolicy.canEdit(authentication)")
	@Operation(summary = "Change one assessment",
			description = "Body: {\"level\": \"GOOD\", \"rationale\": \"...\", \"version\": 3} and optionally "
					+ "targetLevel and targetDate. 409 naming who changed it, when, and the current version "
					+ "when the version is stale.")
	AssessmentJson update(@PathVariable String requirement, @PathVariable String area,
			@RequestBody AssessmentUpdateJson body, @AuthenticationPrincipal PortalUser user) {
		AssessmentChange change = body.toChange();
		return AssessmentJson.of(this.service.update(CellKey.of(requirement, area), body.version(), change, user));
	}

	@GetMapping("/{requirement}/{area}/history")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	@Operation(summary = "Every change to one assessment, newest first")
	List<HistoryView> history(@PathVariable String requirement, @PathVariable String area) {
		CellKey key = CellKey.of(requirement, area);
		this.queries.existing(key);
		return this.queries.history(key);
	}

}
