/**
 * The business areas a force holds police information in, the six priority ones flagged,
 * and who owns each.
 */
package uk.police.mopi.businessarea;
