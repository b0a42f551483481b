package uk.police.mopi.assessment.web;

import java.time.Instant;
import java.time.LocalDate;

import uk.police.mopi.assessment.AssessmentView;
import uk.police.mopi.assessment.ComplianceLevel;

/**
 * An assessment in the API.
 *
 * @param requirement requirement code
 * @param area business area code, or FORCE for a force-wide assessment
 * @param applicable false when not applicable
 * @param notApplicableReason why not, when not applicable
 * @param level current level
 * @param targetLevel target level, or null
 * @param targetDate target date, or null
 * @param rationale rationale of the latest level or applicability change
 * @param version send it back with a change
 * @param updatedAt when it last changed
 * @param updatedBy who changed it
 */
record AssessmentJson(String requirement, String area, boolean applicable, String notApplicableReason,
		ComplianceLevel level, ComplianceLevel targetLevel, LocalDate targetDate, String rationale, long version,
		Instant updatedAt, String updatedBy) {

	static AssessmentJson of(AssessmentView view) {
		return new AssessmentJson(view.key().requirementCode(), view.key().area(), view.applicable(),
				view.notApplicableReason(), view.level(), view.targetLevel(), view.targetDate(), view.rationale(),
				view.version(), view.updatedAt(), view.updatedBy());
	}

}
