package uk.police.mopi.programme;

import java.util.List;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * What a bulk trace would do, before it is applied.
 *
 * @param milestone the chosen milestone, or null when none is chosen yet
 * @param choices the milestones assessments can be traced to (planned project ones)
 * @param sections the sections' codes, to filter by
 * @param rows the assessments it would trace, each with the level it would raise them to
 * @param alreadyTraced assessments skipped because already traced to that milestone
 * @param notAbove assessments skipped because the level is not above their current one
 */
public record TracePreview(MilestoneView milestone, List<MilestoneView> choices, List<String> sections, List<Row> rows,
		int alreadyTraced, int notAbove) {

	/** An assessment to trace and the level it is to reach. */
	public record Row(AssessmentView assessment, ComplianceLevel level) {
	}

	public int count() {
		return this.rows.size();
	}

}
