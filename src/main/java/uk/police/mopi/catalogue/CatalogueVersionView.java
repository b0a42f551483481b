package uk.police.mopi.catalogue;

import java.time.Instant;

/**
 * A version of the catalogue as imported.
 *
 * @param id database id
 * @param name e.g. "National Force Action Plan"
 * @param versionLabel e.g. "2007-1"
 * @param illustrative true for the illustrative catalogue shipped with the portal
 * @param active true for the version in force
 * @param sourceFileName the file it was imported from
 * @param requirementCount number of requirements
 * @param importedAt when
 * @param importedBy who
 */
public record CatalogueVersionView(long id, String name, String versionLabel, boolean illustrative, boolean active,
		String sourceFileName, int requirementCount, Instant importedAt, String importedBy) {

	/** A label for pages, e.g. "Illustrative National Force Action Plan (version 1)". */
	public String label() {
		return this.name + " (version " + this.versionLabel + ")";
	}

}
