/**
 * The business areas a force holds police information in, the six priority ones flagged,
 * and who owns each.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package uk.police.mopi.businessarea;
