package uk.police.mopi.assessment.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.police.mopi.assessment.AssessmentPages;
import uk.police.mopi.user.PortalUser;

/**
 * Downloads the file attached to a piece of evidence, for whoever may read the
 * assessment.
 */
@Controller
class EvidenceFileController {

	private final AssessmentPages pages;

	EvidenceFileController(AssessmentPages pages) {
		this.pages = pages;
	}

	@GetMapping("/assessments/{requirement}/{area}/evidence/{id}/file")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	ResponseEntity<byte[]> download(@PathVariable String requirement, @PathVariable String area, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) {
		return EvidenceUploads.download(this.pages.evidenceFile(CellPaths.key(requirement, area), id, user));
	}

}
