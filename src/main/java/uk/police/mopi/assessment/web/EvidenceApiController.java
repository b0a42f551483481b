package uk.police.mopi.assessment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import uk.police.mopi.assessment.AssessmentPages;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.EvidenceLimits;
import uk.police.mopi.assessment.EvidenceView;
import uk.police.mopi.user.PortalUser;

/**
 * Evidence for machines: list an assessment's evidence, add evidence with a file
 * (multipart, exempt from the API's 64 KB body limit but not from the file limit),
 * download a file. Who may read the assessment reads; the programme team and the area's
 * owners add. A file over the limit is 413, a type the portal does not accept 422 naming
 * the field "file".
 */
@RestController
@RequestMapping("/api/v1/assessments/{requirement}/{area}/evidence")
@Tag(name = "Evidence")
class EvidenceApiController {

	private final AssessmentQueries queries;

	private final AssessmentService service;

	private final AssessmentPages pages;

	private final EvidenceLimits limits;

	EvidenceApiController(AssessmentQueries queries, AssessmentService service, AssessmentPages pages,
			EvidenceLimits limits) {
		this.queries = queries;
		this.service = service;
		this.pages = pages;
		this.limits = limits;
	}

	@GetMapping
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	@Operation(summary = "An assessment's evidence, withdrawn pieces included, oldest first")
	List<EvidenceView> list(@PathVariable String requirement, @PathVariable String area) {
		CellKey key = CellKey.of(requirement, area);
		this.queries.existing(key);
		return this.queries.evidence(key);
	}

	@PostMapping
	@PreAuthorize("@assessmentPolicy.canContribute(authentication, #requirement, #area)")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add evidence, with a file",
			description = "Multipart form: title, reference (optional with a file) and file (a PDF, Office or "
					+ "OpenDocument document, or a PNG, JPEG or GIF image; the type is read from the bytes).")
	EvidenceView add(@PathVariable String requirement, @PathVariable String area,
			@RequestParam(required = false) String title, @RequestParam(required = false) String reference,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user) {
		if (file != null && file.getSize() > this.limits.maxBytes()) {
			throw new MaxUploadSizeExceededException(this.limits.maxBytes());
		}
		CellKey key = CellKey.of(requirement, area);
		long id = this.service.addEvidence(key, title, reference, EvidenceUploads.of(file), user);
		return this.queries.evidence(key).stream().filter((evidence) -> evidence.id() == id).findFirst().orElseThrow();
	}

	@GetMapping("/{id}/file")
	@PreAuthorize("@assessmentPolicy.canRead(authentication, #area)")
	@Operation(summary = "Download the file of a piece of evidence, as an attachment")
	ResponseEntity<byte[]> download(@PathVariable String requirement, @PathVariable String area, @PathVariable long id,
			@AuthenticationPrincipal PortalUser user) {
		return EvidenceUploads.download(this.pages.evidenceFile(CellKey.of(requirement, area), id, user));
	}

}
