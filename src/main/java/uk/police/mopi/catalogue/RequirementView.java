package uk.police.mopi.catalogue;

/**
 * One requirement of the catalogue in force, with the criteria of its three levels.
 * Levels are cumulative: Good includes everything Fair asks, Excellent everything Good
 * asks.
 *
 * @param code stable code, e.g. {@code RRD-07}
 * @param section section code
 * @param sectionName section name
 * @param title short title
 * @param description what the requirement asks of the force
 * @param fair criteria for Fair
 * @param good criteria for Good
 * @param excellent criteria for Excellent
 * @param assessedPer assessed per business area or once for the force
 */
public record RequirementView(String code, String section, String sectionName, String title, String description,
		String fair, String good, String excellent, AssessedPer assessedPer) {
}
