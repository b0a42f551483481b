/**
 * The catalogue of National Force Action Plan requirements: sections, requirements with
 * their Fair, Good and Excellent criteria, catalogue versions and the importer that loads
 * them from a CSV file.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package uk.police.mopi.catalogue;
