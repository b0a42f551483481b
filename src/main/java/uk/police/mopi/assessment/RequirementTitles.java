package uk.police.mopi.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.mopi.catalogue.CatalogueService;
import uk.police.mopi.catalogue.RequirementView;

/**
 * The titles of the requirements in force, by code, so that lists of assessments can show
 * a requirement's title beside its code: one query for a whole list, never one per row.
 * Modules that may not read the catalogue (programme) get titles here.
 */
@Service
@Transactional(readOnly = true)
public class RequirementTitles {

	private final CatalogueService catalogue;

	RequirementTitles(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	/** Every requirement's title by its code, in catalogue order. */
	public Map<String, String> byCode() {
		Map<String, String> titles = new LinkedHashMap<>();
		for (RequirementView requirement : this.catalogue.requirements()) {
			titles.put(requirement.code(), requirement.title());
		}
		return titles;
	}

}
