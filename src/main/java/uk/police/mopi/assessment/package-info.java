/**
 * Assessments: the level each requirement reaches in each business area (or once for the
 * force), with targets, evidence, proposals from area owners, and an append-only history
 * from which the state as at any date is read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalogue", "businessarea", "user", "shared" })
package uk.police.mopi.assessment;
