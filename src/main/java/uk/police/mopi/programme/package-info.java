/**
 * The programme that closes the gaps: its milestones, starting with the Home Office
 * milestones of the National Force Action Plan.
 */
package uk.police.mopi.programme;
