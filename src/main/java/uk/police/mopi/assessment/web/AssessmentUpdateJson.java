package uk.police.mopi.assessment.web;

/**
 * A change to one assessment through the API. Values are text so that a wrong one gets a
 * field error rather than a parse failure.
 *
 * @param level NOT_ASSESSED, NOT_MET, FAIR, GOOD or EXCELLENT (required)
 * @param rationale why (required when the level changes)
 * @param version the version the change is based on (required)
 * @param targetLevel FAIR, GOOD or EXCELLENT, optional; with targetDate
 * @param targetDate yyyy-MM-dd, optional; with targetLevel
 */
record AssessmentUpdateJson(String level, String rationale, Long version, String targetLevel, String targetDate) {
}
