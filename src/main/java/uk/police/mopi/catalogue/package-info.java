/**
 * The catalogue of National Force Action Plan requirements: sections, requirements with
 * their Fair, Good and Excellent criteria, catalogue versions and the importer that loads
 * them from a CSV file.
 */
package uk.police.mopi.catalogue;
