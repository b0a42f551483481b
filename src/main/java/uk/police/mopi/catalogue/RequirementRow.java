package uk.police.mopi.catalogue;

/**
 * One requirement as read from an import file, before it is stored.
 *
 * @param line line of the file it came from (the header is line 1)
 * @param code stable code
 * @param section section code
 * @param title short title
 * @param description what it asks
 * @param fair Fair criteria
 * @param good Good criteria
 * @param excellent Excellent criteria
 * @param assessedPer per business area or once for the force
 */
record RequirementRow(long line, String code, String section, String title, String description, String fair,
		String good, String excellent, AssessedPer assessedPer) {
}
