/**
 * Assessments: the level each requirement reaches in each business area (or once for the
 * force), with targets, evidence, proposals from area owners, and an append-only history
 * from which the state as at any date is read.
 */
package uk.police.mopi.assessment;
