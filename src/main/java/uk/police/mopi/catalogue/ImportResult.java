package uk.police.mopi.catalogue;

import java.util.List;

/**
 * The outcome of an import: either the new catalogue version, or the problems that
 * stopped the whole file from being applied.
 *
 * @param version the version created, or null when nothing was applied
 * @param problems every problem found, empty when the import was applied
 */
public record ImportResult(CatalogueVersionView version, List<ImportProblem> problems) {

	public boolean applied() {
		return this.version != null;
	}

}
