/**
 * The home page each role lands on after signing in.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "programme", "dashboard", "catalogue", "businessarea", "user", "shared" })
package uk.police.mopi.home;
