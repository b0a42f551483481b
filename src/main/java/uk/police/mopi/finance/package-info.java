/**
 * Money: budget lines per project and financial year (internal and external resources,
 * approved, forecast and actual), caps on external resources, and Investment Board
 * decisions.
 */
package uk.police.mopi.finance;
