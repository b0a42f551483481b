package uk.police.mopi.catalogue;

/**
 * A section of the catalogue.
 *
 * @param code stable short code, e.g. {@code RRD}
 * @param name e.g. "Review, retention and disposal"
 * @param description what the section covers
 */
public record SectionView(String code, String name, String description) {
}
