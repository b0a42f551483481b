package uk.police.mopi.catalogue;

/**
 * A catalogue file to import.
 *
 * @param name the catalogue's name
 * @param versionLabel its version
 * @param illustrative true for an illustrative (not the restricted, real) catalogue
 * @param fileName the name of the file, as uploaded
 * @param content the file's bytes, expected to be UTF-8 CSV
 * @param importedBy username of who imports it
 */
public record CatalogueImportRequest(String name, String versionLabel, boolean illustrative, String fileName,
		byte[] content, String importedBy) {
}
