package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.programme.BulkTracing;
import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.shared.InputBounds;
import uk.police.mopi.user.PortalUser;

/**
 * Projects and milestones for machines. Any role reads; area owners see their areas'
 * projects.
 */
@RestController
@Tag(name = "Programme")
class ProgrammeApiController {

	private final ProgrammeService programme;

	private final ProgrammePolicy policy;

	private final BulkTracing tracing;

	ProgrammeApiController(ProgrammeService programme, ProgrammePolicy policy, BulkTracing tracing) {
		this.programme = programme;
		this.policy = policy;
		this.tracing = tracing;
	}

	@GetMapping("/api/v1/projects")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Projects with their milestones and RAG (derived, and the override if any)")
	List<ProjectView> projects(Authentication authentication) {
		Set<String> areas = this.policy.scope(authentication);
		return (areas != null) ? this.programme.projectsTouching(areas) : this.programme.projects();
	}

	@GetMapping("/api/v1/milestones")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every milestone, now or as at the end of a date (asAt=yyyy-MM-dd)")
	List<MilestoneView> milestones(@RequestParam(required = false) String asAt, Authentication authentication) {
		LocalDate date = InputBounds.date("asAt", asAt);
		return this.programme.milestonesFor(date, this.policy.scope(authentication));
	}

	@PostMapping("/api/v1/milestones/{code}/traces")
	@PreAuthorize("@programmePolicy.canPlan(authentication)")
	@Operation(summary = "Trace many assessments to one planned milestone in one step (programme team)",
			description = "Body: {\"section\": \"RRD\", \"areas\": [\"CUS\"], \"unplannedOnly\": true} or "
					+ "{\"assessments\": [\"RRD-07/CUS\"]}, optionally \"level\" (else each one's target) and "
					+ "\"preview\": true to see what would be traced. Already traced, or already at the level: skipped "
					+ "and counted. 422 for an achieved or missed milestone or nothing to trace.")
	TraceJson.Result trace(@PathVariable String code, @RequestBody TraceJson body,
			@AuthenticationPrincipal PortalUser user) {
		if (body.previewOnly()) {
			return TraceJson.Result.of(this.tracing.preview(body.toRequest(code), user), false);
		}
		return TraceJson.Result.of(this.tracing.apply(body.toRequest(code), user), true);
	}

}
