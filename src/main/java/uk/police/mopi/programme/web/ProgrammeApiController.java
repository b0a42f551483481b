package uk.police.mopi.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.programme.MilestoneView;
import uk.police.mopi.programme.ProgrammePolicy;
import uk.police.mopi.programme.ProgrammeService;
import uk.police.mopi.programme.ProjectView;
import uk.police.mopi.shared.InputBounds;

/**
 * Projects and milestones for machines. Any role reads; area owners see their areas'
 * projects.
 */
@RestController
@Tag(name = "Programme")
class ProgrammeApiController {

	private final ProgrammeService programme;

	private final ProgrammePolicy policy;

	ProgrammeApiController(ProgrammeService programme, ProgrammePolicy policy) {
		this.programme = programme;
		this.policy = policy;
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

}
