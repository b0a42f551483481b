/**
 * Read models for dashboards: compliance counts as at any date, overall and by business
 * area and section. Owns no entities.
 */
package uk.police.mopi.dashboard;
