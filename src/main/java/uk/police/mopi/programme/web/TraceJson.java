package uk.police.mopi.programme.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.assessment.ComplianceLevel;
import uk.police.mopi.programme.TracePreview;
import uk.police.mopi.programme.TraceRequest;

/**
 * The API's bulk trace: which assessments (ticked ones as "RRD-07/CUS", or by section and
 * areas), to what level (null: each one's target), and whether only to preview.
 *
 * @param section a section's code, or null
 * @param areas area codes ("FORCE" for force-wide), or null for all
 * @param unplannedOnly only gaps no milestone closes yet
 * @param level FAIR, GOOD or EXCELLENT, or null for each assessment's target
 * @param assessments the assessments, or null to trace by section and areas
 * @param preview true to see what would be traced without tracing it
 */
record TraceJson(String section, List<String> areas, Boolean unplannedOnly, String level, List<String> assessments,
		Boolean preview) {

	boolean previewOnly() {
		return Boolean.TRUE.equals(this.preview);
	}

	TraceRequest toRequest(String milestone) {
		ComplianceLevel chosen = TraceForm.level(this.level);
		List<CellKey> cells = TraceForm.cells(this.assessments, "assessments");
		Set<String> areaCodes = (this.areas != null) ? Set.copyOf(this.areas.stream()
			.filter((a) -> a != null && a.matches("^[A-Za-z]{2,6}$"))
			.map((a) -> a.toUpperCase(Locale.ROOT))
			.toList()) : Set.of();
		String sectionCode = (this.section != null && this.section.matches("^[A-Za-z]{2,6}$"))
				? this.section.toUpperCase(Locale.ROOT) : null;
		return new TraceRequest(milestone, sectionCode, areaCodes, Boolean.TRUE.equals(this.unplannedOnly), chosen,
				cells);
	}

	/**
	 * What was (or would be) traced.
	 *
	 * @param milestone the milestone's code
	 * @param traced how many assessments were (or would be) traced
	 * @param alreadyTraced skipped: already traced to the milestone
	 * @param notAbove skipped: already at or above the level
	 * @param assessments the assessments traced, as "RRD-07/CUS"
	 * @param applied false for a preview
	 */
	record Result(String milestone, int traced, int alreadyTraced, int notAbove, List<String> assessments,
			boolean applied) {

		static Result of(TracePreview preview, boolean applied) {
			return new Result(preview.milestone().code(), preview.count(), preview.alreadyTraced(), preview.notAbove(),
					preview.rows().stream().map((r) -> r.assessment().key().toString()).toList(), applied);
		}

	}

}
