/**
 * Read models for dashboards: compliance counts as at any date, overall and by business
 * area and section. Owns no entities.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "programme", "finance", "catalogue", "businessarea", "user", "shared" })
package uk.police.mopi.dashboard;
