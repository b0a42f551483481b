/**
 * Money: budget lines per project and financial year (internal and external resources,
 * approved, forecast and actual), caps on external resources, and Investment Board
 * decisions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "programme", "user", "shared" })
package uk.police.mopi.finance;
