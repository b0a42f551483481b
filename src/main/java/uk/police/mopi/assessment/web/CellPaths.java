package uk.police.mopi.assessment.web;

import uk.police.mopi.assessment.CellKey;
import uk.police.mopi.shared.NotFoundException;

/** The addresses of an assessment's pages, and the key they name. */
final class CellPaths {

	private CellPaths() {
	}

	/** The assessment an address names; 404 for anything that cannot be one. */
	static CellKey key(String requirement, String area) {
		if (!requirement.matches("[A-Za-z]{2,6}-[0-9]{2,3}") || !area.matches("[A-Za-z]{2,6}")) {
			throw new NotFoundException("No such assessment");
		}
		return CellKey.of(requirement, area);
	}

	static String path(CellKey key) {
		return "/assessments/" + key.requirementCode() + "/" + key.area();
	}

	static String redirect(CellKey key) {
		return "redirect:" + path(key);
	}

}
