package uk.police.mopi.catalogue;

/**
 * What to look for in the catalogue.
 *
 * @param text a code, the start of a code, or words that must all appear; empty for all
 * @param section a section code, or empty for all sections
 */
public record RequirementSearch(String text, String section) {

	public static final RequirementSearch ALL = new RequirementSearch(null, null);

}
