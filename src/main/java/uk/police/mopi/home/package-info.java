/**
 * The home page each role lands on after signing in.
 */
package uk.police.mopi.home;
