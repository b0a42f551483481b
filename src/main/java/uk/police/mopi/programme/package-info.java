/**
 * The programme that closes the gaps: its milestones, starting with the Home Office
 * milestones of the National Force Action Plan.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "businessarea", "user", "shared" })
package uk.police.mopi.programme;
