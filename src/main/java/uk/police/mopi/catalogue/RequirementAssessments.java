package uk.police.mopi.catalogue;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * A requirement's assessments, for its page to link to. Declared here, where the page is,
 * and implemented by the assessment module, which depends on the catalogue (never the
 * other way round).
 */
public interface RequirementAssessments {

	/**
	 * One assessment of a requirement.
	 *
	 * @param area the business area's code, or FORCE for a force-wide requirement
	 * @param areaName the area's name, or null for a force-wide requirement
	 * @param level its level's name (NOT_MET, FAIR...), or NOT_APPLICABLE
	 */
	record Link(String area, String areaName, String level) {
	}

	/** The assessments of the requirement this person may read, by area name. */
	List<Link> readableBy(String requirementCode, Authentication viewer);

}
