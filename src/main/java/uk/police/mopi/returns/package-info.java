/**
 * The Home Office return: per requirement of the catalogue in force, the force's level as
 * at a date (force-wide, or the lowest across the applicable business areas, each area's
 * beside it), its target and whether evidence exists, with the declaration of the return
 * in hand; in CSV, Excel and JSON in a versioned layout (docs/home-office-return.md), and
 * frozen when submitted. Owns one table, {@code home_office_return}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "catalogue", "businessarea", "user", "shared" })
package uk.police.mopi.returns;
