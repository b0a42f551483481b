package uk.police.mopi.assessment;

import java.util.Locale;

/**
 * Which assessment: a requirement in a business area, or a requirement assessed once for
 * the force ({@code areaCode} null, written {@value #FORCE} in addresses and the API).
 *
 * @param requirementCode e.g. {@code RRD-07}
 * @param areaCode e.g. {@code CUS}, or null for force-wide
 */
public record CellKey(String requirementCode, String areaCode) {

	/** How a force-wide assessment's area is written in addresses and the API. */
	public static final String FORCE = "FORCE";

	public static CellKey of(String requirementCode, String area) {
		String code = requirementCode.trim().toUpperCase(Locale.ROOT);
		String areaCode = area.trim().toUpperCase(Locale.ROOT);
		return new CellKey(code, FORCE.equals(areaCode) ? null : areaCode);
	}

	public boolean forceWide() {
		return this.areaCode == null;
	}

	/** The area as written in addresses and the API: its code, or {@value #FORCE}. */
	public String area() {
		return forceWide() ? FORCE : this.areaCode;
	}

	@Override
	public String toString() {
		return this.requirementCode + "/" + area();
	}

}
