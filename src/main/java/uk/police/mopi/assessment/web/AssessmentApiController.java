package uk.police.mopi.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.mopi.assessment.AssessmentChange;
import uk.police.mopi.assessment.AssessmentQueries;
import uk.police.mopi.assessment.AssessmentService;
import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.assessment.HistoryView;
import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementSearch;
import uk.police.mopi.catalogue.RequirementView;
import uk.police.mopi.shared.InvalidInputException;
import uk.police.mopi.shared.NotFoundException;
import uk.police.mopi.user.PortalUser;

/**
 * Assessments for machines. Any role reads; only the programme team changes (403
 * otherwise). A stale version gets 409 with the current state; bad input gets 422 with
 * field errors.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments")
class AssessmentApiController {

	private final AssessmentQueries queries;

	private final AssessmentService service;

	private final CatalogueService catalogue;

	AssessmentApiController(AssessmentQueries queries, AssessmentService service, CatalogueService catalogue) {
		this.queries = queries;
		this.service = service;
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Assessments, now or as at the end of a date",
			description = "Filters, all optional: area (a business area code, or FORCE for force-wide assessments), "
					+ "section (a section code), asAt (yyyy-MM-dd).")
	List<AssessmentJson> list(@RequestParam(required = false) String area,
			@RequestParam(required = false) String section, @RequestParam(required = false) String asAt) {
		LocalDate date = parseAsAt(asAt);
		List<String> codes = null;
		if (section != null && !section.isBlank()) {
			codes = this.catalogue.search(new RequirementSearch(null, section))
				.stream()
				.map(RequirementView::code)
				.toList();
		}
		String areaCode = (area != null && !area.isBlank()) ? area.trim().toUpperCase(Locale.ROOT) : null;
		return this.queries.assessments(codes, areaCode, date).stream().map(AssessmentJson::of).toList();
	}

	@GetMapping("/{requirement}/{area}")
	@Operation(summary = "One assessment as it stands")
	AssessmentJson one(@PathVariable String requirement, @PathVariable String area) {
		CellKey key = CellKey.of(requirement, area);
		return this.queries.assessment(key).map(AssessmentJson::of).orElseThrow(() -> notFound(key));
	}

	@PutMapping("/{requirement}/{area}")
	@Operation(summary = "Change one assessment",
			description = "Body: {\"level\": \"GOOD\", \"rationale\": \"...\", \"version\": 3} and optionally "
					+ "targetLevel and targetDate. 409 with the current state when the version is stale.")
	AssessmentJson update(@PathVariable String requirement, @PathVariable String area,
			@RequestBody AssessmentUpdateJson body, @AuthenticationPrincipal PortalUser user) {
		CellKey key = CellKey.of(requirement, area);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		ComplianceLevel level = parseLevel(body.level(), "level", true, problems);
		ComplianceLevel targetLevel = parseLevel(body.targetLevel(), "targetLevel", false, problems);
		LocalDate targetDate = null;
		if (body.targetDate() != null) {
			try {
				targetDate = LocalDate.parse(body.targetDate());
			}
			catch (DateTimeParseException ex) {
				problems.add("targetDate", "assessment.api.date");
			}
		}
		if (body.version() == null) {
			problems.add("version", "assessment.api.version.required");
		}
		problems.throwIfAny();
		if (this.queries.assessment(key).isEmpty()) {
			throw notFound(key);
		}
		boolean changeTarget = body.targetLevel() != null || body.targetDate() != null;
		AssessmentChange change = new AssessmentChange(level, null, null, changeTarget, targetLevel, targetDate,
				body.rationale());
		return AssessmentJson.of(this.service.update(key, body.version(), change, user));
	}

	@GetMapping("/{requirement}/{area}/history")
	@Operation(summary = "Every change to one assessment, newest first")
	List<HistoryView> history(@PathVariable String requirement, @PathVariable String area) {
		CellKey key = CellKey.of(requirement, area);
		if (this.queries.assessment(key).isEmpty()) {
			throw notFound(key);
		}
		return this.queries.history(key);
	}

	private static LocalDate parseAsAt(String asAt) {
		if (asAt == null || asAt.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(asAt.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("asAt", "assessment.api.date");
		}
	}

	private static ComplianceLevel parseLevel(String text, String field, boolean required,
			InvalidInputException.Problems problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(field, "assessment.api.level.required");
			}
			return null;
		}
		try {
			return ComplianceLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "assessment.api.level.invalid", text);
			return null;
		}
	}

	private static NotFoundException notFound(CellKey key) {
		return new NotFoundException("There is no assessment for requirement " + key.requirementCode() + " in "
				+ key.area() + ". Use a business area code, or FORCE for force-wide requirements.");
	}

}
