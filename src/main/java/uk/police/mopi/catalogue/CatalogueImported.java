package uk.police.mopi.catalogue;

/**
 * Published, in the importing transaction, when a catalogue version comes into force.
 *
 * @param version the version now in force
 */
public record CatalogueImported(CatalogueVersionView version) {
}
